'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { basePath } from '@/lib/site';

/** On a missing /code/<x>/ page, offer to search for x: it may be a code we can still decode. */
export function NotFoundHint() {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const path = window.location.pathname.slice(basePath.length);
    const m = /^\/code\/([^/]+)\/?$/.exec(path);
    if (!m) return;
    let raw = m[1]!;
    try {
      raw = decodeURIComponent(raw);
    } catch {
      // keep it as typed: malformed escapes are still worth searching for
    }
    setCode(raw.slice(0, 200));
  }, []);
  if (!code) return null;
  return (
    <p className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-left dark:border-amber-800 dark:bg-amber-950/30" data-testid="code-not-found">
      There is no page for the code <span className="break-all font-mono">{code}</span>.{' '}
      <Link href={`/search/?q=${encodeURIComponent(code)}`} className="font-semibold underline">
        Search for it
      </Link>{' '}
      to see what the number means and the closest articles.
    </p>
  );
}
