import Link from 'next/link';
import { getContent } from '@/lib/content';
import { withBase } from '@/lib/site';
import { buildJourney } from '@/lib/journey';
import { JourneyMap } from '@/components/journey-map';
import { LinkCard } from '@/components/link-card';

const WAYS_IN = [
  {
    href: '/errors/',
    title: 'I have a code',
    text: 'Type it in any spelling: 0x80180003, 80180003, -2145910781 or AADSTS240001. Or browse every error in one table.',
    cta: 'Browse all errors',
  },
  {
    href: '/triage/',
    title: 'I have no code',
    text: 'Answer a few questions about the device and what happened; we narrow it down to the likely cause.',
    cta: 'Start triage',
  },
  {
    href: '/guides/before-you-start/',
    title: 'Before you call IT',
    text: 'What to note down and send so the helpdesk can fix it in one go.',
    cta: 'What to collect',
  },
];

export default function HomePage() {
  const { errors } = getContent();
  const codeCount = new Set(errors.flatMap((e) => e.codes)).size;
  const common = errors.filter((e) => e.common);
  return (
    <div>
      <section className="rounded-2xl bg-gradient-to-br from-brand-50 to-white px-5 py-10 sm:px-10 dark:from-slate-900 dark:to-slate-950">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">
          Fix Intune and Microsoft Entra ID enrollment errors
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Look up the code or the words on the screen. Each article says what happened in plain words, then every cause
          with exact steps in the Intune and Entra admin centers (formerly Endpoint Manager and Azure AD).
        </p>
        <form action={withBase('/search/')} method="get" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">Error code or message</label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder="e.g. 80180003 or “not authorized to enroll”"
            className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 py-3 text-base dark:border-slate-700 dark:bg-slate-900"
            autoComplete="off"
          />
          <button type="submit" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {errors.length} errors · {codeCount} codes · Windows, iOS/iPadOS, Android and macOS
        </p>
      </section>

      <section aria-labelledby="ways-in" className="mt-10">
        <h2 id="ways-in" className="sr-only">Ways in</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {WAYS_IN.map((w) => (
            <li key={w.href} className="flex flex-col rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <h3 className="text-lg font-semibold">{w.title}</h3>
              <p className="mt-2 flex-1 text-slate-700 dark:text-slate-300">{w.text}</p>
              <Link href={w.href} className="mt-4 font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-blue-300">
                {w.cta} <span aria-hidden="true">→</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="common" className="mt-12">
        <h2 id="common" className="text-xl font-bold">Common enrollment errors</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {common.map((e) => (
            <li key={e.slug}>
              <LinkCard href={e.url} title={e.title} code={e.codes[0]} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="journey-heading" className="mt-12">
        <h2 id="journey-heading" className="text-xl font-bold">The enrollment journey</h2>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          A device passes these stages on its way into Intune. Find the stage where it stopped: every error in the
          knowledge base is filed under one.
        </p>
        <div className="mt-4">
          <JourneyMap stages={buildJourney(errors)} />
        </div>
      </section>
    </div>
  );
}
