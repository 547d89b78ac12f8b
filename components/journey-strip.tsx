import Link from 'next/link';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/taxonomy';

/** Where on the enrollment journey this error happens: the journey rail with one stage lit. */
export function JourneyStrip({ stage }: { stage: Stage }) {
  const at = STAGES.indexOf(stage);
  const step = 400 / STAGES.length;
  return (
    <div className="mt-5 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="journey-strip">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Where this happens: stage {at + 1} of {STAGES.length},{' '}
        <Link href={`/#stage-${stage}`} className="normal-case underline underline-offset-2">{STAGE_LABELS[stage]}</Link>
      </p>
      <svg viewBox="0 0 400 16" className="mt-2 w-full" aria-hidden="true" focusable="false">
        <line x1={step / 2} y1={8} x2={400 - step / 2} y2={8} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={2} />
        {STAGES.map((s, i) => (
          <circle key={s} cx={step * i + step / 2} cy={8} r={i === at ? 7 : 4} className={i === at ? 'fill-brand-700 dark:fill-blue-400' : i < at ? 'fill-slate-500' : 'fill-slate-300 dark:fill-slate-600'} />
        ))}
      </svg>
    </div>
  );
}
