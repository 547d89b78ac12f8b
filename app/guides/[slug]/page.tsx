import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getContent, getGuide } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { formatDate } from '@/lib/format';
import { SourceList } from '@/components/source-list';
import { MdxContent } from '@/components/mdx/mdx-content';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().guides.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return { title: guide.title, description: guide.summary, alternates: { canonical: absoluteUrl(guide.url) } };
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return (
    <article>
      <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-600 dark:text-slate-400">
        <Link href="/guides/" className="underline underline-offset-4">Guides</Link>
      </nav>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{guide.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{guide.summary}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Last reviewed <time dateTime={guide.reviewed}>{formatDate(guide.reviewed)}</time>
      </p>
      <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none prose-a:text-brand-700 dark:prose-a:text-blue-300">
        <MdxContent source={guide.body} />
      </div>
      <SourceList sources={guide.sources} />
    </article>
  );
}
