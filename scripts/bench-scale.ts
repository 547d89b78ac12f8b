/**
 * Build-time scale benchmark: how long `npm run build` takes, and what it writes, with
 * N synthetic error articles shaped like the real ones.
 *
 *   npx tsx scripts/bench-scale.ts            # 1,000 articles
 *   npx tsx scripts/bench-scale.ts 200 1000   # several sizes in one go (growth rate)
 *   npx tsx scripts/bench-scale.ts 1000 --variant no-code-pages
 *   npx tsx scripts/bench-scale.ts 1000 --no-write
 *   npx tsx scripts/bench-scale.ts --report        # rewrite the docs from the recorded results
 *
 * Variants build a patched copy to measure what a part of the site costs, never the site
 * itself: `no-code-pages` drops app/code/ (the /code/<spelling>/ alias pages),
 * `canonical-code-pages` publishes one alias page per code (its canonical spelling) instead
 * of one per spelling.
 *
 * Budget: ≤ 90 s wall clock for 1,000 articles (content check + next build, cold, on this
 * machine); exit 1 when over. Results accumulate in .bench/scale-results.json and the
 * "## Scale" section of docs/benchmarks.md shows the latest row per size and variant.
 *
 * The real project is never built: the build runs in .bench/scale-project/, a copy of the
 * project's files, with CONTENT_DIR pointing at .bench/scale-content/, so the out/ and
 * .next/ other people are using stay untouched.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import matter from 'gray-matter';
import { mulberry32 } from './prng';
import { buildContent, ContentError, readContentDir } from '../lib/content';
import { errorFrontmatterSchema, type ErrorFrontmatter } from '../lib/schema';
import { codeUrlSegments } from '../lib/code-routes';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');
const PROJECT = path.join(BENCH, 'scale-project');
const CONTENT = path.join(BENCH, 'scale-content');
const SCALE_OUT = path.join(BENCH, 'scale-out');
const RESULTS = path.join(BENCH, 'scale-results.json');
const BUDGET_MS = 90_000;
const BUDGET_AT = 1000;
// A build that runs this long is far over budget; stop waiting and report it as such.
const HARD_TIMEOUT_MS = 20 * 60_000;
const VARIANTS = ['as-is', 'no-code-pages', 'canonical-code-pages'] as const;
type Variant = (typeof VARIANTS)[number];

/* ------------------------------------------------------------------ random */


/* ------------------------------------------------------------ the articles */

interface Template {
  slug: string;
  data: ErrorFrontmatter;
  body: string;
}

/** YAML reads an unquoted date as a Date; the schema wants the text. */
function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsWritten(v)]));
  return value;
}

/** Every real article whose frontmatter is valid on its own (a file mid-edit is skipped, not fatal). */
function loadTemplates(): Template[] {
  const raw = readContentDir(path.join(ROOT, 'content'));
  const out: Template[] = [];
  for (const f of raw.errors) {
    try {
      const parsed = matter(f.source);
      const data = errorFrontmatterSchema.safeParse(datesAsWritten(parsed.data));
      if (data.success) out.push({ slug: path.basename(f.file).replace(/\.mdx?$/, ''), data: data.data, body: parsed.content });
      else console.warn(`note: ${f.file} has invalid frontmatter; not used as a template`);
    } catch {
      console.warn(`note: ${f.file} does not parse; not used as a template`);
    }
  }
  if (!out.length) throw new Error('no valid article in content/errors to use as a template');
  return out;
}

const hex8 = (code: string) => (code.startsWith('0x') ? code.slice(2) : null);

/**
 * Rewrites links to other articles so they point at the copy of that article in the
 * same batch, or drops the link (keeping its text) when the copy does not exist.
 */
function rewriteLinks(body: string, counterpart: (slug: string) => string | null): string {
  const target = (href: string): string | null | undefined => {
    const m = /^\/errors\/([a-z0-9-]+)\/(#.*)?$/.exec(href);
    if (m) {
      const other = counterpart(m[1]!);
      return other ? `/errors/${other}/${m[2] ?? ''}` : null;
    }
    // Alias pages depend on codes that were all replaced; nothing sensible to point at.
    if (href.startsWith('/code/')) return null;
    return undefined;
  };
  return body
    .replace(/\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g, (whole, text: string, href: string) => {
      const t = target(href);
      if (t === undefined) return whole;
      return t === null ? text : `[${text}](${t})`;
    })
    .replace(/\bhref="([^"]+)"/g, (whole, href: string) => {
      const t = target(href);
      if (t === undefined) return whole;
      return `href="${t ?? '/errors/'}"`;
    });
}

/** Replaces the template's codes in free text with the new ones, keeping how each was written. */
function swapCodes(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const oldHex = hex8(from);
    const newHex = hex8(to) ?? to;
    if (oldHex) {
      out = out.replace(new RegExp(`(0x)?${oldHex}`, 'gi'), (m, prefix?: string) => {
        const digits = m === m.toLowerCase() ? newHex.toLowerCase() : newHex;
        return prefix ? `${prefix}${digits}` : digits;
      });
    } else {
      out = out.replace(new RegExp(from.replace(/^AADSTS/, 'AADSTS\\s?'), 'gi'), to);
    }
  }
  return out;
}

function generateContent(count: number, dir: string, seed: number): { codes: number; segments: number } {
  const templates = loadTemplates();
  const realCodes = new Set(templates.flatMap((t) => t.data.codes));
  const taken = new Set([...realCodes].flatMap(codeUrlSegments));
  const rand = mulberry32(seed);
  const digit = (first = false) => String(Math.floor(rand() * (first ? 9 : 10)) + (first ? 1 : 0));
  const hexLetter = () => 'ABCDEF'[Math.floor(rand() * 6)]!;
  /**
   * A new code shaped like `like`: same kind, same leading zeros, digits where it has digits and
   * letters where it has letters, same sign bit. That keeps the number of /code/ spellings per
   * code (5 to 8, from case, leading zeros and decimal forms) the same as in the real content.
   */
  const newCode = (like: string): string => {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 10_000) throw new Error(`cannot find an unused code shaped like ${like}`);
      let code: string;
      if (like.startsWith('AADSTS')) {
        const n = like.length - 6;
        code = 'AADSTS' + digit(true) + Array.from({ length: n - 1 }, () => digit()).join('');
      } else {
        const old = like.slice(2);
        const zeros = /^0*/.exec(old)![0].length;
        let h = '';
        for (let i = 0; i < 8; i++) {
          const c = old[i]!;
          if (i < zeros) h += '0';
          else if (i === 0) h += /[0-9]/.test(c) ? String(8 + Math.floor(rand() * 2)) : hexLetter(); // keep the sign bit
          else if (/[0-9]/.test(c)) h += i === zeros ? digit(true) : digit();
          else h += hexLetter();
        }
        code = `0x${h}`;
      }
      const segments = codeUrlSegments(code);
      if (realCodes.has(code) || segments.some((s) => taken.has(s))) continue;
      for (const s of segments) taken.add(s);
      return code;
    }
  };

  const slugOf = (i: number) => `${templates[i % templates.length]!.slug}-v${Math.floor(i / templates.length) + 1}`;
  const index = new Map(templates.map((t, i) => [t.slug, i]));
  const counterpartIn = (batch: number) => (slug: string) => {
    const i = index.get(slug);
    if (i === undefined) return null;
    const n = batch * templates.length + i;
    return n < count ? slugOf(n) : null;
  };

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'errors'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'content', 'triage.json'), path.join(dir, 'triage.json'));
  fs.cpSync(path.join(ROOT, 'content', 'guides'), path.join(dir, 'guides'), { recursive: true });
  // Guides link to real articles; point them at the first batch's copies.
  for (const g of fs.readdirSync(path.join(dir, 'guides'))) {
    const file = path.join(dir, 'guides', g);
    fs.writeFileSync(file, rewriteLinks(fs.readFileSync(file, 'utf8'), counterpartIn(0)));
  }

  let codes = 0;
  let segments = 0;
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const batch = Math.floor(i / templates.length);
    const slug = slugOf(i);
    const pairs: [string, string][] = t.data.codes.map((c) => [c, newCode(c)]);
    const newCodes = pairs.map(([, n]) => n);
    codes += newCodes.length;
    segments += newCodes.reduce((s, c) => s + codeUrlSegments(c).length, 0);
    const counterpart = counterpartIn(batch);
    const data: ErrorFrontmatter = {
      ...t.data,
      title: `${swapCodes(t.data.title, pairs)} (variant ${batch + 1})`,
      codes: newCodes,
      misprints: newCodes.slice(0, t.data.misprints.length).map((c) => c.toLowerCase().slice(0, -1)),
      messages: t.data.messages.map((m) => swapCodes(m, pairs)),
      summary: swapCodes(t.data.summary, pairs),
      related: t.data.related.map(counterpart).filter((s): s is string => s !== null && s !== slug),
      searchTerms: t.data.searchTerms.map((s) => swapCodes(s, pairs)),
    };
    const body = rewriteLinks(swapCodes(t.body, pairs), counterpart);
    fs.writeFileSync(path.join(dir, 'errors', `${slug}.mdx`), matter.stringify(body, JSON.parse(JSON.stringify(data))));
  }

  // Same checks the build runs, so a generator bug is reported as that and not as a slow build.
  try {
    const content = buildContent(readContentDir(dir));
    if (content.errors.length !== count) throw new Error(`generated ${content.errors.length} articles, wanted ${count}`);
  } catch (e) {
    if (e instanceof ContentError) {
      const lines = e.message.split('\n');
      throw new Error(`generated content is invalid:\n${lines.slice(0, 20).join('\n')}${lines.length > 20 ? `\n  … ${lines.length - 20} more` : ''}`);
    }
    throw e;
  }
  return { codes, segments };
}

/* -------------------------------------------------------- the project copy */

const projectRequire = createRequire(path.join(ROOT, 'package.json'));
const NODE_MODULES = fs.realpathSync(path.dirname(path.dirname(projectRequire.resolve('next/package.json'))));

function commonAncestor(a: string, b: string): string {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(path.sep) || path.sep;
}

/** The files git would commit (tracked or not ignored), which is what the build reads. */
function projectFiles(): string[] {
  const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return [...new Set(list.split('\0').filter(Boolean))].filter((f) => fs.statSync(path.join(ROOT, f), { throwIfNoEntry: false })?.isFile());
}

function copyProject(variant: Variant) {
  fs.rmSync(PROJECT, { recursive: true, force: true });
  for (const f of projectFiles()) {
    fs.mkdirSync(path.dirname(path.join(PROJECT, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(PROJECT, f));
  }
  // No node_modules symlink: the copy sits under the project, so Node and Turbopack find the
  // real node_modules by walking up. A symlink made Tailwind scan all of node_modules for class
  // names (CSS 50 KB → 215 KB), which would have benchmarked a different site.
  const configName = ['next.config.mjs', 'next.config.js'].find((n) => fs.existsSync(path.join(PROJECT, n)));
  if (!configName) throw new Error('expected next.config.mjs or next.config.js in the project');
  const orig = configName.replace('next.config', 'next.config.orig');
  fs.renameSync(path.join(PROJECT, configName), path.join(PROJECT, orig));
  // Turbopack only resolves inside its root, which must hold both the copy and node_modules.
  const root = commonAncestor(fs.realpathSync(PROJECT), NODE_MODULES);
  fs.writeFileSync(
    path.join(PROJECT, 'next.config.mjs'),
    `import config from './${orig}';\nexport default { ...config, turbopack: { ...(config.turbopack ?? {}), root: ${JSON.stringify(root)} } };\n`,
  );

  if (variant === 'no-code-pages') fs.rmSync(path.join(PROJECT, 'app', 'code'), { recursive: true, force: true });
  if (variant === 'canonical-code-pages') {
    const file = path.join(PROJECT, 'app', 'code', '[code]', 'page.tsx');
    const src = fs.readFileSync(file, 'utf8');
    const params = /export function generateStaticParams\(\) \{[\s\S]*?\n\}/;
    if (!params.test(src) || !/\bbuildCodeRoutes\b/.test(src) || !/\bgetContent\b/.test(src)) {
      throw new Error(`variant ${variant}: ${path.relative(ROOT, file)} no longer has the generateStaticParams/buildCodeRoutes/getContent it patches`);
    }
    fs.writeFileSync(
      file,
      src.replace(
        params,
        [
          'export function generateStaticParams() {',
          '  return buildCodeRoutes(getContent().errors)',
          '    .filter((r) => r.codes.includes(r.segment))',
          '    .map((r) => ({ code: r.segment }));',
          '}',
        ].join('\n'),
      ),
    );
  }
}

/* ------------------------------------------------------------------- build */

interface Phase {
  name: string;
  ms: number;
}

/** Runs a command, timestamping each output line so phases can be timed from the log. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<{ ms: number; code: number | null; lines: { t: number; text: string }[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const lines: { t: number; text: string }[] = [];
    const log = fs.createWriteStream(logFile);
    const child = spawn(cmd, args, { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), HARD_TIMEOUT_MS);
    const push = (text: string, t: number) => {
      if (!text.trim()) return;
      lines.push({ t, text });
      log.write(`${(t / 1000).toFixed(2).padStart(8)}s  ${text}\n`);
    };
    // Chunks split lines anywhere; keep each stream's unfinished line until its newline arrives.
    const reader = () => {
      let carry = '';
      return {
        data: (buf: Buffer) => {
          const t = performance.now() - started;
          const parts = (carry + buf.toString('utf8')).split('\n');
          carry = parts.pop() ?? '';
          for (const text of parts) push(text, t);
        },
        end: () => push(carry, performance.now() - started),
      };
    };
    const out = reader();
    const err = reader();
    child.stdout.on('data', out.data);
    child.stderr.on('data', err.data);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      out.end();
      err.end();
      log.end();
      resolve({ ms: performance.now() - started, code, lines });
    });
  });
}

/** Phase times from `next build`'s own messages, by when each line appeared. */
function phases(lines: { t: number; text: string }[], total: number): Phase[] {
  const at = (re: RegExp) => lines.find((l) => re.test(l.text))?.t;
  const marks: [string, number | undefined][] = [
    ['start', 0],
    ['compile', at(/Compiled successfully|Compiled with warnings/)],
    ['typescript', at(/Finished TypeScript/)],
    ['collect page data', at(/Generating static pages/)],
    ['generate static pages', at(/✓ Generating static pages/)],
    ['finalize + export', total],
  ];
  const out: Phase[] = [];
  let prev = 0;
  for (const [name, t] of marks.slice(1)) {
    if (t === undefined) continue;
    out.push({ name, ms: t - prev });
    prev = t;
  }
  return out;
}

function walk(dir: string, acc: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, acc);
    else acc.push(p);
  }
  return acc;
}

interface Result {
  count: number;
  variant: Variant;
  date: string;
  machine: string;
  checkMs: number;
  buildMs: number;
  totalMs: number;
  phases: Phase[];
  nextPages: number | null;
  htmlPages: number;
  codePages: number;
  errorPages: number;
  outBytes: number;
  outFiles: number;
  codeDirBytes: number;
  codeDirFiles: number;
  indexRaw: number;
  indexGzip: number;
  codes: number;
  segments: number;
  peakRssMb: number | null;
}

function dirStats(dir: string) {
  if (!fs.existsSync(dir)) return { bytes: 0, files: 0 };
  const files = walk(dir);
  return { bytes: files.reduce((s, f) => s + fs.statSync(f).size, 0), files: files.length };
}

async function benchmark(count: number, variant: Variant): Promise<Result> {
  console.log(`\n== ${count} articles, ${variant}`);
  const gen = generateContent(count, CONTENT, 20_000 + count);
  console.log(`  generated ${count} articles with ${gen.codes} codes (${gen.segments} /code/ spellings) in ${path.relative(ROOT, CONTENT)}/`);
  copyProject(variant);
  console.log(`  copied the project to ${path.relative(ROOT, PROJECT)}/`);

  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: CONTENT, NEXT_TELEMETRY_DISABLED: '1' };
  // tsx's loader in NODE_OPTIONS would ride along into next build and change what is measured.
  delete env.NODE_OPTIONS;
  // The default build: out/ in the copy, no sub-path.
  delete env.EXPORT_DIR;
  delete env.BASE_PATH;
  const tsxCli = projectRequire.resolve('tsx/cli');
  const nextBin = path.join(NODE_MODULES, 'next', 'dist', 'bin', 'next');
  fs.mkdirSync(path.join(BENCH, 'scale-logs'), { recursive: true });
  const logs = path.join(BENCH, 'scale-logs', `${count}-${variant}`);

  // The same steps as `npm run build`, timed apart.
  const check = await run(process.execPath, [tsxCli, 'scripts/check-content.ts', '--no-prose'], env, `${logs}-check.log`);
  if (check.code !== 0) throw new Error(`content check failed (see ${path.relative(ROOT, logs)}-check.log):\n${check.lines.slice(-20).map((l) => l.text).join('\n')}`);
  // GNU time gives the build's peak memory; without it the build still runs.
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const build = timeBin
    ? await run(timeBin, ['-f', 'PEAK_RSS_KB=%M', process.execPath, nextBin, 'build'], env, `${logs}-build.log`)
    : await run(process.execPath, [nextBin, 'build'], env, `${logs}-build.log`);
  if (build.code !== 0) {
    throw new Error(`next build failed or timed out (exit ${build.code}; see ${path.relative(ROOT, logs)}-build.log):\n${build.lines.slice(-25).map((l) => l.text).join('\n')}`);
  }
  const peak = build.lines.map((l) => /PEAK_RSS_KB=(\d+)/.exec(l.text)?.[1]).find(Boolean);
  // Third step of `npm run build`: the forwarding pages for non-canonical code spellings.
  const aliases = await run(process.execPath, [tsxCli, 'scripts/write-code-aliases.ts'], env, `${logs}-aliases.log`);
  if (aliases.code !== 0) throw new Error(`write-code-aliases failed (see ${path.relative(ROOT, logs)}-aliases.log)`);

  const out = path.join(PROJECT, 'out');
  const files = walk(out);
  const html = files.filter((f) => f.endsWith('.html'));
  const index = fs.readFileSync(path.join(out, 'search-index.json'));
  const total = dirStats(out);
  const codeDir = dirStats(path.join(out, 'code'));
  const nextPagesLine = build.lines.find((l) => /✓ Generating static pages.*\((\d+)\/(\d+)\)/.test(l.text));
  const result: Result = {
    count,
    variant,
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    checkMs: check.ms,
    buildMs: build.ms + aliases.ms,
    totalMs: check.ms + build.ms + aliases.ms,
    phases: phases(build.lines, build.ms),
    nextPages: nextPagesLine ? Number(/\((\d+)\/(\d+)\)/.exec(nextPagesLine.text)![2]) : null,
    htmlPages: html.length,
    codePages: html.filter((f) => f.startsWith(path.join(out, 'code') + path.sep)).length,
    errorPages: html.filter((f) => f.startsWith(path.join(out, 'errors') + path.sep)).length,
    outBytes: total.bytes,
    outFiles: total.files,
    codeDirBytes: codeDir.bytes,
    codeDirFiles: codeDir.files,
    indexRaw: index.length,
    indexGzip: zlib.gzipSync(index).length,
    codes: gen.codes,
    segments: gen.segments,
    peakRssMb: peak ? Math.round(Number(peak) / 1024) : null,
  };
  fs.rmSync(SCALE_OUT, { recursive: true, force: true });
  fs.renameSync(out, SCALE_OUT);
  // Its .next/ runs to hundreds of MB at this size; the logs and out/ are what is worth keeping.
  fs.rmSync(PROJECT, { recursive: true, force: true });
  console.log(`  content check ${s(result.checkMs)}, next build ${s(result.buildMs)}: ${result.phases.map((p) => `${p.name} ${s(p.ms)}`).join(', ')}`);
  console.log(`  ${result.htmlPages} HTML pages (${result.codePages} under /code/), out/ ${mb(result.outBytes)} in ${result.outFiles} files, kept in ${path.relative(ROOT, SCALE_OUT)}/`);
  return result;
}

/* ------------------------------------------------------------------ report */

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function machine(): string {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
}

function table(rows: Result[]): string {
  const head = '| articles | variant | check + build | next build | compile | typescript | collect | generate | finalize | HTML pages (/code/) | out/ size | out/ files | /code/ share of out/ | search index raw / gz | peak RSS (largest process) | date |';
  const sep = '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const phase = (r: Result, name: string) => {
    const p = r.phases.find((x) => x.name.startsWith(name));
    return p ? s(p.ms) : '?';
  };
  const body = rows.map(
    (r) =>
      `| ${r.count.toLocaleString('en-US')} | ${r.variant} | ${s(r.totalMs)} | ${s(r.buildMs)} | ${phase(r, 'compile')} | ${phase(r, 'typescript')} | ${phase(r, 'collect')} | ${phase(r, 'generate')} | ${phase(r, 'finalize')} | ${r.htmlPages.toLocaleString('en-US')} (${r.codePages.toLocaleString('en-US')}) | ${mb(r.outBytes)} | ${r.outFiles.toLocaleString('en-US')} | ${r.outBytes ? `${Math.round((100 * r.codeDirBytes) / r.outBytes)}% bytes, ${Math.round((100 * r.codeDirFiles) / r.outFiles)}% files` : '–'} | ${kb(r.indexRaw)} / ${kb(r.indexGzip)} | ${r.peakRssMb ?? '?'} MB | ${r.date} |`,
  );
  return [head, sep, ...body].join('\n');
}

function growth(rows: Result[]): string[] {
  const lines: string[] = [];
  for (const variant of VARIANTS) {
    const rs = rows.filter((r) => r.variant === variant).sort((a, b) => a.count - b.count);
    for (let i = 1; i < rs.length; i++) {
      const a = rs[i - 1]!;
      const b = rs[i]!;
      const gen = (r: Result) => r.phases.find((p) => p.name.startsWith('generate'))?.ms ?? NaN;
      // Exponent k in time ∝ n^k between the two sizes: 1 is linear, 2 quadratic.
      const k = Math.log(b.buildMs / a.buildMs) / Math.log(b.count / a.count);
      const kGen = Math.log(gen(b) / gen(a)) / Math.log(b.count / a.count);
      const perPage = (r: Result) => gen(r) / (r.nextPages ?? r.htmlPages);
      lines.push(
        `${variant}, ${a.count} → ${b.count} articles: next build ×${(b.buildMs / a.buildMs).toFixed(2)} for ×${(b.count / a.count).toFixed(1)} articles ` +
          `(time ∝ n^${k.toFixed(2)}); static generation ×${(gen(b) / gen(a)).toFixed(2)} (n^${kGen.toFixed(2)}), ` +
          `${perPage(a).toFixed(1)} → ${perPage(b).toFixed(1)} ms per page; ${((b.buildMs - a.buildMs) / (b.count - a.count)).toFixed(0)} ms per added article.`,
      );
    }
  }
  return lines;
}

function writeSection(heading: string, section: string) {
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Read just before writing: other scripts own other sections of this file.
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(`\n${heading}\n`);
  let next: string;
  if (start === -1) next = existing.replace(/\s*$/, '\n\n') + section;
  else {
    const after = existing.indexOf('\n## ', start + heading.length + 1);
    next = existing.slice(0, start + 1) + section.replace(/\s*$/, '\n') + (after === -1 ? '' : '\n' + existing.slice(after + 1));
  }
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, next.replace(/\s*$/, '\n'));
  fs.renameSync(tmp, file);
}

async function main() {
  const args = process.argv.slice(2);
  const vi = args.indexOf('--variant');
  const variant = (vi === -1 ? 'as-is' : args[vi + 1]) as Variant;
  if (!VARIANTS.includes(variant)) throw new Error(`--variant must be one of ${VARIANTS.join(', ')}`);
  const counts = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--variant').map(Number);
  const reportOnly = args.includes('--report');
  if (!counts.length && !reportOnly) counts.push(BUDGET_AT);
  fs.mkdirSync(BENCH, { recursive: true });

  const fresh: Result[] = [];
  for (const count of counts) fresh.push(await benchmark(count, variant));

  const previous: Result[] = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, 'utf8')) : [];
  const all = [...previous.filter((p) => !fresh.some((f) => f.count === p.count && f.variant === p.variant)), ...fresh].sort(
    (a, b) => VARIANTS.indexOf(a.variant) - VARIANTS.indexOf(b.variant) || a.count - b.count,
  );
  fs.writeFileSync(RESULTS, JSON.stringify(all, null, 2));

  console.log(`\n${machine()}\n`);
  console.log(table(all));
  const growthLines = growth(all);
  for (const l of growthLines) console.log(`\n${l}`);

  if (!args.includes('--no-write')) {
    writeSection(
      '## Scale',
      [
        '## Scale',
        '',
        'Written by `npx tsx scripts/bench-scale.ts [count…] [--variant v]`. Each run generates N synthetic error',
        'articles from the real ones (new slugs and titles; in place of each code a random unused one of the same',
        'shape, so it has as many /code/ spellings; links to other articles pointed at the same batch\'s copies or',
        'dropped), copies the project to',
        '`.bench/scale-project/` and runs the same steps as `npm run build` there (content check, next build, alias pages) with `CONTENT_DIR` set, from',
        'a cold `.next/`. Phases are timed from when `next build` prints each step. "collect" ends when static',
        'generation starts; "finalize" covers the rest (optimisation and the export to out/). The search index',
        'gzip figure is optimistic: synthetic articles repeat their templates\' text, which gzip folds away',
        '(see "## Search" for realistic synthetic index sizes); its raw size is representative.',
        `Budget: content check + next build ≤ ${BUDGET_MS / 1000} s for ${BUDGET_AT.toLocaleString('en-US')} articles (as-is).`,
        'Variants build a patched copy only: `no-code-pages` without app/code/, `canonical-code-pages` with one',
        '/code/ page per code (its canonical spelling) instead of one per spelling.',
        '',
        `Machine: ${machine()}.`,
        '',
        table(all),
        '',
        ...growthLines.map((l) => `- ${l}`),
        '',
      ].join('\n'),
    );
    console.log('\nwrote docs/benchmarks.md (## Scale)');
  }

  const gate = fresh.filter((r) => r.variant === 'as-is' && r.count >= BUDGET_AT);
  const over = gate.filter((r) => r.totalMs * (BUDGET_AT / r.count) > BUDGET_MS);
  if (over.length) {
    for (const r of over) console.error(`BUDGET BROKEN: ${r.count} articles took ${s(r.totalMs)} (budget ${s(BUDGET_MS)} for ${BUDGET_AT})`);
    process.exit(1);
  }
  if (gate.length) console.log(`\nwithin budget: ${gate.map((r) => `${r.count} articles in ${s(r.totalMs)}`).join(', ')} (≤ ${s(BUDGET_MS)})`);
}

main().catch((e: Error) => {
  console.error(`bench-scale: ${e.message}`);
  process.exit(1);
});
