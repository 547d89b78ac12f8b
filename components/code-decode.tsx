import { decodeHresult, describeAadsts, HRESULT_TABLE_SOURCES, parseCode, spellings } from '@/lib/codes';

/** What can be said about a code the knowledge base has no article for. */
export function CodeDecode({ canonical }: { canonical: string }) {
  const code = parseCode(canonical);
  if (!code) return null;
  const forms = spellings(canonical);

  if (code.kind === 'aadsts') {
    const info = describeAadsts(code.value);
    return (
      <div className="space-y-2 text-sm">
        <p>
          <span className="font-mono font-semibold">{info.canonical}</span>
          {info.name && <> · <span className="font-mono">{info.name}</span></>}
        </p>
        <p>{info.note}</p>
        <p className="text-slate-600 dark:text-slate-400">Also written: <span className="font-mono">{forms.join(' · ')}</span></p>
      </div>
    );
  }

  const d = decodeHresult(code.value);
  const rows: [string, React.ReactNode][] = [
    ['Spellings', <span key="s" className="font-mono">{forms.join(' · ')}</span>],
    ['Decimal', <span key="d" className="font-mono">{d.unsigned} (unsigned) · {d.signed} (signed)</span>],
    ['Severity', d.severity === 'failure' ? 'Failure (the top bit is set)' : 'Success or information'],
    ['Facility', <span key="f">{d.facility} (0x{d.facility.toString(16).toUpperCase()}){d.facilityName ? ` · ${d.facilityName}` : ''}</span>],
    ['Code', <span key="c" className="font-mono">{d.code} (0x{d.code.toString(16).toUpperCase().padStart(4, '0')})</span>],
  ];
  if (d.family) rows.push(['Family', <span key="fam">{d.family.name}{d.family.prefix ? ` (${d.family.prefix}*)` : ''}: {d.family.note}</span>]);
  if (d.symbol) rows.push(['Symbol', <span key="sym"><span className="font-mono">{d.symbol}</span>{d.meaning ? `: ${d.meaning}` : ''}</span>]);
  if (d.win32) rows.push(['Win32 error', <span key="w"><span className="font-mono">{d.win32.code} {d.win32.name}</span>: {d.win32.meaning}</span>]);

  return (
    <div className="text-sm">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        Decoded from Microsoft&apos;s public error tables:{' '}
        {HRESULT_TABLE_SOURCES.slice(0, 4).map((s, i) => (
          <span key={s.url}>
            {i > 0 && ' · '}
            <a href={s.url} className="underline" rel="noopener">{s.title}</a>
          </span>
        ))}
      </p>
    </div>
  );
}
