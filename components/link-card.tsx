import Link from 'next/link';
import type { ReactNode } from 'react';

/** A bordered link with a title, an optional code line above and a description below. */
export function LinkCard({ href, title, code, children }: { href: string; title: string; code?: string; children?: ReactNode }) {
  return (
    <Link href={href} className="block h-full rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
      {code && <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{code}</span>}
      <span className="block font-semibold text-brand-700 dark:text-blue-300">{title}</span>
      {children && <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{children}</span>}
    </Link>
  );
}
