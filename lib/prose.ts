// Finds runs of words an article shares with a source document, so prose copied
// from the sources is caught before it ships. Mirrors the rule the team reviews
// by: frontmatter and "quoted on-screen messages" are facts and may match.

const WORD = /[a-z0-9]+/g;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function ngrams(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

/** The article text that counts as prose: frontmatter and double-quoted strings removed. */
export function proseOf(article: string): string {
  return article.replace(/^---[\s\S]*?\n---/, '').replace(/"[^"\n]{0,400}"/g, ' ');
}

/** Each n-word run of the article's prose that also appears in a source. */
export function sharedRuns(sourceGrams: Set<string>, article: string, n = 12): string[] {
  const ws = words(proseOf(article));
  const hits: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) {
    const gram = ws.slice(i, i + n).join(' ');
    if (sourceGrams.has(gram)) hits.push(gram);
  }
  return hits;
}
