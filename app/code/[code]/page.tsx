import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getContent, getError } from '@/lib/content';
import { buildCodeRoutes } from '@/lib/code-routes';
import { absoluteUrl, withBase } from '@/lib/site';
import { LinkCard } from '@/components/link-card';

type Props = { params: Promise<{ code: string }> };

export const dynamicParams = false;

// Built once per build worker: each of the thousands of alias pages looks itself up here.
let bySegment: Map<string, ReturnType<typeof buildCodeRoutes>[number]> | null = null;

function routes() {
  if (!bySegment) bySegment = new Map(buildCodeRoutes(getContent().errors).map((r) => [r.segment, r]));
  return bySegment;
}

function findRoute(segment: string) {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return routes().get(decoded);
}

// Only the canonical spelling is rendered here; scripts/write-code-aliases.ts writes the
// other spellings as tiny forwarding pages after the build.
export function generateStaticParams() {
  return [...routes().values()].filter((r) => r.codes.includes(r.segment)).map((r) => ({ code: r.segment }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = findRoute((await params).code);
  if (!route) return {};
  const only = route.slugs.length === 1 ? getError(route.slugs[0]!) : undefined;
  return {
    title: `${route.codes.join(', ')}${only ? `: ${only.title}` : ''}`,
    description: only ? only.summary : `Articles about ${route.codes.join(', ')}.`,
    alternates: only ? { canonical: absoluteUrl(only.url) } : undefined,
    robots: only ? { index: false, follow: true } : undefined,
  };
}

export default async function CodePage({ params }: Props) {
  const route = findRoute((await params).code);
  if (!route) notFound();
  const articles = route.slugs.map(getError).filter((a) => a !== undefined);
  const only = articles.length === 1 ? articles[0] : undefined;

  if (only) {
    return (
      <div className="py-10 text-center">
        {/* A static host cannot send a 301, so the page itself forwards, with JavaScript or without. */}
        <meta httpEquiv="refresh" content={`0; url=${withBase(only.url)}`} />
        <h1 className="text-xl font-semibold">{route.codes.join(', ')}</h1>
        <p className="mt-3">
          Taking you to <Link href={only.url} className="text-brand-700 underline dark:text-blue-300">{only.title}</Link>…
        </p>
      </div>
    );
  }

  return (
    <div>
      <h1 className="text-2xl font-bold">
        <span className="font-mono">{route.codes.join(', ')}</span>
      </h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        This code shows up in {articles.length} different errors. Pick the one whose message or situation matches
        yours:
      </p>
      <ul className="mt-6 space-y-3" data-testid="code-articles">
        {articles.map((a) => (
          <li key={a.slug}>
            <LinkCard href={a.url} title={a.title}>{a.summary}</LinkCard>
          </li>
        ))}
      </ul>
    </div>
  );
}
