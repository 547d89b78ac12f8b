import { urlSpellings } from './code-spellings';

/** Every path segment under /code/ that must lead to this canonical code. */
export function codeUrlSegments(canonical: string): string[] {
  const segments = urlSpellings(canonical);
  // Static hosts match paths case-sensitively, and people do type an upper-case X.
  const upperX = segments.filter((s) => s.startsWith('0x')).map((s) => `0X${s.slice(2)}`);
  return [...new Set([...segments, ...upperX])];
}

export interface CodeRoute {
  segment: string;
  /** Canonical codes this spelling stands for (more than one when two codes share a spelling). */
  codes: string[];
  /** Slugs of the articles that carry any of those codes. */
  slugs: string[];
}

/** All /code/<segment>/ pages the site publishes, from the articles' codes. */
export function buildCodeRoutes(articles: { slug: string; codes: string[] }[]): CodeRoute[] {
  const bySegment = new Map<string, { codes: Set<string>; slugs: Set<string> }>();
  for (const a of articles) {
    for (const code of a.codes) {
      for (const segment of codeUrlSegments(code)) {
        const entry = bySegment.get(segment) ?? { codes: new Set(), slugs: new Set() };
        entry.codes.add(code);
        entry.slugs.add(a.slug);
        bySegment.set(segment, entry);
      }
    }
  }
  return [...bySegment.entries()]
    .map(([segment, e]) => ({ segment, codes: [...e.codes].sort(), slugs: [...e.slugs].sort() }))
    .sort((a, b) => a.segment.localeCompare(b.segment));
}

/** The alias spellings that only forward (every spelling but the canonical one), with where they go. */
export function aliasRedirects(routes: CodeRoute[], articleUrl: (slug: string) => string): { segment: string; target: string; label: string }[] {
  const out: { segment: string; target: string; label: string }[] = [];
  for (const r of routes) {
    if (r.codes.includes(r.segment)) continue; // the canonical page itself is built by Next
    const canonical = r.codes[0]!;
    // One article: straight to it. Several: to the canonical page that lists them.
    const target = r.slugs.length === 1 ? articleUrl(r.slugs[0]!) : `/code/${canonical}/`;
    out.push({ segment: r.segment, target, label: r.codes.join(', ') });
  }
  return out;
}
