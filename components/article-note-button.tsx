'use client';

import { useState } from 'react';
import { articleNote, type NoteArticle } from '@/lib/article-note';

/** Copies a plain-text ticket note; the cause is the one the reader jumped to, if any. */
export function ArticleNoteButton({ article }: { article: NoteArticle }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      data-testid="copy-ticket-note"
      onClick={async () => {
        const cause = decodeURIComponent(window.location.hash.slice(1));
        const note = articleNote(article, `${window.location.origin}${window.location.pathname}`, cause);
        try {
          await navigator.clipboard.writeText(note);
          setCopied('copied');
        } catch {
          setCopied('failed');
        }
        setTimeout(() => setCopied('idle'), 2500);
      }}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:border-brand-600 dark:border-slate-700"
    >
      <span aria-live="polite">{copied === 'copied' ? 'Ticket note copied' : copied === 'failed' ? 'Copy failed' : 'Copy ticket note'}</span>
    </button>
  );
}
