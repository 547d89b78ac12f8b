import { byCode } from './catalog';

// The browse view's state lives in the URL (?platform=&stage=&who=&q=&sort=) so a
// filtered view can be pasted into a ticket. Parsing and filtering are pure.

export interface BrowseRow {
  slug: string;
  url: string;
  title: string;
  codes: string[];
  platforms: string[];
  stage: string;
  fixedBy: string[];
  summary: string;
}

export type SortKey = 'code' | 'title' | '-code' | '-title';

export interface BrowseState {
  platform: string;
  stage: string;
  who: string;
  q: string;
  sort: SortKey;
}

export const DEFAULT_STATE: BrowseState = { platform: '', stage: '', who: '', q: '', sort: 'code' };
const SORTS: SortKey[] = ['code', 'title', '-code', '-title'];

export function parseBrowseState(search: string, allowed: { platform: string[]; stage: string[]; who: string[] }): BrowseState {
  const p = new URLSearchParams(search);
  const pick = (key: keyof typeof allowed) => {
    const v = p.get(key) ?? '';
    return allowed[key].includes(v) ? v : '';
  };
  const sort = p.get('sort') ?? '';
  return {
    platform: pick('platform'),
    stage: pick('stage'),
    who: pick('who'),
    q: (p.get('q') ?? '').slice(0, 200),
    sort: (SORTS as string[]).includes(sort) ? (sort as SortKey) : 'code',
  };
}

export function browseQuery(state: BrowseState): string {
  const p = new URLSearchParams();
  for (const key of ['platform', 'stage', 'who', 'q'] as const) if (state[key]) p.set(key, state[key]);
  if (state.sort !== 'code') p.set('sort', state.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Folds a code or word so `80180003`, `0x80180003` and `0X80180003` all match. */
function fold(s: string): string {
  return s.toLowerCase().replace(/\b0x/g, '').replace(/\s+/g, ' ').trim();
}

export function filterRows(rows: BrowseRow[], state: BrowseState): BrowseRow[] {
  const q = fold(state.q);
  const out = rows.filter(
    (r) =>
      (!state.platform || r.platforms.includes(state.platform)) &&
      (!state.stage || r.stage === state.stage) &&
      (!state.who || r.fixedBy.includes(state.who)) &&
      (!q || fold(`${r.title} ${r.codes.join(' ')} ${r.summary}`).includes(q)),
  );
  const desc = state.sort.startsWith('-');
  const key = state.sort.replace('-', '');
  out.sort((a, b) => {
    const c = key === 'title' ? a.title.localeCompare(b.title) : byCode(a, b);
    return desc ? -c : c;
  });
  return out;
}
