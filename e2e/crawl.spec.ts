import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Follows every internal link of the built site from the home page and checks each
// page the way a visitor (and a crawler) meets it.

test('crawl: every page answers, has a title and h1, no broken link or anchor, no console error, no axe violation', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const root = new URL(baseURL!);
  const queue: string[] = [root.pathname];
  const seen = new Set<string>(queue);
  const anchorsByPage = new Map<string, Set<string>>();
  const wanted: { from: string; path: string; hash: string }[] = [];
  const problems: string[] = [];
  let links = 0;

  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // ERR_ABORTED is the browser cancelling prefetches when the crawl moves on, not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') consoleErrors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === root.origin) consoleErrors.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  while (queue.length) {
    const path = queue.shift()!;
    consoleErrors.length = 0;
    const res = await page.goto(`${root.origin}${path}`);
    if (res?.status() !== 200) {
      problems.push(`${path}: HTTP ${res?.status()}`);
      continue;
    }
    await page.waitForLoadState('networkidle');
    const landed = new URL(page.url()).pathname;
    if (!(await page.title()).trim()) problems.push(`${path}: empty <title>`);
    if ((await page.locator('h1').count()) !== 1) problems.push(`${path}: expected exactly one <h1>, found ${await page.locator('h1').count()}`);
    anchorsByPage.set(landed, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));

    const axe = await new AxeBuilder({ page }).analyze();
    for (const v of axe.violations) problems.push(`${path}: axe ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2).join(', ')}`);

    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== root.origin) continue;
      links++;
      if (!url.pathname.startsWith(root.pathname)) {
        problems.push(`${path}: link outside the base path: ${url.pathname}`);
        continue;
      }
      if (url.hash) wanted.push({ from: path, path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) });
      const isPage = url.pathname.endsWith('/');
      if (!isPage) {
        // Files (the catalog, the sitemap) are fetched, not rendered.
        if (!seen.has(url.pathname)) {
          seen.add(url.pathname);
          const r = await page.request.get(`${root.origin}${url.pathname}`);
          if (r.status() !== 200) problems.push(`${path}: ${url.pathname} answers HTTP ${r.status()}`);
        }
        continue;
      }
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    for (const e of consoleErrors) problems.push(`${path}: ${e}`);
  }

  for (const w of wanted) {
    const anchors = anchorsByPage.get(w.path);
    if (anchors && !anchors.has(w.hash)) problems.push(`${w.from}: link to ${w.path}#${w.hash} points to no element`);
  }

  console.log(`crawl: ${anchorsByPage.size} pages, ${links} internal links, ${wanted.length} anchor links checked`);
  expect(problems).toEqual([]);
  // Every article must be reachable by following links from the home page.
  const catalog = (await (await page.request.get(`${root.origin}${root.pathname}api/errors.json`)).json()) as { url: string }[];
  expect(catalog.filter((e) => !anchorsByPage.has(e.url))).toEqual([]);
});
