import { AnchorHeading } from './mdx/anchor-heading';
import type { ErrorArticle } from '@/lib/content';
import { LinkCard } from './link-card';

export function RelatedList({ articles }: { articles: ErrorArticle[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="related" className="no-print mt-10">
      <AnchorHeading as="h2" id="related" className="text-lg font-semibold">Related errors</AnchorHeading>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.slug}>
            <LinkCard href={a.url} title={a.title} code={a.codes.join(' · ') || undefined} />
          </li>
        ))}
      </ul>
    </section>
  );
}
