import type { ComponentProps, ReactNode } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { Cause as CauseData } from '@/lib/schema';
import { AnchorHeading } from './anchor-heading';
import { Callout } from './callout';
import { Cause } from './cause';
import { Fix } from './fix';
import { ForUser } from './for-user';
import { MdxLink } from './mdx-link';
import { Steps } from './steps';

/** Renders an article body. Cause headings come from the frontmatter so a title lives in one place. */
export async function MdxContent({ source, causes = [] }: { source: string; causes?: CauseData[] }) {
  const components = {
    a: MdxLink,
    h2: (p: ComponentProps<'h2'>) => <AnchorHeading as="h2" id={p.id}>{p.children}</AnchorHeading>,
    h3: (p: ComponentProps<'h3'>) => <AnchorHeading as="h3" id={p.id}>{p.children}</AnchorHeading>,
    h4: (p: ComponentProps<'h4'>) => <AnchorHeading as="h4" id={p.id}>{p.children}</AnchorHeading>,
    // Long commands and log lines scroll sideways; keyboard users need to reach them too.
    pre: (p: ComponentProps<'pre'>) => <pre {...p} tabIndex={0} />,
    table: (p: ComponentProps<'table'>) => (
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
        <table {...p} />
      </div>
    ),
    Callout,
    Steps,
    Fix,
    ForUser,
    Cause: ({ id, children }: { id: string; children: ReactNode }) => {
      const index = causes.findIndex((c) => c.id === id);
      return (
        <Cause id={id} index={index + 1} title={causes[index]?.title ?? id}>
          {children}
        </Cause>
      );
    },
  };
  const { content } = await compileMDX({
    source,
    components,
    options: { parseFrontmatter: false, mdxOptions: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] } },
  });
  return content;
}
