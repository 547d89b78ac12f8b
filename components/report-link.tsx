import { reportUrl } from '@/lib/site';

/** "Report a problem with this page", when the build was given somewhere to send reports. */
export function ReportLink({ path, title }: { path: string; title: string }) {
  if (!reportUrl) return null;
  const subject = `Problem with "${title}" (${path})`;
  const href = reportUrl.startsWith('mailto:')
    ? `${reportUrl}${reportUrl.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`
    : reportUrl;
  return (
    <a href={href} className="text-sm underline underline-offset-4" data-testid="report-problem" rel="noopener">
      Report a problem with this page
    </a>
  );
}
