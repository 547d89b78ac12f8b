'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { withBase } from '@/lib/site';
import { HighlightedText } from './highlighted-text';
import { useSearcher } from './use-searcher';

const MAX_OPTIONS = 7;

/**
 * The header search: an ARIA combobox with instant results. Without JavaScript it is
 * a plain form that submits to /search/?q=.
 */
export function SearchBox() {
  const router = useRouter();
  const [searcher, ensure, failed] = useSearcher();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const response = useMemo(() => (searcher && query.trim() ? searcher.search(query, { limit: MAX_OPTIONS }) : null), [searcher, query]);
  const hits = response?.hits ?? [];

  // "/" and Ctrl/⌘-K jump to the box from anywhere, unless the user is typing elsewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing)) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    router.push(href);
  };
  const submit = () => {
    const q = query.trim();
    go(q ? `/search/?q=${encodeURIComponent(q)}` : '/search/');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (hits.length ? (i <= 0 ? hits.length - 1 : i - 1) : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = open && active >= 0 ? hits[active] : undefined;
      if (hit) go(`/errors/${hit.slug}/`);
      else submit();
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        setQuery('');
      }
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <form
      action={withBase('/search/')}
      method="get"
      role="search"
      aria-label="Site search"
      className="relative w-full sm:w-80"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search errors by code or message
      </label>
      <input
        ref={inputRef}
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search code or message  ( / )"
        value={query}
        maxLength={5000}
        onFocus={() => void ensure()}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
          void ensure();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
        data-testid="search-input"
      />
      <div
        className={expanded ? 'absolute right-0 z-50 mt-1 w-full min-w-72 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900' : 'hidden'}
      >
        <ul id={listId} role="listbox" aria-label="Matching errors" data-testid="search-suggestions">
          {hits.map((hit, i) => (
            <li
              key={hit.slug}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(`/errors/${hit.slug}/`);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer border-b border-slate-100 px-3 py-2 text-sm last:border-0 dark:border-slate-800 ${i === active ? 'bg-brand-50 dark:bg-slate-800' : ''}`}
            >
              <span className="block font-medium text-slate-900 dark:text-slate-100">
                {hit.codes[0] && <span className="mr-2 font-mono text-xs text-brand-700 dark:text-blue-300">{hit.matchedCode ?? hit.codes[0]}</span>}
                {hit.title}
                {hit.kind === 'similar-code' && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">similar code</span>}
              </span>
              {hit.snippet.text && (
                <span className="mt-0.5 block truncate text-xs text-slate-600 dark:text-slate-400">
                  <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="bg-slate-50 px-3 py-2 text-xs text-slate-600 dark:bg-slate-950 dark:text-slate-400" aria-live="polite">
          {failed
            ? 'Search could not load. Press Enter to open the results page.'
            : !searcher
              ? 'Loading…'
              : hits.length
                ? 'Enter opens the highlighted error, or all results'
                : response?.unknownCodes.length
                  ? 'Unknown code. Press Enter to decode it.'
                  : 'No match yet. Press Enter for full results.'}
        </p>
      </div>
    </form>
  );
}
