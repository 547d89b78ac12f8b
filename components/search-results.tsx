'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { CodeDecode } from './code-decode';
import { HighlightedText } from './highlighted-text';
import { createSearcher } from '@/lib/search';
import { loadSearcher, useSearcher } from './use-searcher';

// The results page exists to search: bundle the search code with it and start fetching the
// index as soon as this module runs, before React has even hydrated the page.
if (typeof window !== 'undefined') loadSearcher(createSearcher).catch(() => undefined);

function readQuery(): string {
  // Same cap as the input box: a pasted log longer than this is noise for a search.
  return (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, 5000);
}

/** The full results page. Its state is the URL, so a search is a link that can be pasted into a ticket. */
export function SearchResults() {
  const [searcher, ensure, failed] = useSearcher(createSearcher);
  const [query, setQuery] = useState<string | null>(null);

  useEffect(() => {
    const sync = () => setQuery(readQuery());
    sync();
    void ensure();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [ensure]);

  const response = useMemo(() => (searcher && query ? searcher.search(query, { limit: 25 }) : null), [searcher, query]);

  const update = (q: string) => {
    setQuery(q);
    const url = `${window.location.pathname}${q ? `?q=${encodeURIComponent(q)}` : ''}`;
    window.history.replaceState(null, '', url);
  };

  if (query === null) return null;
  const q = query.trim();
  const triageHref = `/triage/?text=${encodeURIComponent(query)}`;

  return (
    <div>
      <form role="search" aria-label="Search errors" onSubmit={(e) => e.preventDefault()} className="mt-4">
        <label htmlFor="page-q" className="text-sm font-medium">Code, message or words</label>
        <input
          id="page-q"
          type="search"
          value={query}
          onChange={(e) => update(e.target.value)}
          maxLength={5000}
          autoComplete="off"
          spellCheck={false}
          className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-base dark:border-slate-700 dark:bg-slate-900"
          data-testid="search-page-input"
        />
      </form>

      {failed && <p className="mt-6" role="alert">The search index could not be loaded. Check the connection and reload, or <Link href="/errors/" className="underline">browse all errors</Link>.</p>}
      {q && !response && !failed && <p className="mt-6" aria-live="polite">Searching…</p>}

      {response && (
        <div className="mt-6 space-y-6">
          {response.unknownCodes.map((code) => (
            <section key={code} data-testid="unknown-code" aria-labelledby={`unknown-${code}`} className="rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950/30">
              <h2 id={`unknown-${code}`} className="text-lg font-semibold">
                No article for <span className="font-mono">{code}</span> yet
              </h2>
              <p className="mt-1 mb-3 text-sm">This code is not in the knowledge base. Here is what the number itself tells us:</p>
              <CodeDecode canonical={code} />
              <p className="mt-4 text-sm">
                <Link href={triageHref} className="font-semibold text-brand-700 underline dark:text-blue-300">Continue in triage with this code</Link>
                {' '}to narrow it down by device and situation.
              </p>
            </section>
          ))}

          {response.hits.length > 0 ? (
            <section aria-labelledby="results-heading">
              <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                {response.unknownCodes.length ? 'Closest articles' : `${response.hits.length} result${response.hits.length === 1 ? '' : 's'}`}
              </h2>
              <ol data-testid="search-results" className="mt-3 space-y-3">
                {response.hits.map((hit) => (
                  <li key={hit.slug} data-kind={hit.kind}>
                    <Link href={`/errors/${hit.slug}/`} className="block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
                      <span className="flex flex-wrap items-center gap-2">
                        {hit.codes.length > 0 && <span className="font-mono text-sm text-brand-700 dark:text-blue-300">{hit.matchedCode ?? hit.codes[0]}</span>}
                        {hit.kind === 'similar-code' && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">similar code</span>}
                        {hit.kind === 'code' && <span className="rounded bg-emerald-100 px-1.5 text-xs font-medium text-emerald-900">exact code</span>}
                      </span>
                      <span className="mt-1 block font-semibold text-slate-900 dark:text-slate-100">{hit.title}</span>
                      {hit.snippet.text && (
                        <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                          <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
                        </span>
                      )}
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
          ) : (
            !response.unknownCodes.length && (
              <div data-testid="search-empty" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
                <h2 className="text-lg font-semibold">No error matches “<span className="break-all">{q.length > 120 ? `${q.slice(0, 120)}…` : q}</span>”</h2>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  <li>Check the code: every digit counts (0x80180003, not 0x8018003).</li>
                  <li>Try a few words from the message instead of all of it.</li>
                  <li><Link href={triageHref} className="underline">Start triage</Link>: answer a few questions, no code needed.</li>
                  <li><Link href="/errors/" className="underline">Browse all errors</Link> in one table.</li>
                </ul>
              </div>
            )
          )}
        </div>
      )}
    </div>
  );
}
