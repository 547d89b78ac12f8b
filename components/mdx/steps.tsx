import type { ReactNode } from 'react';

/** Wraps a markdown ordered list; CSS turns its items into numbered step cards. */
export function Steps({ children }: { children: ReactNode }) {
  return <div className="steps my-4">{children}</div>;
}
