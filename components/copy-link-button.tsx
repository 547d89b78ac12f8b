'use client';

import { useState } from 'react';

/** Copies the address of a section (base path included, as the browser sees it). */
export function CopyLinkButton({ id, title }: { id: string; title: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid="copy-link"
      data-anchor={id}
      onClick={async () => {
        const url = `${window.location.origin}${window.location.pathname}#${id}`;
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          window.location.hash = id; // at least put the link in the address bar
        }
      }}
      className="no-print ml-2 inline-flex translate-y-[-2px] items-center rounded border border-slate-300 px-1.5 py-0.5 align-middle text-xs font-normal text-slate-600 hover:border-brand-600 hover:text-brand-700 dark:border-slate-700 dark:text-slate-300"
    >
      <span className="sr-only">Copy link to {title}: </span>
      <span aria-live="polite">{copied ? 'Copied' : 'Copy link'}</span>
    </button>
  );
}
