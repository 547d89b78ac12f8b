import Link from 'next/link';
import { withBase } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          An independent troubleshooting guide. Facts are checked against Microsoft&apos;s public documentation, cited
          on every article.
        </p>
        <p className="flex gap-4 whitespace-nowrap">
          <Link href="/errors/" className="underline underline-offset-4">All errors</Link>
          <Link href="/guides/" className="underline underline-offset-4">Guides</Link>
          <a href={withBase('/api/errors.json')} className="underline underline-offset-4">Catalog (JSON)</a>
        </p>
      </div>
    </footer>
  );
}
