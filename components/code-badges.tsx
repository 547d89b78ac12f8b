import { spellings } from '@/lib/code-spellings';

/** Every code of an article, each with the other spellings people read out or paste. */
export function CodeBadges({ codes }: { codes: string[] }) {
  if (!codes.length) return null;
  return (
    <dl className="mt-4 flex flex-wrap gap-3" aria-label="Error codes">
      {codes.map((code) => {
        const others = spellings(code).filter((s) => s !== code && s !== s.toLowerCase() && !s.startsWith('0X'));
        const decimals = spellings(code).filter((s) => /^-?\d+$/.test(s) && !code.startsWith('AADSTS'));
        const also = [...new Set([...others.filter((s) => !/^-?\d+$/.test(s)), ...decimals])];
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
