import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchResults } from '@/components/search-results';
import { withBase } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search Intune and Microsoft Entra ID enrollment errors by code in any spelling, by message, or by pasted log lines.',
};

export default function SearchPage() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Search</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Type a code in any spelling (0x80180003, 80180003, -2145910781, AADSTS240001), the words on the screen, or
        paste a dialog or event-log line. Exact codes come first; a code we have no article for is decoded for you.
        The address of this page keeps your search, so you can paste it into a ticket.
      </p>
      <noscript>
        <form action={withBase('/search/')} method="get" className="mt-4">
          <label htmlFor="noscript-q" className="text-sm font-medium">Code, message or words</label>
          <input id="noscript-q" name="q" type="search" className="mt-1 w-full rounded-lg border border-slate-300 px-4 py-3" />
        </form>
        <p className="mt-4">
          Search results need JavaScript. Without it, use the <Link href="/errors/" className="underline">table of all errors</Link>,
          where every code is listed, or open <span className="font-mono">/code/&lt;your code&gt;/</span>.
        </p>
      </noscript>
      <SearchResults />
    </div>
  );
}
