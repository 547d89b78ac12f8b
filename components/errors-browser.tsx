'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import {
  browseQuery,
  DEFAULT_STATE,
  filterRows,
  parseBrowseState,
  type BrowseRow,
  type BrowseState,
  type SortKey,
} from '@/lib/browse';
import { cn } from '@/lib/utils';

interface Option {
  id: string;
  label: string;
}

const selectClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';

export function ErrorsBrowser({
  rows,
  platforms,
  stages,
  audiences,
}: {
  rows: BrowseRow[];
  platforms: Option[];
  stages: Option[];
  audiences: Option[];
}) {
  const [state, setState] = useState<BrowseState>(DEFAULT_STATE);
  const allowed = {
    platform: platforms.map((o) => o.id),
    stage: stages.map((o) => o.id),
    who: audiences.map((o) => o.id),
  };

  // The URL is the source of truth, so a filtered view can be shared and Back works.
  useEffect(() => {
    const read = () => setState(parseBrowseState(window.location.search, allowed));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (patch: Partial<BrowseState>) => {
    const next = { ...state, ...patch };
    setState(next);
    const url = `${window.location.pathname}${browseQuery(next)}`;
    if ('q' in patch) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  };

  const visible = filterRows(rows, state);
  const label = (list: Option[], id: string) => list.find((o) => o.id === id)?.label ?? id;
  const sortButton = (key: 'code' | 'title', text: string) => {
    const active = state.sort.replace('-', '') === key;
    const desc = state.sort.startsWith('-');
    const next: SortKey = active && !desc ? (`-${key}` as SortKey) : key;
    return (
      <button
        type="button"
        onClick={() => update({ sort: next })}
        className="inline-flex items-center gap-1 font-semibold hover:underline"
      >
        {text}
        <span aria-hidden="true" className="text-xs">{active ? (desc ? '▼' : '▲') : '↕'}</span>
        <span className="sr-only">{active ? (desc ? ', sorted descending' : ', sorted ascending') : ', sort'}</span>
      </button>
    );
  };
  const ariaSort = (key: string) =>
    state.sort.replace('-', '') === key ? (state.sort.startsWith('-') ? 'descending' : 'ascending') : undefined;

  return (
    <div>
      <form role="search" aria-label="Filter errors" className="no-print grid gap-3 sm:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm font-medium sm:col-span-4 md:col-span-1">
          Quick filter
          <input
            type="search"
            value={state.q}
            onChange={(e) => update({ q: e.target.value })}
            placeholder="Code or words"
            className={selectClass}
            data-testid="browse-filter"
          />
        </label>
        <label className="text-sm font-medium">
          Platform
          <select value={state.platform} onChange={(e) => update({ platform: e.target.value })} className={selectClass} data-testid="filter-platform">
            <option value="">All platforms</option>
            {platforms.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="text-sm font-medium">
          Stage
          <select value={state.stage} onChange={(e) => update({ stage: e.target.value })} className={selectClass} data-testid="filter-stage">
            <option value="">All stages</option>
            {stages.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="text-sm font-medium">
          Who can fix it
          <select value={state.who} onChange={(e) => update({ who: e.target.value })} className={selectClass} data-testid="filter-who">
            <option value="">Anyone</option>
            {audiences.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
      </form>

      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="browse-count">
        Showing {visible.length} of {rows.length} errors
        {visible.length < rows.length && (
          <>
            {' · '}
            <button type="button" className="underline" onClick={() => update({ ...DEFAULT_STATE, sort: state.sort })}>
              Clear filters
            </button>
          </>
        )}
      </p>

      <table className="mt-3 w-full border-collapse text-left text-sm" data-testid="errors-table">
        <caption className="sr-only">Every enrollment error in the knowledge base</caption>
        <thead className="hidden border-b border-slate-300 sm:table-header-group dark:border-slate-700">
          <tr>
            <th scope="col" aria-sort={ariaSort('code')} className="py-2 pr-3">{sortButton('code', 'Code')}</th>
            <th scope="col" aria-sort={ariaSort('title')} className="py-2 pr-3">{sortButton('title', 'Error')}</th>
            <th scope="col" className="py-2 pr-3">Platforms</th>
            <th scope="col" className="py-2">Stage</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => (
            <tr
              key={r.slug}
              data-slug={r.slug}
              className="block border-b border-slate-200 py-3 sm:table-row sm:py-0 dark:border-slate-800"
            >
              <td className="block py-0.5 align-top font-mono text-xs sm:table-cell sm:py-2 sm:pr-3 sm:text-sm">
                {r.codes.length ? (
                  r.codes.map((c) => <span key={c} className="mr-2 inline-block whitespace-nowrap">{c}</span>)
                ) : (
                  <span className="text-slate-500 dark:text-slate-400">no code</span>
                )}
              </td>
              <td className="block py-0.5 align-top sm:table-cell sm:py-2 sm:pr-3">
                <Link href={r.url} className="font-medium text-brand-700 underline-offset-4 hover:underline dark:text-blue-300">
                  {r.title}
                </Link>
              </td>
              <td className="inline py-0.5 align-top text-slate-700 sm:table-cell sm:py-2 sm:pr-3 dark:text-slate-300">
                {r.platforms.map((p) => label(platforms, p)).join(', ')}
                <span className="sm:hidden"> · </span>
              </td>
              <td className={cn('inline py-0.5 align-top text-slate-700 sm:table-cell sm:py-2 dark:text-slate-300')}>
                {label(stages, r.stage)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && (
        <p className="mt-6 text-slate-700 dark:text-slate-300" data-testid="browse-empty">
          No error matches these filters. Try fewer filters, <Link href="/search/" className="underline">search</Link>, or{' '}
          <Link href="/triage/" className="underline">start triage</Link>.
        </p>
      )}
    </div>
  );
}
