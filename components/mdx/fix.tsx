import type { ReactNode } from 'react';
import { AnchorHeading } from './anchor-heading';

/** A resolution under a cause, with its own linkable heading. */
export function Fix({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="fix my-6 rounded-lg border border-slate-200 px-4 pb-2 pt-1 sm:px-5 dark:border-slate-800">
      <AnchorHeading as="h3" id={id} copyTitle={title}>
        <span className="sr-only">Fix: </span>
        {title}
      </AnchorHeading>
      {children}
    </div>
  );
}
