import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: '/errors/', label: 'All errors' },
  { href: '/triage/', label: 'Triage' },
  { href: '/guides/', label: 'Guides' },
];

export function SiteHeader() {
  return (
    <header className="no-print z-40 sm:sticky sm:top-0 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-700 text-sm text-white">
            E
          </span>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline dark:text-slate-300 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto">
          <SearchBox />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
