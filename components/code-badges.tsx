import { spellings } from '@/lib/code-spellings';

/** Every code of an article, each with the other spellings people read out or paste. */
export function CodeBadges({ codes }: { codes: string[] }) {
  if (!codes.length) return null;
  return (
    <dl className="mt-4 flex flex-wrap gap-3" aria-label="Error codes">
      {codes.map((code) => {
        // Every other spelling once, ignoring case variants (80CF0437 and 80cf0437 read the same aloud).
        const seen = new Set([code.toLowerCase()]);
        const also = spellings(code).filter((s) => !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
        return (
          <div key={code} className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700">
            <dt className="font-mono text-base font-semibold">{code}</dt>
            {also.length > 0 && (
              <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                also <span className="font-mono">{also.join(' · ')}</span>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
