import Link from 'next/link';
import type { ErrorArticle } from '@/lib/content';
import { AUDIENCE_LABELS, PLATFORM_LABELS, STAGE_LABELS } from '@/lib/taxonomy';
import { formatDate } from '@/lib/format';

/** Platforms, stage, who can fix it and the review date, as a compact fact list. */
export function ArticleFacts({ article }: { article: ErrorArticle }) {
  const facts: [string, React.ReactNode][] = [
    ['Platforms', article.platforms.map((p) => PLATFORM_LABELS[p]).join(', ')],
    [
      'Stage',
      <Link key="stage" href={`/errors/?stage=${article.stage}`} className="underline underline-offset-4">
        {STAGE_LABELS[article.stage]}
      </Link>,
    ],
    ['Who can fix it', article.fixedBy.map((a) => AUDIENCE_LABELS[a]).join(', ')],
    ['Last reviewed', <time key="reviewed" dateTime={article.reviewed}>{formatDate(article.reviewed)}</time>],
  ];
  return (
    <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex gap-2">
          <dt className="min-w-28 font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
