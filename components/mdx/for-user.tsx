import type { ReactNode } from 'react';
import { AnchorHeading } from './anchor-heading';

/** The plain-words section for the person holding the device; always first on an article. */
export function ForUser({ children }: { children: ReactNode }) {
  return (
    <section
      aria-labelledby="for-you"
      className="for-user not-prose my-6 rounded-xl border border-emerald-300 bg-emerald-50 p-5 text-[1.02rem] leading-relaxed dark:border-emerald-800 dark:bg-emerald-950/40"
    >
      <AnchorHeading as="h2" id="for-you" className="mb-2 text-lg font-semibold text-emerald-900 dark:text-emerald-100">
        If you see this on your device
      </AnchorHeading>
      <div className="space-y-3 text-slate-800 dark:text-slate-200 [&_a]:underline [&_li]:ml-5 [&_li]:list-disc [&_strong]:font-semibold">
        {children}
      </div>
    </section>
  );
}
