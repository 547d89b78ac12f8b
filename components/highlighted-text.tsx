import { Fragment } from 'react';

/** Text with [start, end) ranges wrapped in <mark>; React escapes everything, so user text never becomes HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach(([start, end], i) => {
    const s = Math.max(start, at);
    if (end <= s) return;
    if (s > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, s)}</Fragment>);
    parts.push(
      <mark key={`m${i}`} className="rounded bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
        {text.slice(s, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
