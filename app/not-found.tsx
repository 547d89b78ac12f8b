import { NotFoundHint } from '@/components/not-found-hint';
import { LinkCard } from '@/components/link-card';

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
          <LinkCard href="/search/" title="Search">by code or by the words on the screen</LinkCard>
        </li>
        <li>
          <LinkCard href="/errors/" title="Browse all errors">every error in one table</LinkCard>
        </li>
        <li>
          <LinkCard href="/triage/" title="Start triage">answer a few questions, no code needed</LinkCard>
        </li>
      </ul>
    </div>
  );
}
