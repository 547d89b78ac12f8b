import type { Metadata } from 'next';
import { getContent } from '@/lib/content';
import { AUDIENCES, AUDIENCE_LABELS, PLATFORMS, PLATFORM_LABELS, STAGES, STAGE_LABELS } from '@/lib/taxonomy';
import { ErrorsBrowser } from '@/components/errors-browser';

export const metadata: Metadata = {
  title: 'All enrollment errors',
  description: 'Every Intune and Microsoft Entra ID enrollment error in one table: filter by platform, stage and who can fix it; sort by code.',
};

export default function ErrorsPage() {
  const rows = getContent().errors.map(({ slug, url, title, codes, platforms, stage, fixedBy, summary }) => ({
    slug, url, title, codes, platforms, stage, fixedBy, summary,
  }));
  return (
    <div>
      <h1 className="text-2xl font-bold">All enrollment errors</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Every error in the knowledge base. Filter it down, sort by code, and share the address: the filters are part of
        the link.
      </p>
      <div className="mt-6">
        <ErrorsBrowser
          rows={rows}
          platforms={PLATFORMS.map((id) => ({ id, label: PLATFORM_LABELS[id] }))}
          stages={STAGES.map((id) => ({ id, label: STAGE_LABELS[id] }))}
          audiences={AUDIENCES.map((id) => ({ id, label: AUDIENCE_LABELS[id] }))}
        />
      </div>
    </div>
  );
}
