'use client';

import { useState } from 'react';
import { cn } from '@/lib/utils';

/** Copies plain text to the clipboard and says so, for screen readers too. */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setState('copied');
        } catch {
          setState('failed');
        }
        setTimeout(() => setState('idle'), 2000);
      }}
      className={cn('no-print mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700', className)}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text and copy it' : label}</span>
    </button>
  );
}
