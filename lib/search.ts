/**
 * Search over the error articles: error codes in any spelling, misprinted codes,
 * on-screen message fragments, and the words people type (with typos, British
 * spelling, abbreviations and old product names).
 *
 * Pure TypeScript: runs in the browser (over the JSON index the site serves) and
 * in Node (tests, benchmarks). Everything that depends only on the documents is
 * computed once in createSearcher, so a keystroke costs a few hash lookups and a
 * walk over the postings of the query's words, never a scan of every document.
 */
import Fuse from 'fuse.js';
import { extractCodes, parseCodeCandidates, type Code } from './code-spellings';
import { SYNONYM_GROUPS } from './synonyms';
import { PLATFORM_LABELS, STAGE_LABELS } from './taxonomy';

/* -------------------------------------------------------------------- types */

/** One article as the browser receives it: only the fields search reads, no body. */
export interface SearchDoc {
  slug: string;
  title: string;
  codes: string[];
  misprints: string[];
  messages: string[];
  summary: string;
  terms: string[];
  platforms: string[];
  stage: string;
}

export interface SearchHit {
  slug: string;
  title: string;
  codes: string[];
  /** 'code': the query holds one of this article's codes (or misprints); 'similar-code': a near miss of one. */
  kind: 'code' | 'similar-code' | 'text';
  /** Higher is better; hits come sorted by it (code hits > 2, text hits in (1, 2), similar-code hits < 1). */
  score: number;
  /** The article's code (or misprint) the query matched, for 'code' and 'similar-code' hits. */
  matchedCode?: string;
  /** Ranges are [start, end) offsets into text, for the UI to wrap as text nodes (never as HTML). */
  snippet: { text: string; highlights: [number, number][] };
  /** The article's words the query matched, after typo correction and synonyms. */
  matchedTerms: string[];
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Canonical codes read from the query. */
  codes: string[];
  /** Canonical codes in the query that no article has (and that are not a known misprint). */
  unknownCodes: string[];
  /** Misprinted codes (as the articles list them) that the query matched. */
  misprintHits: string[];
}

export interface SearchOptions {
  /** Maximum number of hits; default 20. */
  limit?: number;
}

export interface Searcher {
  search(query: string, opts?: SearchOptions): SearchResponse;
  readonly size: number;
}

interface ErrorLike {
  slug: string;
  title: string;
  codes: string[];
  misprints: string[];
  messages: string[];
  summary: string;
  searchTerms: string[];
  platforms: readonly string[];
  stage: string;
}

/* -------------------------------------------------------------- index shape */

/** The static index the site serves. Article bodies stay out to keep it small. */
export function toSearchDocs(errors: readonly ErrorLike[]): SearchDoc[] {
  return errors.map((e) => ({
    slug: e.slug,
    title: e.title,
    codes: [...e.codes],
    misprints: [...(e.misprints ?? [])],
    messages: [...e.messages],
    summary: e.summary,
    // A term that is nothing but a code spelling adds bytes and no recall: the code path already knows every spelling.
    terms: (e.searchTerms ?? []).filter((t) => tokenize(fold(t)).stems.length > 0),
    platforms: [...e.platforms],
    stage: e.stage,
  }));
}

/* ---------------------------------------------------------- text handling */

const QUERY_TEXT_MAX = 500;
// Pasted log excerpts can be long; codes are still looked for in this much of them.
const QUERY_CODES_MAX = 20_000;
const MAX_QUERY_TERMS = 12;
const DEFAULT_LIMIT = 20;
const SNIPPET_MAX = 160;

const STOPWORDS = new Set(
  (
    'a an the to of and or in on at by for from with as is are was were be been being it its this that these those ' +
    'your you yours i me my we our us they them their he she his her can could will would should may might must ' +
    'has have had do does did if so than then there here when which who whom what how into onto about ' +
    'but also just very some any each such only other via per etc please'
  ).split(' '),
);

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019\u2018`\u00b4]/g;

/** Case, accents and apostrophes folded away ("Can’t" and "cant" are one word). */
function fold(s: string): string {
  const t = NON_ASCII.test(s) ? s.normalize('NFKD').replace(MARKS, '') : s;
  return t.toLowerCase().replace(APOSTROPHES, '');
}

// Words repeat endlessly across articles and keystrokes; stem each spelling once.
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

/**
 * A light suffix stripper: enough that "enrolled", "enrolling" and "enrollment"
 * meet, while staying predictable (a word is never cut below four letters).
 */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  let s = stemCache.get(w);
  if (s === undefined) {
    s = stemUncached(w);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(w, s);
  }
  return s;
}

function stemUncached(w: string): string {
  if (!/^[a-z]+$/.test(w)) return w;
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is|os)$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 8 && s.endsWith('ment')) s = s.slice(0, -4);
  else if (s.length >= 7 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length >= 6 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length >= 5 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

const CODE_PREFIXED = /^(?:0x[0-9a-f]*[lu]{0,3}|aadsts\d+|\d{5,})$/;
const HEX_RUN = /^[0-9a-f]{5,}$/;
const TWO_DIGITS = /\d\D*\d/;

/**
 * Tokens that read as error codes. They are kept out of word matching entirely:
 * codes have their own exact path, and a fuzzy matcher would happily call
 * 0x80180013 a typo of 0x80180003.
 */
function isCodeLike(t: string): boolean {
  return CODE_PREFIXED.test(t) || (HEX_RUN.test(t) && TWO_DIGITS.test(t));
}

const HAS_DIGIT = /\d/;
const AADSTS_WORD = /^aadsts\d/;
const AADSTS_STEM = stem('aadsts');
const SHORT_NUMBER = /^\d{1,4}$/;
const WORD_RUN = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;
const JOINERS = /[-_.]/;

interface Tokens {
  /** Stems in reading order (phrases are matched on this). */
  stems: string[];
  /** The folded word each stem came from. */
  surfaces: string[];
  /** Hyphenated and dotted compounds written as one word ("sign-in" → "signin"). */
  joined: string[];
  joinedSurfaces: string[];
  /** True when the last stem's word runs to the very end of the text (it may still be being typed). */
  lastAtEnd: boolean;
}

function tokenize(folded: string): Tokens {
  const out: Tokens = { stems: [], surfaces: [], joined: [], joinedSurfaces: [], lastAtEnd: false };
  for (const m of folded.matchAll(WORD_RUN)) {
    const run = m[0];
    const atEnd = m.index + run.length === folded.length;
    const parts = JOINERS.test(run) ? run.split(JOINERS) : [run];
    let codeInside = false;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      out.lastAtEnd = false;
      if (isCodeLike(p)) {
        codeInside = true;
        // "AADSTS240001" still says what kind of error it is: keep the word, drop the number.
        if (AADSTS_WORD.test(p)) {
          out.stems.push(AADSTS_STEM);
          out.surfaces.push('aadsts');
        }
        continue;
      }
      if ((p.length < 2 && !HAS_DIGIT.test(p)) || STOPWORDS.has(p)) continue;
      out.stems.push(stem(p));
      out.surfaces.push(p);
      out.lastAtEnd = atEnd && i === parts.length - 1;
    }
    if (parts.length > 1 && !codeInside) {
      const j = parts.join('');
      if (j.length <= 40) {
        out.joined.push(stem(j));
        out.joinedSurfaces.push(j);
      }
    }
  }
  return out;
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Text reduced to words separated by single spaces, for phrase containment. */
function phraseNorm(s: string): string {
  return fold(s).replace(NON_WORD, ' ').trim();
}

/* ---------------------------------------------------------------- synonyms */

interface SynPhrase {
  seq: string[];
  group: number;
}

interface SynonymTable {
  byFirst: Map<string, SynPhrase[]>;
  /** Every stem (and its surface) a group contributes to a document that mentions it. */
  groupStems: { stem: string; surface: string }[][];
}

function buildSynonyms(groups: readonly (readonly string[])[]): SynonymTable {
  const byFirst = new Map<string, SynPhrase[]>();
  const groupStems: { stem: string; surface: string }[][] = [];
  groups.forEach((phrases, g) => {
    const seen = new Set<string>();
    const stems: { stem: string; surface: string }[] = [];
    const add = (s: string, surface: string) => {
      if (!seen.has(s)) {
        seen.add(s);
        stems.push({ stem: s, surface });
      }
    };
    for (const phrase of phrases) {
      const t = tokenize(fold(phrase));
      t.stems.forEach((s, i) => add(s, t.surfaces[i]!));
      t.joined.forEach((s, i) => add(s, t.joinedSurfaces[i]!));
      const seqs = [t.stems, ...t.joined.map((j) => [j])];
      for (const seq of seqs) {
        if (!seq.length) continue;
        const list = byFirst.get(seq[0]!) ?? [];
        list.push({ seq, group: g });
        byFirst.set(seq[0]!, list);
      }
    }
    groupStems.push(stems);
  });
  return { byFirst, groupStems };
}

const SYNONYMS = buildSynonyms(SYNONYM_GROUPS);

/** Groups whose phrases occur in a stem sequence. */
function synonymGroupsIn(stems: readonly string[], joined: readonly string[], found: (g: number) => void) {
  const scan = (seq: readonly string[]) => {
    for (let i = 0; i < seq.length; i++) {
      const list = SYNONYMS.byFirst.get(seq[i]!);
      if (!list) continue;
      for (const p of list) {
        if (i + p.seq.length > seq.length) continue;
        let ok = true;
        for (let k = 1; k < p.seq.length; k++) {
          if (seq[i + k] !== p.seq[k]) {
            ok = false;
            break;
          }
        }
        if (ok) found(p.group);
      }
    }
  };
  scan(stems);
  scan(joined);
}

/* ------------------------------------------------------------ word matching */

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early above max. */
function osaDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

function deletions(w: string, into: Set<string>) {
  for (let i = 0; i < w.length; i++) into.add(w.slice(0, i) + w.slice(i + 1));
}

const LETTERS_ONLY = /^\p{L}+$/u;
const FUZZY_MIN = 4;
const FUSE_WORD_OPTIONS = { ignoreLocation: true, threshold: 0.6, isCaseSensitive: true } as const;

/* ------------------------------------------------------------------ scoring */

const F_TITLE = 0;
const F_MESSAGE = 1;
const F_TERM = 2;
const F_SYN = 3;
const F_SUMMARY = 4;
const F_META = 5;
const FIELD_WEIGHT = [3, 2.5, 2, 0, 1, 0.6];
// A synonym is a little weaker than the words it stands for, wherever those appear.
const SYN_FACTOR = 0.8;
// Appearing in several fields (title and summary, say) is worth a little more than one.
const EXTRA_FIELD_BONUS = 0.15;
const TITLE_PHRASE_BONUS = 1.5;
const MESSAGE_PHRASE_BONUS = 1.3;
const COVERAGE_POWER = 1.5;
// Text hits scoring under this share of the best one are noise (one weak fuzzy word of many).
const RELATIVE_CUTOFF = 0.1;
const KNOWN_WORD_FUZZY_FACTOR = 0.5;
const MAX_EXPANSIONS = 12;
const MAX_PREFIX_EXPANSIONS = 12;
const PREFIX_SCAN_MAX = 4096;
const CACHE_MAX = 4000;

interface Expansion {
  stem: number;
  sim: number;
}

interface QueryTerm {
  stem: string;
  surface: string;
  partial: boolean;
}

/** Scores in different tiers never overlap, so one number orders every hit. */
function relevance(raw: number): number {
  return raw / (raw + 10);
}

interface CodeMatch {
  code: string;
  /** Lower is a closer near miss. */
  rank: number;
}

/* ----------------------------------------------------------------- searcher */

/**
 * Builds everything a query needs, once:
 * - an inverted index, stem → (article, weight), where the weight is the best field
 *   the word appears in (title > message > search term > synonym > summary > labels);
 * - the vocabulary, for typos (a deletion index finds words one edit or swap away,
 *   fuse.js grades them) and for the half-typed last word (sorted, binary search);
 * - code, misprint and near-miss maps.
 * A query then walks only the postings of its own words (and their corrections).
 */
export function createSearcher(docs: readonly SearchDoc[]): Searcher {
  const n = docs.length;

  // Deterministic order for ties: title, then slug, by code unit (not locale-dependent).
  const byTitle = docs.map((_, i) => i);
  byTitle.sort((a, b) => cmp(docs[a]!.title, docs[b]!.title) || cmp(docs[a]!.slug, docs[b]!.slug) || a - b);
  const order = new Int32Array(n);
  byTitle.forEach((d, rank) => (order[d] = rank));

  /* vocabulary and postings */
  const stemIds = new Map<string, number>();
  const stemList: string[] = [];
  const stemSurface: string[] = [];
  const postingDocs: number[][] = [];
  const postingWeights: number[][] = [];
  const surfaceToStem = new Map<string, number>();

  const idOf = (s: string, surface: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stemList.length;
      stemIds.set(s, id);
      stemList.push(s);
      stemSurface.push(surface);
      postingDocs.push([]);
      postingWeights.push([]);
    }
    if (!surfaceToStem.has(surface)) surfaceToStem.set(surface, id);
    return id;
  };

  // Search terms and labels repeat across articles ("Intune PC client", "Windows"):
  // tokenize each distinct text once, straight to stem ids.
  const textMemo = new Map<string, { ids: number[]; groups: number[] }>();
  const textIds = (text: string) => {
    let t = textMemo.get(text);
    if (!t) {
      const tk = tokenize(fold(text));
      const ids = tk.stems.map((s, i) => idOf(s, tk.surfaces[i]!));
      tk.joined.forEach((s, i) => ids.push(idOf(s, tk.joinedSurfaces[i]!)));
      const groups: number[] = [];
      synonymGroupsIn(tk.stems, tk.joined, (g) => {
        if (!groups.includes(g)) groups.push(g);
      });
      t = { ids, groups };
      textMemo.set(text, t);
    }
    return t;
  };
  const groupIds: (number[] | undefined)[] = [];
  const idsOfGroup = (g: number) =>
    (groupIds[g] ??= SYNONYMS.groupStems[g]!.map(({ stem: s, surface }) => idOf(s, surface)));
  const normMemo = new Map<string, string>();
  const normOf = (text: string) => {
    let v = normMemo.get(text);
    if (v === undefined) normMemo.set(text, (v = phraseNorm(text)));
    return v;
  };

  // Per-document scratch, indexed by stem id and reset after each document, so the
  // build allocates per distinct text rather than per document.
  let bestW = new Float64Array(1024);
  let fieldMask = new Int32Array(1024);
  const docStems: number[] = [];
  const groupW = new Float64Array(SYNONYMS.groupStems.length);
  const docGroups: number[] = [];
  const put = (id: number, field: number, w: number) => {
    if (id >= bestW.length) {
      const grownW = new Float64Array(bestW.length * 2);
      grownW.set(bestW);
      bestW = grownW;
      const grownM = new Int32Array(fieldMask.length * 2);
      grownM.set(fieldMask);
      fieldMask = grownM;
    }
    if (fieldMask[id] === 0) docStems.push(id);
    if (bestW[id]! < w) bestW[id] = w;
    fieldMask[id]! |= 1 << field;
  };
  const addText = (text: string, field: number) => {
    if (!text) return;
    const t = textIds(text);
    const w = FIELD_WEIGHT[field]!;
    for (const id of t.ids) put(id, field, w);
    for (const g of t.groups) {
      if (groupW[g] === 0) docGroups.push(g);
      if (groupW[g]! < w) groupW[g] = w;
    }
  };

  const titleNorm: string[] = [];
  const messagesNorm: string[] = [];

  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    addText(str(doc.title), F_TITLE);
    for (const m of arr(doc.messages)) addText(str(m), F_MESSAGE);
    for (const t of arr(doc.terms)) addText(str(t), F_TERM);
    addText(str(doc.summary), F_SUMMARY);
    addText(arr(doc.platforms).map((p) => labelOf(PLATFORM_LABELS, str(p))).join(' . '), F_META);
    addText(labelOf(STAGE_LABELS, str(doc.stage)), F_META);

    for (const g of docGroups) {
      for (const id of idsOfGroup(g)) put(id, F_SYN, groupW[g]! * SYN_FACTOR);
      groupW[g] = 0;
    }
    docGroups.length = 0;
    for (const id of docStems) {
      postingDocs[id]!.push(d);
      postingWeights[id]!.push(bestW[id]! + EXTRA_FIELD_BONUS * (popcount(fieldMask[id]!) - 1));
      bestW[id] = 0;
      fieldMask[id] = 0;
    }
    docStems.length = 0;

    titleNorm.push(normOf(str(doc.title)));
    // Search terms join the messages here: "ESP timeout" written as a term is a phrase people type.
    messagesNorm.push([...arr(doc.messages), ...arr(doc.terms)].map((m) => normOf(str(m))).join(' \u0000 '));
  }

  const vocab = stemList.length;
  const pDocs = postingDocs.map((p) => Int32Array.from(p));
  const pWeights = postingWeights.map((p) => Float32Array.from(p));
  const idf = new Float64Array(vocab);
  for (let i = 0; i < vocab; i++) {
    const df = pDocs[i]!.length;
    idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  // Sorted surfaces for the prefix path (the last word of a query may be half typed).
  const surfaces = [...surfaceToStem.keys()].filter((s) => !HAS_DIGIT.test(s)).sort(cmp);
  const surfaceStem = Int32Array.from(surfaces, (s) => surfaceToStem.get(s)!);

  // Deletion neighbourhoods (one deletion per side) find every vocabulary word within
  // one edit or one swap of a query word with a few hash lookups, however big the
  // vocabulary; fuse.js then grades that short list.
  const deletionIndex = new Map<string, number[]>();
  const addDeletion = (key: string, id: number) => {
    const list = deletionIndex.get(key);
    if (!list) deletionIndex.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  for (let id = 0; id < vocab; id++) {
    const s = stemList[id]!;
    if (s.length < FUZZY_MIN - 1 || !LETTERS_ONLY.test(s)) continue;
    addDeletion(s, id);
    if (s.length >= FUZZY_MIN) {
      const dels = new Set<string>();
      deletions(s, dels);
      for (const k of dels) addDeletion(k, id);
    }
  }

  /* codes */
  const codeDocs = new Map<string, number[]>();
  const misprintDocs = new Map<string, { docs: number[]; spelling: string }>();
  const zeroless = new Map<string, string[]>();
  const pushTo = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  for (let d = 0; d < n; d++) {
    for (const c of arr(docs[d]!.codes)) {
      const code = str(c);
      pushTo(codeDocs, code, d);
      if (code.startsWith('0x')) pushTo(zeroless, code.slice(2).replace(/0/g, ''), code);
    }
    for (const m of arr(docs[d]!.misprints)) {
      const key = str(m).trim().toLowerCase();
      if (!key) continue;
      const entry = misprintDocs.get(key) ?? { docs: [], spelling: str(m).trim() };
      if (!entry.docs.includes(d)) entry.docs.push(d);
      misprintDocs.set(key, entry);
    }
  }

  /* per-query scratch space, reused so a keystroke allocates little */
  const acc = new Float64Array(n);
  const termBest = new Float64Array(n);
  const matched = new Uint16Array(n);
  const touched = new Int32Array(n);
  const termTouched = new Int32Array(n);
  const cache = new Map<string, Expansion[]>();
  // A text's words don't depend on the query; the same articles come back keystroke after keystroke.
  const snippetCache = new Map<string, SnippetTokens>();
  const snippetTokensOf = (text: string): SnippetTokens => {
    let t = snippetCache.get(text);
    if (!t) {
      t = snippetTokens(text);
      if (snippetCache.size >= CACHE_MAX) snippetCache.clear();
      snippetCache.set(text, t);
    }
    return t;
  };

  function expand(term: QueryTerm): Expansion[] {
    const key = (term.partial ? 'p\u0000' : 'w\u0000') + term.stem + '\u0000' + term.surface;
    const hit = cache.get(key);
    if (hit) return hit;
    const sims = new Map<number, number>();
    const offer = (id: number, sim: number) => {
      if ((sims.get(id) ?? 0) < sim) sims.set(id, sim);
    };
    const exact = stemIds.get(term.stem);
    if (exact !== undefined) offer(exact, 1);

    // Digits are never fuzzy: "win32" or "1803" match themselves or nothing.
    if (!HAS_DIGIT.test(term.stem)) {
      if (term.stem.length >= FUZZY_MIN && LETTERS_ONLY.test(term.stem)) {
        const q = term.stem;
        const maxEdits = q.length >= 7 ? 2 : 1;
        const keys = new Set<string>([q]);
        deletions(q, keys);
        if (q.length >= 8) for (const k of [...keys]) if (k.length === q.length - 1) deletions(k, keys);
        const candidates = new Set<number>();
        for (const k of keys) for (const id of deletionIndex.get(k) ?? []) candidates.add(id);
        candidates.delete(exact ?? -1);
        for (const id of candidates) {
          const cand = stemList[id]!;
          if (osaDistance(q, cand, maxEdits) > maxEdits) continue;
          const graded = Fuse.match(q, cand, FUSE_WORD_OPTIONS);
          if (!graded.isMatch) continue;
          const lengthPenalty = 1 - 0.05 * Math.abs(q.length - cand.length);
          // A word the index knows as typed is probably not a typo ("white" is not "while").
          const knownWord = exact === undefined ? 1 : KNOWN_WORD_FUZZY_FACTOR;
          offer(id, 0.8 * (1 - (graded.score ?? 1)) * lengthPenalty * knownWord);
        }
      }
      if (term.partial && term.surface.length >= 2) {
        const p = term.surface;
        const found: { id: number; sim: number }[] = [];
        const seen = new Set<number>();
        let i = lowerBound(surfaces, p);
        for (let scanned = 0; i < surfaces.length && scanned < PREFIX_SCAN_MAX; i++, scanned++) {
          const s = surfaces[i]!;
          if (!s.startsWith(p)) break;
          const id = surfaceStem[i]!;
          if (id === exact || seen.has(id)) continue;
          seen.add(id);
          found.push({ id, sim: 0.55 + (0.4 * p.length) / s.length });
        }
        found.sort((a, b) => pDocs[b.id]!.length - pDocs[a.id]!.length || a.id - b.id);
        for (const f of found.slice(0, MAX_PREFIX_EXPANSIONS)) offer(f.id, f.sim);
      }
    }
    const result = [...sims]
      .map(([stemId, sim]) => ({ stem: stemId, sim }))
      .sort((a, b) => b.sim - a.sim || a.stem - b.stem)
      .slice(0, MAX_EXPANSIONS + (term.partial ? MAX_PREFIX_EXPANSIONS : 0));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, result);
    return result;
  }

  function postingWeight(stemId: number, d: number): number {
    const p = pDocs[stemId]!;
    let lo = 0;
    let hi = p.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = p[mid]!;
      if (v === d) return pWeights[stemId]![mid]!;
      if (v < d) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  function phraseBonus(d: number, phrase: string): number {
    if (!phrase) return 1;
    if (titleNorm[d]!.includes(phrase)) return TITLE_PHRASE_BONUS;
    if (messagesNorm[d]!.includes(phrase)) return MESSAGE_PHRASE_BONUS;
    return 1;
  }

  /** Text relevance of the best `keep` documents the query words touch. */
  function scoreText(
    terms: QueryTerm[],
    phrase: string,
    keep: number,
  ): { docs: number[]; scores: Map<number, number>; expansions: Expansion[][] } {
    const expansions = terms.map(expand);
    let touchedCount = 0;
    for (const exps of expansions) {
      let tc = 0;
      for (const e of exps) {
        const ds = pDocs[e.stem]!;
        const ws = pWeights[e.stem]!;
        const f = e.sim * idf[e.stem]!;
        for (let k = 0; k < ds.length; k++) {
          const d = ds[k]!;
          const s = f * ws[k]!;
          const prev = termBest[d]!;
          if (prev === 0) termTouched[tc++] = d;
          if (s > prev) termBest[d] = s;
        }
      }
      for (let k = 0; k < tc; k++) {
        const d = termTouched[k]!;
        if (matched[d] === 0) touched[touchedCount++] = d;
        acc[d] = acc[d]! + termBest[d]!;
        matched[d] = matched[d]! + 1;
        termBest[d] = 0;
      }
    }

    const q = terms.length;
    // Only the best few need the phrase check: a doc holding the whole phrase in its
    // title or a message already scores near the top on the words alone.
    const heap = new TopK(keep, order);
    for (let k = 0; k < touchedCount; k++) {
      const d = touched[k]!;
      const s = acc[d]! * Math.pow(matched[d]! / q, COVERAGE_POWER);
      heap.offer(d, s);
    }
    const scores = new Map<number, number>();
    for (let k = 0; k < touchedCount; k++) {
      const d = touched[k]!;
      acc[d] = 0;
      matched[d] = 0;
    }
    for (const [d, s] of heap.entries()) scores.set(d, s * phraseBonus(d, phrase));
    return { docs: [...scores.keys()], scores, expansions };
  }

  /** Text score of specific documents (code hits outside the text top-K still need ordering). */
  function scoreDoc(d: number, expansions: Expansion[][], phrase: string): number {
    if (!expansions.length) return 0;
    let total = 0;
    let hits = 0;
    for (const exps of expansions) {
      let bestTerm = 0;
      for (const e of exps) {
        const w = postingWeight(e.stem, d);
        if (w) bestTerm = Math.max(bestTerm, e.sim * idf[e.stem]! * w);
      }
      if (bestTerm > 0) {
        total += bestTerm;
        hits++;
      }
    }
    return total * Math.pow(hits / expansions.length, COVERAGE_POWER) * (hits ? phraseBonus(d, phrase) : 1);
  }

  function matchedStems(d: number, expansions: Expansion[][]): number[] {
    const out: number[] = [];
    for (const exps of expansions) {
      for (const e of exps) {
        if (postingWeight(e.stem, d)) {
          if (!out.includes(e.stem)) out.push(e.stem);
          break;
        }
      }
    }
    return out;
  }

  function search(query: string, opts?: SearchOptions): SearchResponse {
    const input = typeof query === 'string' ? query : '';
    const response: SearchResponse = { query: input, hits: [], codes: [], unknownCodes: [], misprintHits: [] };
    const limit = clampLimit(opts?.limit);

    /* codes */
    const codeText = input.length > QUERY_CODES_MAX ? input.slice(0, QUERY_CODES_MAX) : input;
    // A run of letters that happens to be hex ("add", "cafe", "decade") is a word unless
    // an article has exactly that code; it never counts as an unknown code.
    const found = extractCodes(codeText).filter(
      (f) => HAS_DIGIT.test(f.raw) || (f.code !== null && codeDocs.has(f.code.canonical)),
    );
    const codeHits = new Map<number, CodeMatch>();
    const similar = new Map<number, CodeMatch>();
    const codesSeen = new Set<string>();
    const noteCode = (c: string) => {
      if (!codesSeen.has(c)) {
        codesSeen.add(c);
        response.codes.push(c);
      }
    };
    const hitCode = (d: number, code: string) => {
      if (!codeHits.has(d)) codeHits.set(d, { code, rank: 0 });
    };

    // Misprints first: a misprint can also parse as some other (unknown) code.
    const misprintRaw = new Set<string>();
    const rawTokens = [...codeText.split(/\s+/), ...found.map((f) => f.raw)];
    for (const tok of rawTokens) {
      const key = tok.replace(/^[^0-9a-z&-]+|[^0-9a-z]+$/gi, '').toLowerCase();
      if (!key) continue;
      const entry = misprintDocs.get(key);
      if (!entry) continue;
      misprintRaw.add(key);
      if (!response.misprintHits.includes(entry.spelling)) response.misprintHits.push(entry.spelling);
      for (const d of entry.docs) hitCode(d, entry.spelling);
    }

    const groups: { codes: Code[]; raw: string; nearMiss: boolean }[] = [];
    const trimmed = input.trim();
    const singleToken = trimmed.length > 0 && trimmed.length <= 64 && !/\s/.test(trimmed);
    if (singleToken) {
      // One token alone is meant as a code, so every reading of it counts ("240001"
      // is AADSTS240001 or 0x00240001).
      let readings = parseCodeCandidates(trimmed);
      if (!HAS_DIGIT.test(trimmed)) readings = readings.filter((c) => codeDocs.has(c.canonical));
      if (readings.length) groups.push({ codes: readings, raw: trimmed, nearMiss: true });
    }
    for (const f of found) {
      if (f.code && !groups.some((g) => g.codes.some((c) => c.canonical === f.code!.canonical))) {
        groups.push({ codes: [f.code], raw: f.raw, nearMiss: true });
      }
    }
    if (!singleToken) {
      // In a sentence, a bare short token is a code only when it is one we know
      // ("error 240001 on join"), or plainly hex with digits ("801c3").
      const foundRaw = new Set(found.map((f) => f.raw.toLowerCase()));
      for (const tok of codeText.slice(0, QUERY_TEXT_MAX).split(/[\s,;()[\]{}"'<>]+/)) {
        const t = tok.replace(/[.:!?]+$/, '');
        if (!/^(?:[0-9]{5,7}|[0-9a-f]{3,7})$/i.test(t) || !HAS_DIGIT.test(t) || foundRaw.has(t.toLowerCase())) continue;
        const readings = parseCodeCandidates(t);
        const known = readings.filter((c) => codeDocs.has(c.canonical));
        if (known.length) groups.push({ codes: known, raw: t, nearMiss: false });
        else if (/[a-f]/i.test(t) && readings.length) groups.push({ codes: readings.slice(0, 1), raw: t, nearMiss: true });
      }
    }

    // "1903" alone may be a Win32 error or a Windows version; it is only called an
    // unknown code when no article mentions it as a word either.
    const weakUnknown = new Set<string>();
    for (const g of groups) {
      const rawIsMisprint = misprintRaw.has(g.raw.toLowerCase());
      const known = g.codes.filter((c) => codeDocs.has(c.canonical));
      if (known.length) {
        for (const c of known) {
          noteCode(c.canonical);
          for (const d of codeDocs.get(c.canonical)!) hitCode(d, c.canonical);
        }
        continue;
      }
      const c = g.codes[0]!;
      noteCode(c.canonical);
      if (rawIsMisprint) continue;
      if (!response.unknownCodes.includes(c.canonical)) response.unknownCodes.push(c.canonical);
      if (SHORT_NUMBER.test(g.raw)) weakUnknown.add(c.canonical);
      if (g.nearMiss) for (const [code, rank] of nearMisses(c)) for (const d of codeDocs.get(code)!) offerSimilar(d, code, rank);
    }

    // A code still being typed ("0x8018", "80cf04") is offered the known codes it begins,
    // so the helpdesk sees candidates before the last digit is in.
    if (singleToken && codeHits.size === 0) {
      const typed = /^(?:0x)?([0-9a-f]{3,7})$/i.exec(trimmed)?.[1];
      if (typed && HAS_DIGIT.test(typed)) {
        const prefix = `0x${typed.toUpperCase()}`;
        for (const [code, docs] of codeDocs) if (code.startsWith(prefix)) for (const d of docs) offerSimilar(d, code, -1);
      }
    }

    function offerSimilar(d: number, code: string, rank: number) {
      const prev = similar.get(d);
      if (!prev || rank < prev.rank) similar.set(d, { code, rank });
    }

    /* words */
    let text = input.length > QUERY_TEXT_MAX ? input.slice(0, QUERY_TEXT_MAX) : input;
    // Blank out the codes so their digits never reach word matching.
    for (const f of found) {
      // A short number is also a word: "3010" is a Win32 error people quote as is.
      if (f.index >= text.length || SHORT_NUMBER.test(f.raw)) continue;
      text = text.slice(0, f.index) + ' '.repeat(Math.min(f.raw.length, text.length - f.index)) + text.slice(f.index + f.raw.length);
    }
    const folded = fold(text);
    const toks = tokenize(folded);
    const terms: QueryTerm[] = [];
    const seenStems = new Set<string>();
    toks.stems.forEach((s, i) => {
      if (seenStems.has(s) || terms.length >= MAX_QUERY_TERMS) return;
      seenStems.add(s);
      terms.push({ stem: s, surface: toks.surfaces[i]!, partial: false });
    });
    if (toks.lastAtEnd && terms.length) {
      const lastStem = toks.stems[toks.stems.length - 1]!;
      const t = terms.find((x) => x.stem === lastStem);
      if (t) {
        t.partial = true;
        t.surface = toks.surfaces[toks.surfaces.length - 1]!;
      }
    }
    const fullPhrase = terms.length ? phraseNorm(text) : '';
    const phrase = fullPhrase.length >= 4 ? fullPhrase : '';
    const scored = terms.length
      ? scoreText(terms, phrase, Math.max(64, 2 * limit))
      : { docs: [] as number[], scores: new Map<number, number>(), expansions: [] as Expansion[][] };
    const textScore = (d: number) => scored.scores.get(d) ?? scoreDoc(d, scored.expansions, phrase);

    /* assemble: code hits, then text hits, then near misses */
    const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || order[a[0]]! - order[b[0]]!;
    const codeList = [...codeHits.keys()].map((d): [number, number] => [d, textScore(d)]).sort(byScore);
    let best = 0;
    for (const d of scored.docs) if (!codeHits.has(d)) best = Math.max(best, scored.scores.get(d)!);
    const textList = scored.docs
      .filter((d) => !codeHits.has(d) && scored.scores.get(d)! >= best * RELATIVE_CUTOFF)
      .map((d): [number, number] => [d, scored.scores.get(d)!])
      .sort(byScore);
    const inText = new Set(textList.map(([d]) => d));
    if (weakUnknown.size && textList.length) response.unknownCodes = response.unknownCodes.filter((c) => !weakUnknown.has(c));
    const similarList = [...similar.keys()]
      .filter((d) => !codeHits.has(d) && !inText.has(d))
      .map((d): [number, number, number] => [d, similar.get(d)!.rank, textScore(d)])
      .sort((a, b) => a[1] - b[1] || b[2] - a[2] || order[a[0]]! - order[b[0]]!);

    const make = (d: number, kind: SearchHit['kind'], score: number, code?: string): SearchHit => {
      const doc = docs[d]!;
      const stems = matchedStems(d, scored.expansions);
      const hit: SearchHit = {
        slug: doc.slug,
        title: doc.title,
        codes: arr(doc.codes).map(str),
        kind,
        score,
        snippet: snippetFor(doc, new Set(stems.map((id) => stemList[id]!)), codesToShow(doc, code), snippetTokensOf),
        matchedTerms: stems.map((id) => stemSurface[id]!),
      };
      if (code !== undefined) hit.matchedCode = code;
      return hit;
    };
    for (const [d, s] of codeList) {
      if (response.hits.length >= limit) break;
      response.hits.push(make(d, 'code', 2 + relevance(s), codeHits.get(d)!.code));
    }
    for (const [d, s] of textList) {
      if (response.hits.length >= limit) break;
      response.hits.push(make(d, 'text', 1 + relevance(s)));
    }
    similarList.forEach(([d, rank, s]) => {
      if (response.hits.length >= limit) return;
      response.hits.push(make(d, 'similar-code', (0.9 - 0.1 * Math.min(rank, 3)) * (0.5 + 0.5 * relevance(s)), similar.get(d)!.code));
    });
    return response;
  }

  /**
   * Known hex codes close to an unknown one, closest first: the same digits with
   * zeros dropped (a caller saying "801c3" for 0x801C0003), one hex digit off
   * (a misread digit), or the HRESULT wrapping a Win32 error number (1603 → 0x80070643).
   */
  function nearMisses(c: Code): [string, number][] {
    if (c.kind !== 'hresult') return [];
    const out = new Map<string, number>();
    const hex = c.canonical.slice(2);
    for (const code of zeroless.get(hex.replace(/0/g, '')) ?? []) if (code !== c.canonical) out.set(code, 0);
    if (c.value <= 0xffff) {
      const wrapped = '0x8007' + hex.slice(4);
      if (codeDocs.has(wrapped) && !out.has(wrapped)) out.set(wrapped, 0);
    }
    const digits = '0123456789ABCDEF';
    for (let i = 0; i < 8; i++) {
      for (const ch of digits) {
        if (ch === hex[i]) continue;
        const code = '0x' + hex.slice(0, i) + ch + hex.slice(i + 1);
        if (codeDocs.has(code) && !out.has(code)) out.set(code, 1);
      }
    }
    return [...out].sort((a, b) => a[1] - b[1] || cmp(a[0], b[0]));
  }

  function safeSearch(query: string, opts?: SearchOptions): SearchResponse {
    try {
      return search(query, opts);
    } catch {
      // Search sits under a text box: a bug here must cost one result list, not the page.
      acc.fill(0);
      termBest.fill(0);
      matched.fill(0);
      return { query: typeof query === 'string' ? query : '', hits: [], codes: [], unknownCodes: [], misprintHits: [] };
    }
  }

  return { search: safeSearch, size: n };
}

/* ----------------------------------------------------------------- snippets */

const SNIPPET_WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*(?:[-_.][\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)*/gu;

interface SnippetToken {
  stem: string;
  start: number;
  end: number;
}

interface SnippetTokens {
  parts: SnippetToken[];
  compounds: SnippetToken[];
  stems: Set<string>;
}

function snippetTokens(text: string): SnippetTokens {
  const parts: SnippetToken[] = [];
  const compounds: SnippetToken[] = [];
  for (const m of text.matchAll(SNIPPET_WORD)) {
    const run = m[0];
    let offset = m.index;
    const pieces = run.split(/([-_.])/);
    if (pieces.length > 1) compounds.push({ stem: stem(fold(run).replace(/[-_.]/g, '')), start: m.index, end: m.index + run.length });
    for (const piece of pieces) {
      if (piece.length > 1 || (piece.length === 1 && /[\p{L}\p{N}]/u.test(piece))) {
        const f = fold(piece);
        const key = AADSTS_WORD.test(f) ? AADSTS_STEM : isCodeLike(f) || STOPWORDS.has(f) ? '' : stem(f);
        if (key) parts.push({ stem: key, start: offset, end: offset + piece.length });
      }
      offset += piece.length;
    }
  }
  const stems = new Set(parts.map((p) => p.stem));
  for (const c of compounds) stems.add(c.stem);
  return { parts, compounds, stems };
}

/** The codes worth lighting up in a snippet: the one matched, or for a misprint the article's real ones. */
function codesToShow(doc: SearchDoc, code: string | undefined): string[] {
  if (code === undefined) return [];
  return /^(?:0x[0-9A-F]{8}|AADSTS\d+)$/.test(code) ? [code] : [code, ...arr(doc.codes).map(str)];
}

function snippetFor(
  doc: SearchDoc,
  stems: Set<string>,
  codes: string[],
  tokensOf: (text: string) => SnippetTokens,
): SearchHit['snippet'] {
  const candidates = [...arr(doc.messages).map(str), str(doc.summary)].filter(Boolean);
  let bestText = str(doc.summary);
  let bestRanges: [number, number][] = [];
  let bestScore = -1;
  const codeKeys = new Set(codes.map((c) => c.toLowerCase()));
  for (const text of candidates) {
    const ranges: [number, number][] = [];
    const keys = new Set<string>();
    let score = 0;
    if (codeKeys.size) {
      for (const f of extractCodes(text)) {
        if (codeKeys.has(f.code?.canonical.toLowerCase() ?? '') || codeKeys.has(f.raw.toLowerCase())) {
          ranges.push([f.index, f.index + f.raw.length]);
        }
      }
      if (ranges.length) score += 3;
    }
    if (stems.size) {
      const { parts, compounds, stems: present } = tokensOf(text);
      for (const c of compounds) {
        if (stems.has(c.stem)) {
          ranges.push([c.start, c.end]);
          keys.add(c.stem);
        }
      }
      for (const p of parts) {
        if (stems.has(p.stem)) {
          ranges.push([p.start, p.end]);
          keys.add(p.stem);
        }
      }
      // A word matched only through a synonym ("ESP" for "Enrollment Status Page"):
      // light up the phrase it stands for.
      for (let i = 0; i < parts.length; i++) {
        for (const ph of SYNONYMS.byFirst.get(parts[i]!.stem) ?? []) {
          if (!SYNONYMS.groupStems[ph.group]!.some((g) => stems.has(g.stem) && !present.has(g.stem))) continue;
          if (ph.seq.every((s, k) => parts[i + k]?.stem === s)) {
            ranges.push([parts[i]!.start, parts[i + ph.seq.length - 1]!.end]);
            keys.add('\u0000syn' + ph.group);
          }
        }
      }
      score += keys.size;
    }
    if (score > bestScore) {
      bestScore = score;
      bestText = text;
      bestRanges = ranges;
    }
  }
  return trimSnippet(bestText, mergeRanges(bestText, bestRanges));
}

/** Overlapping ranges become one, and so do words a single space apart: one <mark> per phrase. */
function mergeRanges(text: string, ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const touching = last && (r[0] <= last[1] || (r[0] - last[1] === 1 && text[last[1]] === ' '));
    if (last && touching) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function trimSnippet(text: string, ranges: [number, number][]): SearchHit['snippet'] {
  if (text.length <= SNIPPET_MAX) return { text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - 40);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_MAX);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_MAX / 2) end = space;
  } else {
    start = Math.max(0, Math.min(start, text.length - SNIPPET_MAX));
  }
  // Never cut a surrogate pair in half.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
  const lead = start > 0 ? '\u2026' : '';
  const tail = end < text.length ? '\u2026' : '';
  const shift = lead.length - start;
  const highlights: [number, number][] = [];
  for (const [a, b] of ranges) {
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (e > s) highlights.push([s + shift, e + shift]);
  }
  return { text: lead + text.slice(start, end).trim() + tail, highlights: adjustForTrim(text, start, end, lead, highlights) };
}

/** trim() above may drop leading spaces; keep the ranges pointing at the same characters. */
function adjustForTrim(text: string, start: number, end: number, lead: string, hl: [number, number][]): [number, number][] {
  const slice = text.slice(start, end);
  const dropped = slice.length - slice.trimStart().length;
  if (!dropped) return hl;
  return hl
    .map(([a, b]): [number, number] => [Math.max(lead.length, a - dropped), b - dropped])
    .filter(([a, b]) => b > a);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/* ------------------------------------------------------------------ helpers */

/** Keeps the k best (score, then tie order) of a stream. */
class TopK {
  private ids: number[] = [];
  private scores: number[] = [];
  constructor(
    private readonly k: number,
    private readonly order: Int32Array,
  ) {}

  /** True when a is worse than b (a min-heap on quality). */
  private worse(i: number, j: number): boolean {
    const si = this.scores[i]!;
    const sj = this.scores[j]!;
    if (si !== sj) return si < sj;
    return this.order[this.ids[i]!]! > this.order[this.ids[j]!]!;
  }

  private swap(i: number, j: number) {
    [this.ids[i], this.ids[j]] = [this.ids[j]!, this.ids[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(id: number, score: number) {
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      let i = this.ids.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && this.order[id]! > this.order[this.ids[0]!]!)) return;
    this.ids[0] = id;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.ids.length && this.worse(l, m)) m = l;
      if (r < this.ids.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  entries(): [number, number][] {
    return this.ids.map((id, i) => [id, this.scores[i]!]);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

function clampLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.floor(limit));
}

function labelOf(labels: Record<string, string>, key: string): string {
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key]! : key;
}

// The index arrives as JSON over the network; tolerate a field that is missing or mistyped.
function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
