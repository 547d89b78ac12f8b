import type { Metadata } from 'next';
import { getContent } from '@/lib/content';
import { toSearchDocs } from '@/lib/search';
import { toTriageArticles } from '@/lib/triage';
import { TriageForm } from '@/components/triage-form';

export const metadata: Metadata = {
  title: 'Triage: find the cause in a few answers',
  description: 'No code? Answer a few questions about the device and the error to find the likely cause, and copy a ticket note.',
};

export default function TriagePage() {
  const { errors, triage } = getContent();
  return (
    <div>
      <h1 className="text-2xl font-bold">Find the cause in a few answers</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        Each answer narrows the list. Skip anything you don&apos;t know. The address bar keeps your answers, so you can
        send this triage as a link.
      </p>
      <TriageForm questions={triage} articles={toTriageArticles(errors)} docs={toSearchDocs(errors)} />
    </div>
  );
}
