/**
 * Guided triage: the answers live in the URL, and ranking is a pure function of
 * (articles, answers, questions) so the same link always shows the same list,
 * in the browser or in a test.
 *
 * No Node or DOM APIs here: this runs in the browser on every keystroke.
 */
import { extractCodes, parseCodeCandidates } from './code-spellings';
import type { TriageQuestions } from './schema';

export type { TriageQuestions };

export type YesNo = 'yes' | 'no';
export type Who = 'user' | 'helpdesk' | 'admin';

export interface TriageAnswers {
  who?: Who;
  platform?: string;
  where?: string;
  method?: string;
  text?: string;
  checks: Record<string, YesNo>;
}

export interface TriageArticle {
  slug: string;
  title: string;
  url: string;
  codes: string[];
  misprints: string[];
  messages: string[];
  platforms: string[];
  stage: string;
  fixedBy: string[];
  summary: string;
  causes: { id: string; title: string; when: Record<string, YesNo> }[];
  triage: { where: string[]; method: string[] };
}

export interface TriageResult {
  slug: string;
  title: string;
  url: string;
  /** Id of the cause that fits the answers best; the first cause when no check says otherwise. */
  anchor: string | null;
  causeTitle: string | null;
  score: number;
  /** Why it is listed, in the words of the triage options (e.g. `code 0x800705B4`). */
  reasons: string[];
}

export interface TriageOutcome {
  results: TriageResult[];
  /** Canonical codes read from the text (a misprint the KB knows is not listed here). */
  codes: string[];
  /** Codes read from the text that no article carries. */
  unknownCodes: string[];
  /** Answers that describe the error were given, yet nothing fits: the UI points to the guides. */
  matchedNothing: boolean;
}

export interface ScoreOptions {
  /**
   * Free-text relevance per slug from a real search engine, higher is better, any
   * scale (it is normalised to the best hit). Without it a word-overlap scorer is used.
   */
  textScores?: Map<string, number>;
  limit?: number;
}

export const TEXT_MAX_LENGTH = 5000;
export const DEFAULT_LIMIT = 5;

/** Where the UI sends people when nothing fits. */
export const FALLBACK_GUIDES = ['/guides/before-you-start/', '/guides/collecting-logs/', '/guides/self-help-diagnostics/'];

// A code is an exact fact, so it outweighs every other answer combined: the rest
// below adds up to far less than one code.
const W_CODE = 1000;
const W_WHERE = 2;
const W_METHOD = 2;
const W_CHECK = 1;
const W_TEXT = 4;

const CHOICE_PARAMS = ['who', 'platform', 'where', 'method'] as const;
const RESERVED_PARAMS = new Set<string>([...CHOICE_PARAMS, 'text']);
const WHO: readonly Who[] = ['user', 'helpdesk', 'admin'];

/* ------------------------------------------------------------ URL answers */

function optionIds(questions: TriageQuestions, id: string): Set<string> {
  return new Set(questions.questions.find((q) => q.id === id)?.options.map((o) => o.id) ?? []);
}

// URLSearchParams turns bad percent-escapes into U+FFFD, but answers built in
// code can still carry lone surrogates, which would not survive a round trip.
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function capText(s: string): string {
  if (s.length <= TEXT_MAX_LENGTH) return s;
  let cut = s.slice(0, TEXT_MAX_LENGTH);
  // Cutting between the halves of a surrogate pair would leave half a character.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

export function emptyAnswers(): TriageAnswers {
  return { checks: {} };
}

/**
 * Reads the answers from a query string (with or without `?`). Anything the
 * questions do not offer is dropped, so a hand-edited or hostile link degrades to
 * fewer answers instead of an error.
 */
export function parseAnswers(search: string | URLSearchParams, questions: TriageQuestions): TriageAnswers {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return emptyAnswers();
  }
  const answers = emptyAnswers();
  const get = (key: string): string => {
    try {
      return params.get(key) ?? '';
    } catch {
      return '';
    }
  };

  const who = get('who');
  const whoOptions = optionIds(questions, 'who');
  if ((WHO as readonly string[]).includes(who) && (whoOptions.size === 0 || whoOptions.has(who))) answers.who = who as Who;

  for (const key of ['platform', 'where', 'method'] as const) {
    const v = get(key);
    if (v && optionIds(questions, key).has(v)) answers[key] = v;
  }

  const text = capText(wellFormed(get('text')));
  if (text.trim()) answers.text = text;

  for (const id of optionIds(questions, 'checks')) {
    if (RESERVED_PARAMS.has(id)) continue;
    const v = get(id);
    if (v === 'yes' || v === 'no') answers.checks[id] = v;
  }
  return answers;
}

/** `?who=…&platform=…` in a fixed order (checks by id), or '' when nothing is answered. */
export function answersToQuery(a: TriageAnswers): string {
  const p = new URLSearchParams();
  for (const key of CHOICE_PARAMS) {
    const v = a[key];
    if (v) p.set(key, v);
  }
  if (a.text && a.text.trim()) p.set('text', capText(wellFormed(a.text)));
  for (const id of Object.keys(a.checks ?? {}).sort()) {
    const v = a.checks[id];
    if (!RESERVED_PARAMS.has(id) && (v === 'yes' || v === 'no')) p.set(id, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

function hasEvidence(a: TriageAnswers): boolean {
  // who changes wording and platform only filters: neither says anything about the error.
  return Boolean(a.where || a.method || (a.text && a.text.trim()) || Object.keys(a.checks ?? {}).length);
}

/* ------------------------------------------------------------ articles */

/** Keeps only what triage needs, so the browser downloads less. */
export function toTriageArticles(errors: readonly TriageArticle[]): TriageArticle[] {
  return errors.map((e) => ({
    slug: e.slug,
    title: e.title,
    url: e.url,
    codes: e.codes,
    misprints: e.misprints,
    messages: e.messages,
    platforms: e.platforms,
    stage: e.stage,
    fixedBy: e.fixedBy,
    summary: e.summary,
    causes: e.causes.map((c) => ({ id: c.id, title: c.title, when: c.when })),
    triage: { where: e.triage.where, method: e.triage.method },
  }));
}

/* ------------------------------------------------------------ words */

const STOP_WORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for from with without into onto over under about as ' +
    'is are was were be been being am do does did done has have had having will would shall should can could ' +
    'may might must it its this that these those there here i me my mine we us our ours you your yours he she ' +
    'they them their his her what which who whom when where why how all any each some such no nor not only own ' +
    'so than too very just also again please try get got let s t ll ve re d m'
  ).split(' '),
);

// Very light stemming: plurals are the only inflection that matters for titles like "certificates".
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

export function words(text: string): string[] {
  if (typeof text !== 'string' || !text) return [];
  const out: string[] = [];
  // Apostrophes go first so "can't" and "hasn't" stay one word.
  for (const m of text.toLowerCase().replace(/['’`]/g, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

interface WordIndex {
  n: number;
  df: Map<string, number>;
  fields: Map<string, { title: Set<string>; messages: Set<string>; summary: Set<string> }>;
}

const wordIndexes = new WeakMap<readonly TriageArticle[], WordIndex>();

function wordIndex(articles: readonly TriageArticle[]): WordIndex {
  let index = wordIndexes.get(articles);
  if (index) return index;
  const df = new Map<string, number>();
  const fields: WordIndex['fields'] = new Map();
  for (const a of articles) {
    const f = { title: new Set(words(a.title)), messages: new Set(words(a.messages.join(' '))), summary: new Set(words(a.summary)) };
    fields.set(a.slug, f);
    for (const w of new Set([...f.title, ...f.messages, ...f.summary])) df.set(w, (df.get(w) ?? 0) + 1);
  }
  index = { n: articles.length, df, fields };
  wordIndexes.set(articles, index);
  return index;
}

/**
 * Word overlap between the text and each article's title, messages and summary,
 * each shared word weighted by how rare it is across the articles and by where it
 * appears (a title names the error, a summary only mentions things).
 */
export function wordOverlapScores(articles: readonly TriageArticle[], text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const query = [...new Set(words(text))];
  if (!query.length) return scores;
  const index = wordIndex(articles);
  for (const a of articles) {
    const f = index.fields.get(a.slug);
    if (!f) continue;
    let score = 0;
    for (const w of query) {
      const df = index.df.get(w);
      if (!df) continue;
      const place = f.title.has(w) ? 3 : f.messages.has(w) ? 2 : f.summary.has(w) ? 1 : 0;
      if (place) score += place * Math.log(1 + index.n / df);
    }
    if (score > 0) scores.set(a.slug, score);
  }
  return scores;
}

/* ------------------------------------------------------------ text → codes */

interface TextReading {
  codes: string[];
  unknownCodes: string[];
  /** Lower-cased raw tokens, for misprints. */
  tokens: Set<string>;
  /** The text without its code tokens, for word scoring. */
  residue: string;
}

interface CodeIndex {
  known: Set<string>;
  misprints: Set<string>;
}

const codeIndexes = new WeakMap<readonly TriageArticle[], CodeIndex>();

function codeIndex(articles: readonly TriageArticle[]): CodeIndex {
  let index = codeIndexes.get(articles);
  if (!index) {
    index = {
      known: new Set(articles.flatMap((a) => a.codes)),
      misprints: new Set(articles.flatMap((a) => a.misprints.map((m) => m.toLowerCase()))),
    };
    codeIndexes.set(articles, index);
  }
  return index;
}

const PUNCTUATION_EDGES = /^[\s"'`“”‘’()[\]{}<>,.;:!?]+|[\s"'`“”‘’()[\]{}<>,.;:!?]+$/g;

function readText(text: string, articles: readonly TriageArticle[]): TextReading {
  const reading: TextReading = { codes: [], unknownCodes: [], tokens: new Set(), residue: '' };
  if (!text || !text.trim()) return reading;
  const { known, misprints } = codeIndex(articles);

  for (const t of text.split(/\s+/)) {
    const token = t.replace(PUNCTUATION_EDGES, '').toLowerCase();
    if (token) reading.tokens.add(token);
  }

  const found = extractCodes(text);
  const trimmed = text.trim();
  const oneToken = !/\s/.test(trimmed.replace(/^aadsts\s+/i, 'aadsts'));
  // Each group holds the readings of one token; a bare "240001" is AADSTS240001 or 0x00240001.
  const groups: { raw: string; readings: string[] }[] = found.map((f) => ({ raw: f.raw, readings: f.code ? [f.code.canonical] : [] }));
  if (oneToken) {
    const candidates = parseCodeCandidates(trimmed).map((c) => c.canonical);
    if (found.length || candidates.length) {
      const readings = [...new Set([...groups.flatMap((g) => g.readings), ...candidates])];
      groups.splice(0, groups.length, { raw: trimmed, readings });
    }
  }

  const add = (list: string[], c: string) => {
    if (!list.includes(c)) list.push(c);
  };
  let residue = text;
  for (const g of groups) {
    residue = residue.split(g.raw).join(' ');
    const raw = g.raw.replace(PUNCTUATION_EDGES, '').toLowerCase();
    reading.tokens.add(raw);
    if (misprints.has(raw)) continue;
    const knownReadings = g.readings.filter((c) => known.has(c));
    if (knownReadings.length) knownReadings.forEach((c) => add(reading.codes, c));
    else
      g.readings.forEach((c) => {
        add(reading.codes, c);
        add(reading.unknownCodes, c);
      });
  }
  for (const m of misprints) if (reading.tokens.has(m)) residue = residue.split(new RegExp(escapeRegExp(m), 'i')).join(' ');
  reading.residue = residue;
  return reading;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/* ------------------------------------------------------------ scoring */

interface Labels {
  option: (question: string, id: string) => string;
}

function shortLabel(label: string): string {
  // "Windows Autopilot, self-deploying (kiosk)" reads better in a list without the aside.
  return label.replace(/\s*\([^()]*\)\s*$/, '').trim() || label;
}

function labelsOf(questions: TriageQuestions): Labels {
  const map = new Map<string, string>();
  for (const q of questions.questions) for (const o of q.options) map.set(`${q.id}\u0000${o.id}`, o.label);
  return { option: (question, id) => map.get(`${question}\u0000${id}`) ?? id };
}

interface Ranked {
  article: TriageArticle;
  eligible: boolean;
  codeHits: string[];
  score: number;
  signals: number;
  cause: TriageArticle['causes'][number] | null;
  agreeingChecks: string[];
  whereHit: boolean;
  methodHit: boolean;
  textHit: boolean;
  onPlatform: boolean;
}

interface Prepared {
  reading: TextReading;
  text: Map<string, number>;
  textMax: number;
}

function prepare(articles: readonly TriageArticle[], answers: TriageAnswers, opts?: ScoreOptions): Prepared {
  const reading = readText(answers.text ?? '', articles);
  let text = new Map<string, number>();
  // An unknown code alone must not pull in look-alike articles through fuzzy text matching.
  if (words(reading.residue).length) text = opts?.textScores ?? wordOverlapScores(articles, reading.residue);
  let textMax = 0;
  for (const v of text.values()) if (Number.isFinite(v) && v > textMax) textMax = v;
  return { reading, text, textMax };
}

function bestCause(article: TriageArticle, checks: Record<string, YesNo>) {
  let best: { cause: TriageArticle['causes'][number] | null; score: number; agreeing: string[] } = {
    cause: article.causes[0] ?? null,
    score: 0,
    agreeing: [],
  };
  let first = true;
  for (const cause of article.causes) {
    let score = 0;
    const agreeing: string[] = [];
    for (const [id, want] of Object.entries(cause.when ?? {})) {
      const got = checks[id];
      if (!got) continue;
      if (got === want) {
        score++;
        agreeing.push(id);
      } else score--;
    }
    // Ties go to the earlier cause: articles list the most likely cause first.
    if (first || score > best.score) best = { cause, score, agreeing };
    first = false;
  }
  return best;
}

function rankAll(articles: readonly TriageArticle[], answers: TriageAnswers, prepared: Prepared): Ranked[] {
  const { reading, text, textMax } = prepared;
  const codes = new Set(reading.codes);
  const checks = answers.checks ?? {};
  const ranked: Ranked[] = [];
  for (const article of articles) {
    const codeHits = [
      ...article.codes.filter((c) => codes.has(c)),
      ...article.misprints.filter((m) => reading.tokens.has(m.toLowerCase())),
    ];
    const onPlatform = !answers.platform || article.platforms.includes(answers.platform);
    // A code the user read off the screen is trusted over the platform they picked.
    const eligible = onPlatform || codeHits.length > 0;
    const whereHit = Boolean(answers.where && article.triage.where.includes(answers.where));
    const methodHit = Boolean(answers.method && article.triage.method.includes(answers.method));
    const best = bestCause(article, checks);
    const rawText = text.get(article.slug) ?? 0;
    const textPart = textMax > 0 && Number.isFinite(rawText) && rawText > 0 ? (W_TEXT * rawText) / textMax : 0;
    const score =
      W_CODE * codeHits.length + (whereHit ? W_WHERE : 0) + (methodHit ? W_METHOD : 0) + W_CHECK * best.score + textPart;
    const signals =
      codeHits.length +
      (whereHit ? 1 : 0) +
      (methodHit ? 1 : 0) +
      best.agreeing.length +
      (textPart > 0 ? 1 : 0) +
      (answers.platform && onPlatform ? 1 : 0);
    ranked.push({
      article,
      eligible,
      codeHits,
      score: Math.round(score * 1e6) / 1e6,
      signals,
      cause: best.cause,
      agreeingChecks: best.agreeing,
      whereHit,
      methodHit,
      textHit: textPart > 0,
      onPlatform,
    });
  }
  return ranked.sort(compareRanked);
}

function compareRanked(a: Ranked, b: Ranked): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  if (a.signals !== b.signals) return b.signals - a.signals;
  const t = a.article.title.localeCompare(b.article.title, 'en');
  if (t) return t;
  return a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0;
}

function reasonsFor(r: Ranked, answers: TriageAnswers, questions: TriageQuestions, labels: Labels): string[] {
  const reasons: string[] = [];
  if (answers.platform && r.onPlatform) reasons.push(shortLabel(labels.option('platform', answers.platform)));
  for (const c of r.codeHits) reasons.push(`code ${c}`);
  if (r.whereHit && answers.where) reasons.push(shortLabel(labels.option('where', answers.where)));
  if (r.methodHit && answers.method) reasons.push(shortLabel(labels.option('method', answers.method)));
  const checkOrder = questions.questions.find((q) => q.id === 'checks')?.options.map((o) => o.id) ?? [];
  const agreeing = [...r.agreeingChecks].sort((x, y) => checkOrder.indexOf(x) - checkOrder.indexOf(y));
  for (const id of agreeing) reasons.push(`${labels.option('checks', id)} ${answers.checks[id] === 'yes' ? 'Yes' : 'No'}`);
  if (r.textHit) reasons.push('Words from your message');
  return reasons;
}

export function scoreTriage(
  articles: TriageArticle[],
  answers: TriageAnswers,
  questions: TriageQuestions,
  opts?: ScoreOptions,
): TriageOutcome {
  const safeAnswers: TriageAnswers = { ...answers, checks: answers.checks ?? {} };
  const prepared = prepare(articles, safeAnswers, opts);
  const { codes, unknownCodes } = prepared.reading;
  if (!hasEvidence(safeAnswers)) return { results: [], codes, unknownCodes, matchedNothing: false };

  const rawLimit = opts?.limit;
  const limit = rawLimit === undefined || Number.isNaN(rawLimit) ? DEFAULT_LIMIT : Math.max(0, Math.floor(rawLimit));
  const labels = labelsOf(questions);
  const positive = rankAll(articles, safeAnswers, prepared).filter((r) => r.eligible && r.score > 0);
  const results = positive.slice(0, limit).map(
    (r): TriageResult => ({
      slug: r.article.slug,
      title: r.article.title,
      url: r.article.url,
      anchor: r.cause?.id ?? null,
      causeTitle: r.cause?.title ?? null,
      score: r.score,
      reasons: reasonsFor(r, safeAnswers, questions, labels),
    }),
  );
  return { results, codes, unknownCodes, matchedNothing: positive.length === 0 };
}

/* ------------------------------------------------------------ which questions still matter */

type Variant = { key: string; apply: (a: TriageAnswers) => TriageAnswers };

function without(a: TriageAnswers, question: string, checkId?: string): TriageAnswers {
  const copy: TriageAnswers = { ...a, checks: { ...(a.checks ?? {}) } };
  if (question === 'checks') {
    if (checkId) delete copy.checks[checkId];
  } else delete (copy as unknown as Record<string, unknown>)[question];
  return copy;
}

/**
 * Whether some answer to one question would order the remaining candidates (or
 * pick their causes) differently from another answer. Candidates are what the
 * other answers already point at: the code matches if any, else the articles
 * with a positive score, else everything on the platform.
 */
function changesRanking(
  articles: readonly TriageArticle[],
  base: TriageAnswers,
  variants: Variant[],
  prepared: Prepared,
): boolean {
  const baseRank = rankAll(articles, base, prepared).filter((r) => r.eligible);
  let candidates = baseRank;
  if (candidates.some((r) => r.codeHits.length)) candidates = candidates.filter((r) => r.codeHits.length);
  else if (candidates.some((r) => r.score > 0)) candidates = candidates.filter((r) => r.score > 0);
  if (!candidates.length) return false;
  const inPlay = new Set(candidates.map((r) => r.article.slug));
  let seen: string | null = null;
  for (const v of variants) {
    const signature = rankAll(articles, v.apply(base), prepared)
      .filter((r) => r.eligible && inPlay.has(r.article.slug))
      .map((r) => `${r.article.slug}#${r.cause?.id ?? ''}`)
      .join(' ');
    if (seen === null) seen = signature;
    else if (signature !== seen) return true;
  }
  return false;
}

/** Check ids (options of the `checks` question) whose answer can still change the ranking or the likely cause. */
export function relevantChecks(articles: TriageArticle[], answers: TriageAnswers, questions: TriageQuestions): string[] {
  const safe: TriageAnswers = { ...answers, checks: answers.checks ?? {} };
  const prepared = prepare(articles, safe);
  const q = questions.questions.find((x) => x.id === 'checks');
  if (!q) return [];
  // A check no article mentions cannot matter; skipping it saves three rankings.
  const used = new Set(articles.flatMap((a) => a.causes.flatMap((c) => Object.keys(c.when ?? {}))));
  return q.options
    .map((o) => o.id)
    .filter((id) => used.has(id))
    .filter((id) => {
      const base = without(safe, 'checks', id);
      const variants: Variant[] = [
        { key: 'unset', apply: (a) => a },
        { key: 'yes', apply: (a) => ({ ...a, checks: { ...a.checks, [id]: 'yes' } }) },
        { key: 'no', apply: (a) => ({ ...a, checks: { ...a.checks, [id]: 'no' } }) },
      ];
      return changesRanking(articles, base, variants, prepared);
    });
}

/**
 * Ids of the questions whose answer can still change the ranking, in the order of
 * the questions. `who` never does (it only changes wording), so the UI asks it on
 * its own terms; `text` always can (a code in it overrides everything else).
 * Each question is judged against the other answers, so answering it does not
 * hide it.
 */
export function relevantQuestions(articles: TriageArticle[], answers: TriageAnswers, questions: TriageQuestions): string[] {
  const safe: TriageAnswers = { ...answers, checks: answers.checks ?? {} };
  const prepared = prepare(articles, safe);
  const out: string[] = [];
  for (const q of questions.questions) {
    if (q.id === 'text') {
      if (articles.length) out.push(q.id);
    } else if (q.id === 'checks') {
      if (relevantChecks(articles, safe, questions).length) out.push(q.id);
    } else if (q.id === 'platform' || q.id === 'where' || q.id === 'method') {
      const key = q.id;
      const variants: Variant[] = q.options.map((o) => ({ key: o.id, apply: (a) => ({ ...a, [key]: o.id }) }));
      if (changesRanking(articles, without(safe, key), variants, prepared)) out.push(q.id);
    }
  }
  return out;
}
