import Link from 'next/link';
import { NotFoundHint } from '@/components/not-found-hint';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <p className="font-mono text-sm text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-bold">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the error you are looking for is filed under another name. Try one of these:
      </p>
      <NotFoundHint />
      <ul className="mt-6 grid gap-3 text-left sm:grid-cols-3">
        <li>
          <Link href="/search/" className="block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
            <span className="font-semibold text-brand-700 dark:text-blue-300">Search</span>
            <span className="mt-1 block text-sm">by code or by the words on the screen</span>
          </Link>
        </li>
        <li>
          <Link href="/errors/" className="block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
            <span className="font-semibold text-brand-700 dark:text-blue-300">Browse all errors</span>
            <span className="mt-1 block text-sm">every error in one table</span>
          </Link>
        </li>
        <li>
          <Link href="/triage/" className="block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
            <span className="font-semibold text-brand-700 dark:text-blue-300">Start triage</span>
            <span className="mt-1 block text-sm">answer a few questions, no code needed</span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
