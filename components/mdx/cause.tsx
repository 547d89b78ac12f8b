import type { ReactNode } from 'react';
import { AnchorHeading } from './anchor-heading';

/** One cause of an error: its heading (title from frontmatter) and the fixes under it. */
export function Cause({ id, title, index, children }: { id: string; title: string; index: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="cause mt-10 border-t border-slate-200 pt-6 dark:border-slate-800">
      <p className="not-prose text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">
        Cause {index}
      </p>
      <AnchorHeading as="h2" id={id} className="mt-1" copyTitle={title}>
        {title}
      </AnchorHeading>
      {children}
    </section>
  );
}
