'use client';

import { useCallback, useState } from 'react';
import { createSearcher, type SearchDoc } from '@/lib/search';
import { withBase } from '@/lib/site';

type Searcher = ReturnType<typeof createSearcher>;

// One fetch per page load, shared by the header box and the results page; nothing is
// downloaded until someone actually starts a search.
let pending: Promise<Searcher> | null = null;

export function loadSearcher(): Promise<Searcher> {
  if (!pending) {
    pending = fetch(withBase('/search-index.json'))
      .then((r) => {
        if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
        return r.json() as Promise<SearchDoc[]>;
      })
      .then((docs) => createSearcher(docs))
      .catch((e: unknown) => {
        pending = null; // let the next keystroke retry after a network blip
        throw e;
      });
  }
  return pending;
}

/** The searcher once loaded (null before), and a function that starts loading it. */
export function useSearcher(): [Searcher | null, () => Promise<Searcher | null>, boolean] {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [failed, setFailed] = useState(false);
  const ensure = useCallback(async () => {
    try {
      const s = await loadSearcher();
      setSearcher(s);
      setFailed(false);
      return s;
    } catch {
      setFailed(true);
      return null;
    }
  }, []);
  return [searcher, ensure, failed];
}
