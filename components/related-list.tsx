import { AnchorHeading } from './mdx/anchor-heading';
import Link from 'next/link';
import type { ErrorArticle } from '@/lib/content';

export function RelatedList({ articles }: { articles: ErrorArticle[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="related" className="no-print mt-10">
      <AnchorHeading as="h2" id="related" className="text-lg font-semibold">Related errors</AnchorHeading>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.slug}>
            <Link
              href={a.url}
              className="block h-full rounded-lg border border-slate-200 p-3 hover:border-brand-600 dark:border-slate-800"
            >
              <span className="font-medium text-brand-700 dark:text-blue-300">{a.title}</span>
              {a.codes.length > 0 && (
                <span className="mt-1 block font-mono text-xs text-slate-600 dark:text-slate-400">{a.codes.join(' · ')}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
