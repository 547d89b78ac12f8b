import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {
  describeIssues,
  errorFrontmatterSchema,
  guideFrontmatterSchema,
  triageQuestionsSchema,
  type ErrorFrontmatter,
  type GuideFrontmatter,
  type TriageQuestions,
} from './schema';
import { scanBody, type BodyScan } from './mdx-scan';
import { codeUrlSegments } from './code-routes';

export interface ErrorArticle extends ErrorFrontmatter {
  kind: 'error';
  slug: string;
  /** Site-relative URL without the base path, e.g. `/errors/foo/`. */
  url: string;
  body: string;
  file: string;
  anchors: string[];
}

export interface GuideArticle extends GuideFrontmatter {
  kind: 'guide';
  slug: string;
  url: string;
  body: string;
  file: string;
  anchors: string[];
}

export interface Content {
  errors: ErrorArticle[];
  guides: GuideArticle[];
  triage: TriageQuestions;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Thrown when content is invalid; its message lists every problem as `file: field: message`. */
export class ContentError extends Error {
  constructor(public readonly problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

export interface RawFile {
  /** Path as shown in messages, e.g. `content/errors/foo.mdx`. */
  file: string;
  source: string;
}

export interface RawContent {
  errors: RawFile[];
  guides: RawFile[];
  triage: RawFile;
}

const CONTENT_EXT = /\.mdx?$/;
const STATIC_ROUTES = ['/', '/errors/', '/guides/', '/search/', '/triage/'];

function slugOf(file: string): string {
  return path.basename(file).replace(CONTENT_EXT, '');
}

/** YAML turns an unquoted 2026-11-24 into a Date; the schema wants the date as written. */
function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsWritten(v)]));
  }
  return value;
}

function readFrontmatter(f: RawFile, problems: ContentProblem[]) {
  try {
    const parsed = matter(f.source);
    const data = datesAsWritten(parsed.data);
    return { data, body: parsed.content };
  } catch (e) {
    problems.push({ file: f.file, field: '(frontmatter)', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return null;
  }
}

/**
 * Validates every file and the links between them. Pure: takes file texts, returns
 * content or throws one ContentError listing every problem found.
 */
export function buildContent(raw: RawContent): Content {
  const problems: ContentProblem[] = [];

  let triage: TriageQuestions = { questions: [] };
  try {
    const parsed = triageQuestionsSchema.safeParse(JSON.parse(raw.triage.source));
    if (parsed.success) triage = parsed.data;
    else for (const line of describeIssues(parsed.error)) problems.push(splitIssue(raw.triage.file, line));
  } catch (e) {
    problems.push({ file: raw.triage.file, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
  }

  const errors: ErrorArticle[] = [];
  const guides: GuideArticle[] = [];
  // Each body is scanned once; the cross-checks below reuse the result.
  const scans = new Map<string, BodyScan>();
  const seen = new Map<string, string>();

  const claimSlug = (kind: string, f: RawFile): string | null => {
    const slug = slugOf(f.file);
    const key = `${kind}/${slug}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: f.file, field: 'slug', message: `duplicate slug "${slug}" (also ${first})` });
      return null;
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      problems.push({ file: f.file, field: 'slug', message: `file name "${slug}" must be kebab-case` });
      return null;
    }
    seen.set(key, f.file);
    return slug;
  };

  for (const f of raw.errors) {
    const slug = claimSlug('errors', f);
    const fm = readFrontmatter(f, problems);
    if (!slug || !fm) continue;
    const parsed = errorFrontmatterSchema.safeParse(fm.data);
    if (!parsed.success) {
      for (const line of describeIssues(parsed.error)) problems.push(splitIssue(f.file, line));
      continue;
    }
    const scan = scanBody(fm.body);
    scans.set(f.file, scan);
    errors.push({ ...parsed.data, kind: 'error', slug, url: `/errors/${slug}/`, body: fm.body, file: f.file, anchors: scan.anchors });
  }
  for (const f of raw.guides) {
    const slug = claimSlug('guides', f);
    const fm = readFrontmatter(f, problems);
    if (!slug || !fm) continue;
    const parsed = guideFrontmatterSchema.safeParse(fm.data);
    if (!parsed.success) {
      for (const line of describeIssues(parsed.error)) problems.push(splitIssue(f.file, line));
      continue;
    }
    const scan = scanBody(fm.body);
    scans.set(f.file, scan);
    guides.push({ ...parsed.data, kind: 'guide', slug, url: `/guides/${slug}/`, body: fm.body, file: f.file, anchors: scan.anchors });
  }

  checkCrossReferences(errors, guides, triage, scans, problems);
  if (problems.length) throw new ContentError(problems);

  errors.sort((a, b) => a.slug.localeCompare(b.slug));
  guides.sort((a, b) => a.slug.localeCompare(b.slug));
  return { errors, guides, triage };
}

function splitIssue(file: string, line: string): ContentProblem {
  const i = line.indexOf(': ');
  return { file, field: line.slice(0, i), message: line.slice(i + 2) };
}

function checkCrossReferences(
  errors: ErrorArticle[],
  guides: GuideArticle[],
  triage: TriageQuestions,
  scans: Map<string, BodyScan>,
  problems: ContentProblem[],
) {
  const pages = new Map<string, Set<string>>();
  for (const r of STATIC_ROUTES) pages.set(r, new Set());
  for (const a of [...errors, ...guides]) pages.set(a.url, new Set(a.anchors));
  for (const a of errors) for (const code of a.codes) for (const seg of codeUrlSegments(code)) pages.set(`/code/${seg}/`, new Set());

  const optionIds = (id: string) => new Set(triage.questions.find((q) => q.id === id)?.options.map((o) => o.id) ?? []);
  const where = optionIds('where');
  const method = optionIds('method');
  const checks = optionIds('checks');
  const errorSlugs = new Set(errors.map((e) => e.slug));

  for (const a of errors) {
    a.related.forEach((slug, i) => {
      if (!errorSlugs.has(slug)) problems.push({ file: a.file, field: `related.${i}`, message: `unknown article slug "${slug}"` });
      if (slug === a.slug) problems.push({ file: a.file, field: `related.${i}`, message: 'an article cannot be related to itself' });
    });
    const scan = scans.get(a.file)!;
    if (!/<ForUser>/.test(a.body)) {
      problems.push({ file: a.file, field: 'body', message: 'needs a <ForUser> section: plain words for the person at the device' });
    }
    const declared = a.causes.map((c) => c.id);
    a.causes.forEach((c, i) => {
      if (declared.indexOf(c.id) !== i) problems.push({ file: a.file, field: `causes.${i}.id`, message: `duplicate cause id "${c.id}"` });
      if (!scan.causeIds.includes(c.id)) problems.push({ file: a.file, field: `causes.${i}.id`, message: `no <Cause id="${c.id}"> in the body` });
      for (const key of Object.keys(c.when)) {
        if (!checks.has(key)) problems.push({ file: a.file, field: `causes.${i}.when.${key}`, message: `unknown triage check "${key}" (see content/triage.json)` });
      }
    });
    for (const id of scan.causeIds) {
      if (!declared.includes(id)) problems.push({ file: a.file, field: 'body', message: `<Cause id="${id}"> is not listed in frontmatter causes` });
    }
    a.triage.where.forEach((w, i) => {
      if (!where.has(w)) problems.push({ file: a.file, field: `triage.where.${i}`, message: `unknown option "${w}" (see content/triage.json)` });
    });
    a.triage.method.forEach((m, i) => {
      if (!method.has(m)) problems.push({ file: a.file, field: `triage.method.${i}`, message: `unknown option "${m}" (see content/triage.json)` });
    });
  }

  for (const a of [...errors, ...guides]) {
    const seenAnchors = new Set<string>();
    for (const anchor of a.anchors) {
      if (seenAnchors.has(anchor)) problems.push({ file: a.file, field: 'body', message: `duplicate anchor "#${anchor}"` });
      seenAnchors.add(anchor);
    }
    for (const { href, line } of scans.get(a.file)!.links) {
      const message = checkLink(href, a.url, pages);
      if (message) problems.push({ file: a.file, field: `body (line ${line})`, message: `link "${href}" ${message}` });
    }
  }
}

/** Returns why an internal link points nowhere, or null when it resolves (external links are not checked). */
export function checkLink(href: string, from: string, pages: Map<string, Set<string>>): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const hashAt = href.indexOf('#');
  const pathAndQuery = hashAt === -1 ? href : href.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : decodeURIComponent(href.slice(hashAt + 1));
  const pathOnly = pathAndQuery.split('?')[0]!;
  const target = pathOnly === '' ? from : pathOnly;
  if (!target.startsWith('/')) return 'must be site-absolute (start with /) or an #anchor';
  if (!target.endsWith('/')) return 'must end with a slash (the site uses trailing-slash URLs)';
  const anchors = pages.get(target);
  if (!anchors) return 'points to a page that does not exist';
  if (anchor && !anchors.has(anchor)) return `points to an anchor "#${anchor}" that does not exist on ${target}`;
  return null;
}

export function readContentDir(root: string): RawContent {
  const read = (dir: string): RawFile[] => {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) return [];
    return fs
      .readdirSync(abs)
      .filter((f) => CONTENT_EXT.test(f))
      .sort()
      .map((f) => ({ file: path.join(path.basename(root), dir, f), source: fs.readFileSync(path.join(abs, f), 'utf8') }));
  };
  const triageFile = path.join(root, 'triage.json');
  return {
    errors: read('errors'),
    guides: read('guides'),
    triage: {
      file: path.join(path.basename(root), 'triage.json'),
      source: fs.existsSync(triageFile) ? fs.readFileSync(triageFile, 'utf8') : '{"questions":[]}',
    },
  };
}

let cached: Content | null = null;
let errorsBySlug: Map<string, ErrorArticle> | null = null;

/** The site's content, read and validated once per process. CONTENT_DIR points at another tree (benchmarks). */
export function getContent(): Content {
  if (!cached) cached = buildContent(readContentDir(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content')));
  return cached;
}

export function getError(slug: string): ErrorArticle | undefined {
  errorsBySlug ??= new Map(getContent().errors.map((e) => [e.slug, e]));
  return errorsBySlug.get(slug);
}

export function getGuide(slug: string): GuideArticle | undefined {
  return getContent().guides.find((g) => g.slug === slug);
}
