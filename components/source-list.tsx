import { AnchorHeading } from './mdx/anchor-heading';
import type { Source } from '@/lib/schema';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources" className="print-url mt-10">
      <AnchorHeading as="h2" id="sources" className="text-lg font-semibold">Sources</AnchorHeading>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} className="text-brand-700 underline underline-offset-4 dark:text-blue-300" rel="noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
