import Link from 'next/link';
import type { JourneyStage } from '@/lib/journey';

const W = 960;
const H = 130;

/** Splits a stage label into short lines so neighbouring labels never overlap. */
function wrap(label: string, max = 13): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The enrollment journey drawn from the content: a rail of stages (the picture) over
 * an ordered list of stages with their errors (what screen readers and phones use).
 */
export function JourneyMap({ stages }: { stages: JourneyStage[] }) {
  const step = W / stages.length;
  const max = Math.max(1, ...stages.map((s) => s.errors.length));
  return (
    <figure data-testid="journey" className="not-prose">
      <svg viewBox={`0 0 ${W} ${H}`} className="hidden w-full md:block" aria-hidden="true" focusable="false">
        <line x1={step / 2} y1={40} x2={W - step / 2} y2={40} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={4} />
        {stages.map((s, i) => {
          const cx = step * i + step / 2;
          const r = 14 + (10 * s.errors.length) / max;
          return (
            <g key={s.id}>
              <circle cx={cx} cy={40} r={r} className={s.errors.length ? 'fill-brand-700' : 'fill-slate-400 dark:fill-slate-600'} />
              <text x={cx} y={45} textAnchor="middle" className="fill-white text-[14px] font-semibold">{s.errors.length}</text>
              {wrap(`${i + 1}. ${s.label}`).map((line, j) => (
                <text key={line} x={cx} y={86 + j * 16} textAnchor="middle" className="fill-slate-800 text-[13px] font-medium dark:fill-slate-200">
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">The enrollment journey: {stages.length} stages, each with the errors that can stop a device there.</figcaption>
      <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stages.map((s) => (
          <li key={s.id} id={`stage-${s.id}`} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="flex items-center gap-2 font-semibold">
              <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full bg-brand-700 text-xs text-white">{s.index + 1}</span>
              <span><span className="sr-only">Stage {s.index + 1}: </span>{s.label}</span>
            </h3>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{s.description}</p>
            {s.errors.length > 0 ? (
              <ul className="mt-3 space-y-1.5 text-sm">
                {s.errors.map((e) => (
                  <li key={e.slug}>
                    <Link href={e.url} className="text-brand-700 underline-offset-4 hover:underline dark:text-blue-300">
                      {e.title}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm italic text-slate-600 dark:text-slate-400">No errors filed here yet.</p>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
