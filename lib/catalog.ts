import type { ErrorArticle } from './content';
import { withBase } from './site';

/** One row of /api/errors.json; the shape is a public contract (DESIGN.md). */
export interface CatalogEntry {
  slug: string;
  url: string;
  title: string;
  codes: string[];
  messages: string[];
  platforms: string[];
  stage: string;
  summary: string;
}

export function toCatalog(errors: ErrorArticle[], base?: string): CatalogEntry[] {
  return errors.map((e) => ({
    slug: e.slug,
    url: withBase(e.url, base),
    title: e.title,
    codes: e.codes,
    messages: e.messages,
    platforms: e.platforms,
    stage: e.stage,
    summary: e.summary,
  }));
}

/** Articles ordered for the browse table: by first code (articles without a code last), then title. */
export function byCode<T extends { codes: string[]; title: string }>(a: T, b: T): number {
  const ca = a.codes[0];
  const cb = b.codes[0];
  if (ca && cb && ca !== cb) return ca.localeCompare(cb);
  if (ca && !cb) return -1;
  if (!ca && cb) return 1;
  return a.title.localeCompare(b.title);
}
