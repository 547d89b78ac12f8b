import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

const STYLES = {
  warning: { label: 'Warning', box: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40', icon: '!' },
  note: { label: 'Note', box: 'border-brand-600 bg-brand-50 dark:bg-slate-900', icon: 'i' },
  tip: { label: 'Tip', box: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40', icon: '✓' },
} as const;

export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: keyof typeof STYLES;
  title?: string;
  children: ReactNode;
}) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside
      role="note"
      aria-label={title ?? style.label}
      className={cn('callout not-prose my-5 rounded-r-lg border-l-4 px-4 py-3 text-[0.95rem] leading-relaxed', style.box)}
    >
      <p className="mb-1 flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-100">
        <span aria-hidden="true" className="grid size-5 place-items-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        {title ?? style.label}
      </p>
      <div className="text-slate-800 dark:text-slate-200 [&_a]:underline [&_code]:font-mono [&_p]:my-1 [&_strong]:font-semibold">
        {children}
      </div>
    </aside>
  );
}
