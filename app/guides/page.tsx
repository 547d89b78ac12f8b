import type { Metadata } from 'next';
import { getContent } from '@/lib/content';
import { LinkCard } from '@/components/link-card';

export const metadata: Metadata = {
  title: 'Guides',
  description: 'General enrollment troubleshooting guides: what to collect, self-help diagnostics, device clock, logs.',
};

export default function GuidesPage() {
  const { guides } = getContent();
  return (
    <div>
      <h1 className="text-2xl font-bold">Guides</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Groundwork that helps with any enrollment error.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {guides.map((g) => (
          <li key={g.slug}>
            <LinkCard href={g.url} title={g.title}>{g.summary}</LinkCard>
          </li>
        ))}
      </ul>
    </div>
  );
}
