// Page weight budgets for the built site. Run after `npm run build`:
//
//   node scripts/budgets.mjs             # table, updates docs/benchmarks.md, exit 1 on a broken budget
//   node scripts/budgets.mjs --no-write  # table only
//   node scripts/budgets.mjs --rebuild-baseline
//   node scripts/budgets.mjs --out .bench/scale-out --no-write   # another export
//
// The JavaScript budget is relative: whatever an empty Next.js page with the same
// next/react versions ships, plus 10 KB. That keeps the budget about *our* code, so a
// framework upgrade does not read as a regression and our additions cannot hide in it.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { normalizeBasePath } from './base-path.mjs';

const ROOT = process.cwd();
// --out <dir> weighs another export, e.g. .bench/scale-out from scripts/bench-scale.ts.
const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(ROOT, outArg === -1 ? 'out' : process.argv[outArg + 1]);
const BENCH = path.join(ROOT, '.bench');
const BASELINE_DIR = path.join(BENCH, 'baseline');
const KB = 1024;

const BUDGETS = {
  jsOverBaseline: 10 * KB,
  // Stylesheets block first paint. Tailwind + typography for this site is a few KB; 20 KB
  // leaves room for growth while catching an accidental full-framework import.
  css: 20 * KB,
  searchIndex: 30 * KB,
  // The HTML carries the article and, inline, its RSC payload (the same content again), so it
  // is the largest thing on the critical path. 100 KB gz is ~0.5 s on Lighthouse's mobile
  // link (1.6 Mbit/s) and is several times the longest real article, so only an outlier
  // page (a huge index listing, a runaway inline payload) should reach it.
  htmlGz: 100 * KB,
};

const ARTICLE_DEFAULT = 'user-not-authorized-to-enroll';

/* ----------------------------------------------------------------- helpers */

export const gz = (buf) => zlib.gzipSync(buf, { level: zlib.constants.Z_DEFAULT_COMPRESSION }).length;
export const fmtKb = (n) => `${(n / KB).toFixed(1)} KB`;

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-\w:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/**
 * Scripts and stylesheets the page makes the browser fetch. nomodule scripts are left out:
 * every browser that runs this site's module code skips them.
 */
export function pageAssets(html) {
  const js = new Set();
  const css = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const a = attrs(m[1]);
    if (a.src && !('nomodule' in a)) js.add(a.src);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const a = attrs(m[1]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (!a.href) continue;
    if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) js.add(a.href);
    if (rel.includes('stylesheet') || (rel.includes('preload') && a.as === 'style')) css.add(a.href);
  }
  return { js: [...js], css: [...css] };
}

/** Sums the gzipped size of URLs as served from `dir`; an asset missing on disk is an error, not a zero. */
export function weigh(dir, urls, base = '') {
  let raw = 0;
  let gzipped = 0;
  const files = [];
  for (const url of urls) {
    if (/^(https?:)?\/\//.test(url)) throw new Error(`external asset ${url}: budgets only cover self-hosted files`);
    let p = decodeURIComponent(url.split(/[?#]/)[0]);
    if (base && p.startsWith(`${base}/`)) p = p.slice(base.length);
    const file = path.join(dir, p);
    if (!fs.existsSync(file)) throw new Error(`${url} is referenced but ${path.relative(ROOT, file)} does not exist (stale out/?)`);
    const buf = fs.readFileSync(file);
    raw += buf.length;
    const g = gz(buf);
    gzipped += g;
    files.push({ url, raw: buf.length, gz: g });
  }
  return { raw, gz: gzipped, files };
}

function walk(dir, pred, acc = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, pred, acc);
    else if (pred(p)) acc.push(p);
  }
  return acc;
}

/** Next.js writes each build's assets under out/_next/static/<build id>/; a new id means out/ was rebuilt. */
export function buildId(outDir = OUT) {
  const dir = path.join(outDir, '_next', 'static');
  if (!fs.existsSync(dir)) return null;
  return fs.readdirSync(dir).filter((d) => !['chunks', 'media', 'css', 'js'].includes(d)).sort().join(',') || null;
}

export function machine() {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** Replaces one `## Heading` section of docs/benchmarks.md, leaving the others as they are. */
export function writeSection(heading, section, file = path.join(ROOT, 'docs', 'benchmarks.md')) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Read as late as possible: other benchmark scripts write their own sections of this file.
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(`\n${heading}\n`);
  let next;
  if (start === -1) {
    next = existing.replace(/\s*$/, '\n\n') + section;
  } else {
    const after = existing.indexOf('\n## ', start + heading.length + 1);
    next = existing.slice(0, start + 1) + section.replace(/\s*$/, '\n') + (after === -1 ? '' : '\n' + existing.slice(after + 1));
  }
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, next.replace(/\s*$/, '\n'));
  fs.renameSync(tmp, file);
}

/* ---------------------------------------------------------------- baseline */

// Resolved the way Node does, so this also works from a project copy whose node_modules is an ancestor's.
const projectRequire = createRequire(path.join(ROOT, 'package.json'));
const pkgFile = (name) => projectRequire.resolve(`${name}/package.json`);
const NODE_MODULES = fs.realpathSync(path.dirname(path.dirname(pkgFile('next'))));

function versions() {
  const v = (name) => JSON.parse(fs.readFileSync(pkgFile(name), 'utf8')).version;
  return { next: v('next'), react: v('react'), 'react-dom': v('react-dom'), app: appHash() };
}

const BASELINE_FILES = {
  'package.json': JSON.stringify({ name: 'budget-baseline', private: true, type: 'module' }, null, 2),

  'app/layout.tsx': [
    "import type { ReactNode } from 'react';",
    'export default function RootLayout({ children }: { children: ReactNode }) {',
    '  return (<html lang="en"><body>{children}</body></html>);',
    '}',
    '',
  ].join('\n'),
  'app/page.tsx': ['export default function Page() {', '  return <p>Hello</p>;', '}', ''].join('\n'),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022', lib: ['dom', 'ES2022'], strict: true, noEmit: true, module: 'esnext',
        moduleResolution: 'bundler', jsx: 'react-jsx', isolatedModules: true, skipLibCheck: true,
        esModuleInterop: true, resolveJsonModule: true, plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
};

export function commonAncestor(a, b) {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(path.sep) || path.sep;
}

// Part of the cache key, so editing the reference app below rebuilds it.
function appHash() {
  return crypto.createHash('sha1').update(JSON.stringify(BASELINE_FILES)).digest('hex').slice(0, 12);
}

/** JS of an empty Next.js page with our next/react versions; built once and cached per version set. */
function baseline(force) {
  const want = versions();
  const resultFile = path.join(BASELINE_DIR, 'result.json');
  if (!force && fs.existsSync(resultFile)) {
    const cached = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (JSON.stringify(cached.versions) === JSON.stringify(want)) return { ...cached, cached: true };
  }
  fs.rmSync(BASELINE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(BASELINE_DIR, 'app'), { recursive: true });
  for (const [name, text] of Object.entries(BASELINE_FILES)) fs.writeFileSync(path.join(BASELINE_DIR, name), text);
  // node_modules is a symlink to the project's; Turbopack refuses to resolve outside its root,
  // so the root is the closest folder holding both this app and the real node_modules.
  const turbopackRoot = commonAncestor(fs.realpathSync(BASELINE_DIR), NODE_MODULES);
  fs.writeFileSync(
    path.join(BASELINE_DIR, 'next.config.mjs'),
    `export default { output: 'export', turbopack: { root: ${JSON.stringify(turbopackRoot)} } };\n`,
  );
  fs.symlinkSync(NODE_MODULES, path.join(BASELINE_DIR, 'node_modules'), 'dir');

  const nextBin = path.join(NODE_MODULES, 'next', 'dist', 'bin', 'next');
  const started = Date.now();
  try {
    execFileSync(process.execPath, [nextBin, 'build'], {
      cwd: BASELINE_DIR,
      // Our BASE_PATH etc. must not leak into the reference app.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (e) {
    const log = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`baseline build in ${path.relative(ROOT, BASELINE_DIR)} failed (exit ${e.status ?? e.signal}):\n${log}`);
  }
  const html = path.join(BASELINE_DIR, 'out', 'index.html');
  if (!fs.existsSync(html)) throw new Error(`baseline build produced no ${path.relative(ROOT, html)}`);
  const { js } = pageAssets(fs.readFileSync(html, 'utf8'));
  if (!js.length) throw new Error('baseline page loads no <script src>: the parser no longer matches what Next.js emits');
  const weight = weigh(path.join(BASELINE_DIR, 'out'), js);
  const result = { versions: want, js: weight, buildMs: Date.now() - started, builtAt: new Date().toISOString() };
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  // Only result.json is needed next time; .next/ is large.
  fs.rmSync(path.join(BASELINE_DIR, '.next'), { recursive: true, force: true });
  return { ...result, cached: false };
}

/* -------------------------------------------------------------------- main */

function main() {
  const args = process.argv.slice(2);
  const base = normalizeBasePath(process.env.BASE_PATH);
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error(`${path.relative(ROOT, OUT) || '.'}/index.html not found: run \`npm run build\` first`);
    process.exit(1);
  }

  const startedOn = buildId();
  let base_;
  try {
    base_ = baseline(args.includes('--rebuild-baseline'));
  } catch (e) {
    console.error(`BASELINE FAILED, cannot check the JavaScript budget:\n${e.message}`);
    process.exit(1);
  }
  const jsBudget = base_.js.gz + BUDGETS.jsOverBaseline;

  // Every article shares one route, but a page-specific client chunk would show up on only
  // some of them, so weigh them all and keep the heaviest.
  const articleDirs = fs.readdirSync(path.join(OUT, 'errors'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  if (!articleDirs.length) throw new Error('out/errors/ holds no articles');
  let article = null;
  let heaviestCss = 0;
  for (const slug of articleDirs) {
    const html = fs.readFileSync(path.join(OUT, 'errors', slug, 'index.html'), 'utf8');
    const assets = pageAssets(html);
    const js = weigh(OUT, assets.js, base);
    heaviestCss = Math.max(heaviestCss, weigh(OUT, assets.css, base).gz);
    if (!article || js.gz > article.js.gz || (js.gz === article.js.gz && slug === ARTICLE_DEFAULT)) article = { slug, js };
  }

  const other = (route) => {
    const file = path.join(OUT, route, 'index.html');
    return fs.existsSync(file) ? weigh(OUT, pageAssets(fs.readFileSync(file, 'utf8')).js, base) : null;
  };
  const home = other('');
  const search = other('search');

  const indexFile = path.join(OUT, 'search-index.json');
  const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile) : null;

  let largest = null;
  for (const file of walk(OUT, (p) => p.endsWith('.html'))) {
    const buf = fs.readFileSync(file);
    const g = gz(buf);
    if (!largest || g > largest.gz) largest = { file: path.relative(OUT, file), raw: buf.length, gz: g };
  }

  if (buildId() !== startedOn) throw new Error('out/ was rebuilt while it was being measured; run again');

  const rows = [
    { name: `JS, baseline (empty Next ${base_.versions.next} page)`, measured: base_.js.gz, budget: null },
    { name: `JS, article (/errors/${article.slug}/, ${article.js.files.length} files)`, measured: article.js.gz, budget: jsBudget },
    home && { name: `JS, home (info, ${home.files.length} files)`, measured: home.gz, budget: null },
    search && { name: `JS, search page (info, ${search.files.length} files)`, measured: search.gz, budget: null },
    { name: `CSS, article (heaviest of ${articleDirs.length})`, measured: heaviestCss, budget: BUDGETS.css },
    { name: 'search-index.json', measured: index ? gz(index) : NaN, budget: BUDGETS.searchIndex, note: index ? `${fmtKb(index.length)} raw` : 'missing' },
    { name: `largest HTML (${largest.file})`, measured: largest.gz, budget: BUDGETS.htmlGz, note: `${fmtKb(largest.raw)} raw` },
  ].filter(Boolean);
  for (const r of rows) r.ok = r.budget === null ? null : Number.isFinite(r.measured) && r.measured <= r.budget;

  const head = '| budget | measured (gzip) | budget (gzip) | ok |';
  const sep = '| --- | ---: | ---: | --- |';
  const lines = rows.map(
    (r) =>
      `| ${r.name} | ${Number.isFinite(r.measured) ? fmtKb(r.measured) : 'missing'}${r.note ? ` (${r.note})` : ''} | ${r.budget === null ? '–' : fmtKb(r.budget)} | ${r.ok === null ? 'info' : r.ok ? 'yes' : '**NO**'} |`,
  );
  const table = [head, sep, ...lines].join('\n');
  const date = new Date().toISOString().slice(0, 10);

  console.log(`\n${machine()}, ${date}\n`);
  console.log(table);
  console.log(`\nbaseline ${base_.cached ? 'from cache' : `built in ${(base_.buildMs / 1000).toFixed(1)} s`} (${path.relative(ROOT, BASELINE_DIR)}/): ${base_.js.files.length} files`);
  console.log(`article JS above baseline: ${fmtKb(article.js.gz - base_.js.gz)} (allowed ${fmtKb(BUDGETS.jsOverBaseline)})`);
  console.log('\narticle JS files (gzip):');
  for (const f of [...article.js.files].sort((a, b) => b.gz - a.gz)) console.log(`  ${fmtKb(f.gz).padStart(9)}  ${f.url}`);
  console.log('baseline JS files (gzip):');
  for (const f of [...base_.js.files].sort((a, b) => b.gz - a.gz)) console.log(`  ${fmtKb(f.gz).padStart(9)}  ${f.url}`);

  // Figures for another export are not the site's; they stay on the console.
  if (!args.includes('--no-write') && outArg === -1) {
    writeSection(
      '## Page weight budgets',
      [
        '## Page weight budgets',
        '',
        'Written by `node scripts/budgets.mjs` after `npm run build`; rerun both to refresh. Sizes are gzip (zlib',
        'default level) of the files a page references: `<script src>` (without `nomodule`), `modulepreload` and',
        '`preload as=script` links for JS; stylesheet links for CSS. The JS budget is the JS of an empty Next.js',
        'app (one `<p>`, `output: \'export\'`, same next/react versions, built in `.bench/baseline/`) plus 10 KB.',
        'CSS: 20 KB (render-blocking; Tailwind + typography should stay well under it). HTML: 100 KB gz for',
        'the largest page in out/ (about 0.5 s on Lighthouse\'s 1.6 Mbit/s mobile link; the HTML also carries',
        'the inline RSC payload, so it is the biggest critical-path file).',
        '',
        `Machine: ${machine()}. Date: ${date}. next ${base_.versions.next}, react ${base_.versions.react}.`,
        '',
        table,
        '',
      ].join('\n'),
    );
    console.log('\nwrote docs/benchmarks.md (## Page weight budgets)');
  }

  const broken = rows.filter((r) => r.ok === false);
  if (broken.length) {
    for (const r of broken) console.error(`BUDGET BROKEN: ${r.name}: ${Number.isFinite(r.measured) ? fmtKb(r.measured) : 'missing'} > ${fmtKb(r.budget)}`);
    process.exit(1);
  }
  console.log('\nall page weight budgets met');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error(`budgets: ${e.message}`);
    process.exit(1);
  }
}
