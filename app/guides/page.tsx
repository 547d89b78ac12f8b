import type { Metadata } from 'next';
import Link from 'next/link';
import { getContent } from '@/lib/content';

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
            <Link href={g.url} className="block h-full rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
              <span className="font-semibold text-brand-700 dark:text-blue-300">{g.title}</span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{g.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
