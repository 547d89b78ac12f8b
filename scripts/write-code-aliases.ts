// Runs after `next build`: writes the /code/<spelling>/ pages that only forward to an
// article. They are a few hundred bytes each and number about six per code, so writing
// them here instead of rendering each through Next keeps the build linear and fast
// (see docs/benchmarks.md, "Scale"). The canonical /code/<code>/ page is a Next page.
import fs from 'node:fs';
import path from 'node:path';
import { aliasRedirects, buildCodeRoutes } from '../lib/code-routes';
import { getContent, getError } from '../lib/content';
import { SITE_NAME } from '../lib/site';
import { normalizeBasePath } from './base-path.mjs';

const outDir = process.env.EXPORT_DIR ?? 'out';
const base = normalizeBasePath(process.env.BASE_PATH);
const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`write-code-aliases: ${outDir}/index.html not found; run next build first.`);
  process.exit(1);
}

const { errors } = getContent();
const redirects = aliasRedirects(buildCodeRoutes(errors), (slug) => getError(slug)!.url);
for (const r of redirects) {
  const target = `${base}${r.target}`;
  const title = r.target.startsWith('/errors/') ? (errors.find((e) => e.url === r.target)?.title ?? r.label) : `Articles for ${r.label}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${r.label}: ${title} · ${SITE_NAME}`)}</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${escapeHtml(`${site}${target}`)}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head><body style="font-family:system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem">
<main><h1>${escapeHtml(r.label)}</h1><p>Taking you to <a href="${escapeHtml(target)}">${escapeHtml(title)}</a>…</p></main>
</body></html>
`;
  const dir = path.join(outDir, 'code', r.segment);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), html);
}
console.log(`write-code-aliases: ${redirects.length} alias pages in ${outDir}/code/`);
