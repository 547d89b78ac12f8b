import { z } from 'zod';
import { AUDIENCES, PLATFORMS, STAGES } from './taxonomy';

// The single definition of every content file's frontmatter. The loader, the
// catalog, search and triage all read the types inferred from here.

const CANONICAL_CODE = /^(0x[0-9A-F]{8}|AADSTS\d{2,7})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, 'must be kebab-case: lower-case letters, digits and single hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const canonicalCode = z
  .string()
  .regex(CANONICAL_CODE, 'must be canonical: 0x + 8 upper-case hex digits (0x80180003) or AADSTS + digits (AADSTS240001)');

const source = z
  .object({
    title: nonEmpty,
    url: z.url({ protocol: /^https$/, message: 'must be an https URL' }),
  })
  .strict();

const reviewed = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date');

const yesNo = z.enum(['yes', 'no']);

const cause = z
  .object({
    id: slug,
    title: nonEmpty,
    // Triage answers that make this cause more likely than its siblings.
    when: z.record(z.string(), yesNo).default({}),
  })
  .strict();

const triage = z
  .object({
    where: z.array(slug).default([]),
    method: z.array(slug).default([]),
  })
  .strict();

export const errorFrontmatterSchema = z
  .object({
    title: nonEmpty,
    codes: z.array(canonicalCode).default([]),
    // Spellings the sources print that are not valid codes (e.g. 0x80180002b), kept findable.
    misprints: z.array(nonEmpty).default([]),
    messages: z.array(nonEmpty).default([]),
    summary: nonEmpty.max(320, 'must be one sentence of at most 320 characters'),
    platforms: z.array(z.enum(PLATFORMS)).min(1, 'must name at least one platform'),
    stage: z.enum(STAGES),
    fixedBy: z.array(z.enum(AUDIENCES)).min(1, 'must say who can fix it'),
    causes: z.array(cause).min(1, 'must list at least one cause'),
    related: z.array(slug).default([]),
    sources: z.array(source).min(1, 'must cite at least one source'),
    reviewed,
    searchTerms: z.array(nonEmpty).default([]),
    triage: triage.default({ where: [], method: [] }),
    // Listed among the common errors on the home page.
    common: z.boolean().default(false),
  })
  .strict();

export const guideFrontmatterSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(320),
    sources: z.array(source).min(1, 'must cite at least one source'),
    reviewed,
    searchTerms: z.array(nonEmpty).default([]),
  })
  .strict();

const option = z.object({ id: slug, label: nonEmpty }).strict();

export const triageQuestionsSchema = z
  .object({
    questions: z.array(
      z
        .object({
          id: slug,
          kind: z.enum(['choice', 'text', 'checks']),
          label: nonEmpty,
          help: z.string().optional(),
          options: z.array(option).default([]),
        })
        .strict(),
    ),
  })
  .strict();

export type ErrorFrontmatter = z.infer<typeof errorFrontmatterSchema>;
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
export type TriageQuestions = z.infer<typeof triageQuestionsSchema>;
export type Cause = z.infer<typeof cause>;
export type Source = z.infer<typeof source>;

/** Turns zod issues into one line per field: `causes.0.id: must be kebab-case …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    return `${path}: ${issue.message}`;
  });
}
