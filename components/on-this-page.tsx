import type { Cause } from '@/lib/schema';

/** The article's causes as a short jump list, so a caller's case can be found quickly. */
export function OnThisPage({ causes }: { causes: Cause[] }) {
  return (
    <nav aria-label="On this page" className="no-print mt-6 rounded-lg bg-slate-50 p-4 text-sm dark:bg-slate-900">
      <h2 className="font-semibold">On this page</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {causes.map((c) => (
          <li key={c.id}>
            <a href={`#${c.id}`} className="text-brand-700 underline-offset-4 hover:underline dark:text-blue-300">
              {c.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
