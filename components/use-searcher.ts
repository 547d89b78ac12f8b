'use client';

import { useCallback, useState } from 'react';
import type { SearchDoc, Searcher } from '@/lib/search';
import { withBase } from '@/lib/site';

// One fetch per page load, shared by the header box and the results page. Neither the
// index nor the search code is downloaded until someone actually starts a search, so
// an article page carries no search weight.
let pending: Promise<Searcher> | null = null;

type Factory = (docs: SearchDoc[]) => Searcher;

/** Starts (once) loading the index and the search code. A page that bundles the code passes its factory. */
export function loadSearcher(factory?: Factory): Promise<Searcher> {
  if (!pending) {
    const index = fetch(withBase('/search-index.json')).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    });
    const make: Promise<Factory> = factory ? Promise.resolve(factory) : import('@/lib/search').then((m) => m.createSearcher);
    pending = Promise.all([index, make])
      .then(([docs, create]) => create(docs))
      .catch((e: unknown) => {
        pending = null; // let the next keystroke retry after a network blip
        throw e;
      });
  }
  return pending;
}

/** The searcher once loaded (null before), and a function that starts loading it. */
export function useSearcher(factory?: Factory): [Searcher | null, () => Promise<Searcher | null>, boolean] {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [failed, setFailed] = useState(false);
  const ensure = useCallback(async () => {
    try {
      const s = await loadSearcher(factory);
      setSearcher(s);
      setFailed(false);
      return s;
    } catch {
      setFailed(true);
      return null;
    }
  }, [factory]);
  return [searcher, ensure, failed];
}
