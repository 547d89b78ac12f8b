/**
 * Plain-text notes built from a triage: one a helpdesk pastes into a ticket, one
 * the person at the device sends to IT. Pure and deterministic (no dates, no
 * randomness) so the same triage link always gives the same note; the caller adds
 * a date if it wants one. The output is text for a ticket or a textarea, never
 * HTML, so nothing the user typed is escaped or interpreted here.
 */
import { spellings } from './code-spellings';
import type { TriageAnswers, TriageQuestions, TriageResult } from './triage';

export interface NoteInput {
  answers: TriageAnswers;
  questions: TriageQuestions;
  results: TriageResult[];
  codes: string[];
  /** Prefix for links, base path included, e.g. `https://kb.example.com/kb`. */
  siteOrigin: string;
  triageUrl: string;
}

export const BLANK = '____';

// Past this the text is a log paste; repeating it in the checklist would only bury the rest.
const INLINE_TEXT_MAX = 200;

function optionLabel(questions: TriageQuestions, question: string, id: string | undefined): string | null {
  if (!id) return null;
  return questions.questions.find((q) => q.id === question)?.options.find((o) => o.id === id)?.label ?? id;
}

function questionLabel(questions: TriageQuestions, id: string, fallback: string): string {
  return questions.questions.find((q) => q.id === id)?.label ?? fallback;
}

function withoutAside(label: string): string {
  return label.replace(/\s*\([^()]*\)\s*$/, '').trim() || label;
}

export function articleLink(siteOrigin: string, result: Pick<TriageResult, 'url' | 'anchor'>): string {
  const origin = /^[a-z][a-z0-9+.-]*:/i.test(result.url) ? '' : siteOrigin.replace(/\/+$/, '');
  const url = origin && !result.url.startsWith('/') ? `/${result.url}` : result.url;
  return `${origin}${url}${result.anchor ? `#${result.anchor}` : ''}`;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function givenText(answers: TriageAnswers): string | null {
  const t = answers.text;
  return t && t.trim() ? normaliseNewlines(t) : null;
}

function quoteBlock(text: string): string[] {
  return text.split('\n').map((line) => (line ? `> ${line}` : '>'));
}

function isShortLine(text: string): boolean {
  return !text.includes('\n') && text.length <= INLINE_TEXT_MAX;
}

function orderedChecks(answers: TriageAnswers, questions: TriageQuestions): { id: string; label: string; value: 'yes' | 'no' }[] {
  const q = questions.questions.find((x) => x.id === 'checks');
  const checks = answers.checks ?? {};
  return (q?.options ?? [])
    .filter((o) => checks[o.id] === 'yes' || checks[o.id] === 'no')
    .map((o) => ({ id: o.id, label: o.label, value: checks[o.id] as 'yes' | 'no' }));
}

/** The note a helpdesk pastes into a ticket: answers, codes, the user's words, what is still to collect, candidates. */
export function ticketNote(input: NoteInput): string {
  const { answers, questions, results, codes, siteOrigin, triageUrl } = input;
  const lines: string[] = ['Device enrollment error (Intune / Microsoft Entra ID): triage notes', ''];

  const answerLines: string[] = [];
  for (const id of ['who', 'platform', 'where', 'method'] as const) {
    const label = optionLabel(questions, id, answers[id]);
    if (label) answerLines.push(`- ${questionLabel(questions, id, id)}: ${label}`);
  }
  for (const c of orderedChecks(answers, questions)) answerLines.push(`- ${c.label} ${c.value === 'yes' ? 'Yes' : 'No'}`);
  lines.push('Answers');
  lines.push(...(answerLines.length ? answerLines : ['- (none given)']), '');

  if (codes.length) {
    lines.push(codes.length === 1 ? 'Error code' : 'Error codes');
    for (const code of codes) {
      const others = spellings(code).filter((s) => s !== code);
      lines.push(others.length ? `- ${code} (also written ${others.join(', ')})` : `- ${code}`);
    }
    lines.push('');
  }

  const text = givenText(answers);
  if (text) lines.push('Exact text the user gave', ...quoteBlock(text), '');

  const method = optionLabel(questions, 'method', answers.method);
  const platform = optionLabel(questions, 'platform', answers.platform);
  const where = optionLabel(questions, 'where', answers.where);
  const message = text ? (isShortLine(text) ? `"${text}"` : '(quoted above)') : null;
  lines.push(
    'To collect (fill in the blanks)',
    `- When did it start? Has enrollment ever worked for this user or device? ${BLANK}`,
    `- How many users are affected? ${BLANK}`,
    `- How many devices are affected? ${BLANK}`,
    `- MDM authority: ${BLANK}`,
    `- Enrollment method: ${method ?? BLANK}`,
    `- Platform: ${platform ?? BLANK}`,
    `- Where the error shows: ${where ?? BLANK}`,
    `- Exact error message: ${message ?? BLANK}`,
    '',
  );

  if (results.length) {
    lines.push('Likely articles');
    results.forEach((r, i) => {
      lines.push(`${i + 1}. ${r.title}`);
      if (r.causeTitle) lines.push(`   Likely cause: ${r.causeTitle}`);
      lines.push(`   ${articleLink(siteOrigin, r)}`);
      if (r.reasons.length) lines.push(`   Matched on: ${r.reasons.join('; ')}`);
    });
  } else {
    lines.push('Likely articles', '- none matched yet');
  }
  lines.push('', `Triage link: ${triageUrl}`);
  return lines.join('\n') + '\n';
}

// The triage labels are written for people who know the jargon (BYOD, WCD, ADE);
// the person at the device gets everyday words instead.
const PLAIN_METHOD: Record<string, string> = {
  byod: 'setting up my own device for work with the Company Portal app',
  'entra-join': 'connecting the computer to my work account',
  'autopilot-user-driven': 'setting up a new work computer',
  'autopilot-self-deploying': 'setting up a shared work computer',
  'autopilot-pre-provisioned': 'preparing a new work computer before it is handed out',
  'autopilot-hybrid': 'setting up a new work computer that joins the company network',
  'provisioning-package': 'setting up the computer with a setup package from IT',
  'group-policy': 'nothing special: the computer tried to connect to work by itself',
  dem: 'setting up a device with a shared setup account from IT',
  'apple-ade': 'setting up a company iPhone, iPad or Mac',
  'pc-agent': 'installing the company management software on the computer',
};

const PLAIN_WHERE: Record<string, string> = {
  'company-portal': 'in the Company Portal app or website',
  'settings-work-access': 'in Settings, under Accounts > Access work or school',
  oobe: 'during the first setup screens of a new or reset computer',
  esp: 'on the setup progress screen',
  'provisioning-package': 'while the setup package from IT was being applied',
  'event-log': 'in the computer\u2019s event log',
  'sign-in': 'on a Microsoft sign-in page',
  'profile-install': 'while installing the work profile on the device',
  'pc-client': 'while installing the company management software',
  'admin-center': 'in an admin website',
};

const PLAIN_PLATFORM: Record<string, string> = {
  windows: 'a Windows computer',
  ios: 'an iPhone or iPad',
  android: 'an Android phone or tablet',
  macos: 'a Mac',
};

function plain(map: Record<string, string>, questions: TriageQuestions, question: string, id: string | undefined): string | null {
  if (!id) return null;
  return map[id] ?? withoutAside(optionLabel(questions, question, id) ?? id);
}

/** The "send this to IT" note for the person at the device: short, everyday words, no jargon. */
export function userNote(input: NoteInput): string {
  const { answers, questions, results, siteOrigin, triageUrl } = input;
  const device = plain(PLAIN_PLATFORM, questions, 'platform', answers.platform);
  const doing = plain(PLAIN_METHOD, questions, 'method', answers.method);
  const where = plain(PLAIN_WHERE, questions, 'where', answers.where);
  const text = givenText(answers);

  const lines: string[] = ['Hello,', '', 'I got an error while setting up my device for work.', ''];
  lines.push(`My device: ${device ?? BLANK}`);
  lines.push(`What I was doing: ${doing ?? BLANK}`);
  if (where) lines.push(`Where I saw the error: ${where}`);
  if (text) {
    if (isShortLine(text)) lines.push(`What the screen said: "${text}"`);
    else lines.push('What the screen said:', ...quoteBlock(text));
  } else {
    lines.push(`What the screen said: ${BLANK} (the exact words, or a photo of the screen)`);
  }
  lines.push(`When it happened: ${BLANK}`, '');
  lines.push(`My answers and the possible fixes are here: ${triageUrl}`);
  const top = results[0];
  if (top) lines.push(`It may be this problem: ${top.title}`, articleLink(siteOrigin, top));
  lines.push('', 'Thank you.');
  return lines.join('\n') + '\n';
}
