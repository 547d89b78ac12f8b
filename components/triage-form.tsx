'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createSearcher, type SearchDoc } from '@/lib/search';
import {
  answersToQuery,
  emptyAnswers,
  FALLBACK_GUIDES,
  parseAnswers,
  relevantChecks,
  relevantQuestions,
  scoreTriage,
  type TriageAnswers,
  type TriageArticle,
  type TriageQuestions,
} from '@/lib/triage';
import { ticketNote, userNote } from '@/lib/ticket-note';
import { basePath } from '@/lib/site';
import { CopyButton } from './copy-button';

type Choice = 'who' | 'platform' | 'where' | 'method';
const CHOICES: Choice[] = ['who', 'platform', 'where', 'method'];

const WORDING: Record<string, { platform: string; where: string; method: string; text: string }> = {
  user: {
    platform: 'What kind of device are you setting up?',
    where: 'Where do you see the error?',
    method: 'How are you setting it up?',
    text: 'What does the screen say? Type the code or the message, if there is one.',
  },
  helpdesk: {
    platform: "What kind of device is the caller using?",
    where: 'Where does the caller see the error?',
    method: 'How is the device being enrolled?',
    text: 'The code or message the caller reads out, or pasted log lines.',
  },
  admin: {
    platform: 'Which platform fails to enroll?',
    where: 'Where does the error show?',
    method: 'Which enrollment method?',
    text: 'The code, the message, or pasted event-log lines.',
  },
};

function readAnswers(questions: TriageQuestions): TriageAnswers {
  return parseAnswers(window.location.search, questions);
}

/** Questions the user chose to skip ("I don't know"), kept in the URL beside the answers. */
function readSkipped(): string[] {
  return (new URLSearchParams(window.location.search).get('skip') ?? '').split(',').filter((s) => CHOICES.includes(s as Choice));
}

function triageQuery(answers: TriageAnswers, skipped: string[]): string {
  const q = answersToQuery(answers);
  if (!skipped.length) return q;
  return `${q ? `${q}&` : '?'}skip=${skipped.join(',')}`;
}

export function TriageForm({
  questions,
  articles,
  docs,
}: {
  questions: TriageQuestions;
  articles: TriageArticle[];
  docs: SearchDoc[];
}) {
  const [answers, setAnswers] = useState<TriageAnswers | null>(null);
  const [draft, setDraft] = useState('');
  const [skipped, setSkipped] = useState<string[]>([]);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const searcher = useMemo(() => createSearcher(docs), [docs]);

  // The URL is the state: reload keeps the answers, Back undoes the last one.
  useEffect(() => {
    const sync = () => {
      const a = readAnswers(questions);
      setAnswers(a);
      setSkipped(readSkipped());
      setDraft(a.text ?? '');
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [questions]);

  const commit = useCallback(
    (next: TriageAnswers, nextSkipped: string[] = skipped) => {
      setAnswers(next);
      setSkipped(nextSkipped);
      window.history.pushState(null, '', `${window.location.pathname}${triageQuery(next, nextSkipped)}`);
    },
    [skipped],
  );

  const outcome = useMemo(() => {
    if (!answers) return null;
    const textScores = answers.text?.trim()
      ? new Map(searcher.search(answers.text, { limit: 20 }).hits.map((h) => [h.slug, h.score] as const))
      : undefined;
    return scoreTriage(articles, answers, questions, { textScores, limit: 5 });
  }, [answers, articles, questions, searcher]);

  const relevant = useMemo(() => (answers ? new Set(relevantQuestions(articles, answers, questions)) : new Set<string>()), [answers, articles, questions]);
  const checks = useMemo(() => (answers ? relevantChecks(articles, answers, questions) : []), [answers, articles, questions]);

  if (!answers || !outcome) return <TriageStatic questions={questions} />;

  const q = (id: string) => questions.questions.find((x) => x.id === id)!;
  const who = answers.who ?? 'helpdesk';
  const wording = WORDING[who] ?? WORDING.helpdesk!;
  const label = (id: string) => (id in wording ? wording[id as keyof typeof wording] : q(id).label);

  // The next question: the first unanswered one whose answer can still change the ranking.
  const textDone = answers.text !== undefined;
  const pending = [
    ...CHOICES.filter((id) => !answers[id] && !skipped.includes(id) && (id === 'who' || relevant.has(id))),
    ...(!textDone ? ['text'] : []),
    ...(checks.some((c) => !answers.checks[c]) ? ['checks'] : []),
  ];
  const current = pending[0];
  const answered = [...skipped.map((id) => `skip:${id}`), ...CHOICES.filter((id) => answers[id]), ...(answers.text ? ['text'] : []), ...Object.keys(answers.checks).map((c) => `check:${c}`)];

  const origin = typeof window === 'undefined' ? '' : `${window.location.origin}${basePath}`;
  const noteInput = {
    answers,
    questions,
    results: outcome.results,
    codes: outcome.codes,
    siteOrigin: origin,
    triageUrl: typeof window === 'undefined' ? '' : window.location.href,
  };
  const note = ticketNote(noteInput);
  const plainNote = userNote(noteInput);
  const anyAnswer = answered.length > 0;

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div>
        {answered.length > 0 && (
          <section aria-labelledby="your-answers" className="mb-6">
            <h2 id="your-answers" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Your answers</h2>
            <ul className="mt-2 flex flex-wrap gap-2" data-testid="triage-answers">
              {CHOICES.filter((id) => answers[id]).map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    onClick={() => commit({ ...answers, [id]: undefined }, skipped.filter((x) => x !== id))}
                    className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700"
                  >
                    <span className="sr-only">Remove answer: </span>
                    {q(id).options.find((o) => o.id === answers[id])?.label} <span aria-hidden="true">✕</span>
                  </button>
                </li>
              ))}
              {answers.text && (
                <li>
                  <button type="button" onClick={() => commit({ ...answers, text: undefined })} className="max-w-xs truncate rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700">
                    <span className="sr-only">Remove answer: </span>“{answers.text.length > 40 ? `${answers.text.slice(0, 40)}…` : answers.text}” <span aria-hidden="true">✕</span>
                  </button>
                </li>
              )}
              {Object.entries(answers.checks).map(([id, v]) => (
                <li key={id}>
                  <button type="button" onClick={() => { const c = { ...answers.checks }; delete c[id]; commit({ ...answers, checks: c }); }} className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700">
                    <span className="sr-only">Remove answer: </span>
                    {q('checks').options.find((o) => o.id === id)?.label} {v === 'yes' ? 'Yes' : 'No'} <span aria-hidden="true">✕</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => commit(emptyAnswers(), [])} className="mt-2 text-sm underline">Start over</button>
          </section>
        )}

        {current && CHOICES.includes(current as Choice) && (
          <fieldset key={current} data-testid={`question-${current}`}>
            <legend className="text-lg font-semibold">{label(current)}</legend>
            {q(current).help && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{q(current).help}</p>}
            <div className="mt-3 grid gap-2">
              {q(current).options.map((o, i) => (
                <button
                  key={o.id}
                  type="button"
                  autoFocus={i === 0 && anyAnswer}
                  onClick={() => commit({ ...answers, [current]: o.id })}
                  className="rounded-lg border border-slate-300 px-4 py-3 text-left hover:border-brand-600 hover:bg-brand-50 dark:border-slate-700 dark:hover:bg-slate-900"
                >
                  {o.label}
                </button>
              ))}
              <button type="button" onClick={() => commit(answers, [...skipped, current])} className="justify-self-start text-sm underline">
                {current === 'who' ? 'Skip' : "I don't know"}
              </button>
            </div>
          </fieldset>
        )}

        {current === 'text' && (
          <form
            data-testid="question-text"
            onSubmit={(e) => {
              e.preventDefault();
              commit({ ...answers, text: draft.trim() ? draft : '' });
            }}
          >
            <label htmlFor="triage-text" className="text-lg font-semibold">{label('text')}</label>
            {q('text').help && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{q('text').help}</p>}
            <textarea
              id="triage-text"
              value={draft}
              autoFocus={anyAnswer}
              onChange={(e) => setDraft(e.target.value)}
              rows={4}
              maxLength={5000}
              spellCheck={false}
              className="mt-3 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
            />
            <div className="mt-2 flex gap-3">
              <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Next</button>
              <button type="button" onClick={() => commit({ ...answers, text: '' })} className="text-sm underline">There is no code or message</button>
            </div>
          </form>
        )}

        {current === 'checks' && (
          <fieldset data-testid="question-checks">
            <legend className="text-lg font-semibold">{q('checks').label}</legend>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Only the checks that still tell the likely causes apart.</p>
            <ul className="mt-3 space-y-3">
              {checks.filter((c) => !answers.checks[c]).map((id) => (
                <li key={id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
                  <span>{q('checks').options.find((o) => o.id === id)?.label}</span>
                  <span className="flex gap-2">
                    {(['yes', 'no'] as const).map((v) => (
                      <button key={v} type="button" onClick={() => commit({ ...answers, checks: { ...answers.checks, [id]: v } })} className="rounded-md border border-slate-300 px-3 py-1 hover:border-brand-600 dark:border-slate-700" aria-label={`${q('checks').options.find((o) => o.id === id)?.label} ${v === 'yes' ? 'Yes' : 'No'}`}>
                        {v === 'yes' ? 'Yes' : 'No'}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        {!current && anyAnswer && <p className="text-slate-700 dark:text-slate-300">That is everything that can still change the answer.</p>}
        {current && anyAnswer && (
          <button type="button" onClick={() => resultsRef.current?.focus()} className="mt-6 text-sm font-semibold text-brand-700 underline dark:text-blue-300">
            Skip to the results
          </button>
        )}
      </div>

      <section aria-labelledby="triage-results-heading">
        <h2 id="triage-results-heading" ref={resultsRef} tabIndex={-1} className="text-lg font-semibold">
          {anyAnswer ? 'Most likely' : 'Results appear as you answer'}
        </h2>
        {outcome.results.length > 0 && (
          <ol data-testid="triage-results" className="mt-3 space-y-3">
            {outcome.results.map((r, i) => (
              <li key={r.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <Link href={`${r.url}${r.anchor ? `#${r.anchor}` : ''}`} className="font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-blue-300">
                  {i + 1}. {r.title}
                </Link>
                {r.causeTitle && <p className="mt-1 text-sm">Likely cause: {r.causeTitle}</p>}
                {r.reasons.length > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="triage-reasons">Why: {r.reasons.join(' · ')}</p>}
              </li>
            ))}
          </ol>
        )}
        {outcome.matchedNothing && (
          <div data-testid="triage-nothing" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/30">
            <p className="font-semibold">No article fits these answers yet.</p>
            {outcome.unknownCodes.length > 0 && (
              <p className="mt-1">
                The code <span className="font-mono">{outcome.unknownCodes.join(', ')}</span> is not in the knowledge base;{' '}
                <Link href={`/search/?q=${encodeURIComponent(outcome.unknownCodes[0]!)}`} className="underline">see what it means</Link>.
              </p>
            )}
            <p className="mt-2">These guides help with any enrollment error:</p>
            <ul className="mt-1 list-disc pl-5">
              {FALLBACK_GUIDES.map((g) => (
                <li key={g}><Link href={g} className="underline">{g.includes('before') ? 'What to collect before you start' : g.includes('logs') ? 'Collecting logs' : 'Self-help diagnostics'}</Link></li>
              ))}
            </ul>
          </div>
        )}
        {anyAnswer && (
          <div className="mt-6 space-y-4">
            {(who === 'user' ? [['Send this to IT', plainNote, 'user-note'], ['Ticket note (for the helpdesk)', note, 'ticket-note']] : [['Ticket note', note, 'ticket-note'], ['Plain-words version for the user', plainNote, 'user-note']]).map(([title, text, id]) => (
              <details key={id} open={id === (who === 'user' ? 'user-note' : 'ticket-note')} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <summary className="cursor-pointer font-semibold">{title}</summary>
                <textarea readOnly value={text} rows={10} aria-label={title} data-testid={id} className="mt-2 w-full rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-xs dark:border-slate-800 dark:bg-slate-900" />
                <CopyButton text={text!} label={`Copy ${title!.toLowerCase()}`} />
              </details>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

/** What the server renders, and what a browser without JavaScript uses: one plain form that submits to this page. */
export function TriageStatic({ questions }: { questions: TriageQuestions }) {
  const first = questions.questions.filter((q) => q.kind === 'choice').slice(0, 2);
  return (
    <form method="get" className="mt-6 max-w-xl space-y-6">
      {first.map((q) => (
        <fieldset key={q.id}>
          <legend className="text-lg font-semibold">{q.label}</legend>
          <div className="mt-2 grid gap-2">
            {q.options.map((o) => (
              <label key={o.id} className="flex items-center gap-3 rounded-lg border border-slate-300 px-4 py-2 dark:border-slate-700">
                <input type="radio" name={q.id} value={o.id} />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">Continue</button>
    </form>
  );
}
