import { spellings } from './code-spellings';

export interface NoteArticle {
  title: string;
  codes: string[];
  messages: string[];
  causes: { id: string; title: string }[];
}

/**
 * The plain-text note a helpdesk pastes into a ticket from an article: what the
 * error is, the code in every spelling (so a later search by any form finds the
 * ticket), the exact message, the cause being worked on, and the link.
 */
export function articleNote(article: NoteArticle, url: string, causeId?: string | null): string {
  const cause = article.causes.find((c) => c.id === causeId);
  const lines = [`Enrollment error: ${article.title}`];
  for (const code of article.codes) lines.push(`Code: ${spellings(code).filter((s) => !/^0X/.test(s)).join(' / ')}`);
  for (const m of article.messages) lines.push(`Message: "${m}"`);
  lines.push(cause ? `Likely cause: ${cause.title}` : `Possible causes: ${article.causes.map((c) => c.title).join('; ')}`);
  lines.push(`Article: ${cause ? `${url.replace(/#.*$/, '')}#${cause.id}` : url.replace(/#.*$/, '')}`);
  return lines.join('\n');
}
