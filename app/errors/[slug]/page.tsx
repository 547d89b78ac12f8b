import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getContent, getError } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { articleJsonLd, jsonForScript } from '@/lib/structured-data';
import { ArticleNoteButton } from '@/components/article-note-button';
import { JourneyStrip } from '@/components/journey-strip';
import { ReportLink } from '@/components/report-link';
import { ArticleFacts } from '@/components/article-facts';
import { CodeBadges } from '@/components/code-badges';
import { OnThisPage } from '@/components/on-this-page';
import { RelatedList } from '@/components/related-list';
import { SourceList } from '@/components/source-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { AnchorHeading } from '@/components/mdx/anchor-heading';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().errors.map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getError((await params).slug);
  if (!article) return {};
  const codes = article.codes.length ? `${article.codes.join(', ')}: ` : '';
  const title = `${codes}${article.title}`;
  return {
    title,
    description: article.summary,
    alternates: { canonical: absoluteUrl(article.url) },
    openGraph: { type: 'article', title, description: article.summary, url: absoluteUrl(article.url), modifiedTime: article.reviewed },
    twitter: { card: 'summary', title, description: article.summary },
  };
}

export default async function ErrorPage({ params }: Props) {
  const article = getError((await params).slug);
  if (!article) notFound();
  const related = article.related.map(getError).filter((a) => a !== undefined);

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(articleJsonLd(article)) }} />
      <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-600 dark:text-slate-400">
        <Link href="/errors/" className="underline underline-offset-4">All errors</Link>
        <span aria-hidden="true"> › </span>
        <span>{article.codes[0] ?? 'No code'}</span>
      </nav>
      <header className="mt-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{article.title}</h1>
        <CodeBadges codes={article.codes} />
        <p className="mt-4 text-lg leading-relaxed text-slate-700 dark:text-slate-300">{article.summary}</p>
        <p className="no-print mt-3">
          <a href="#for-you" className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-900 underline-offset-4 hover:underline dark:bg-emerald-950/50 dark:text-emerald-100">
            On your own device? What you can do <span aria-hidden="true">↓</span>
          </a>
        </p>
        {article.messages.length > 0 && (
          <section aria-labelledby="on-screen" className="mt-5">
            <AnchorHeading as="h2" id="on-screen" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              What the screen says
            </AnchorHeading>
            {article.messages.map((m) => (
              <blockquote
                key={m}
                className="mt-2 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 font-mono text-sm whitespace-pre-line dark:border-slate-700 dark:bg-slate-900"
              >
                {m}
              </blockquote>
            ))}
          </section>
        )}
        <ArticleFacts article={article} />
        <JourneyStrip stage={article.stage} />
        <div className="no-print mt-4 flex flex-wrap items-center gap-4">
          <ArticleNoteButton article={{ title: article.title, codes: article.codes, messages: article.messages, causes: article.causes }} />
          <ReportLink path={article.url} title={article.title} />
        </div>
      </header>
      <OnThisPage causes={article.causes} />
      <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none prose-headings:scroll-mt-20 prose-a:text-brand-700 dark:prose-a:text-blue-300">
        <MdxContent source={article.body} causes={article.causes} />
      </div>
      <RelatedList articles={related} />
      <SourceList sources={article.sources} />
    </article>
  );
}
