import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, getCatalog, gotoReady, rel } from './helpers';

test.describe('helpdesk browse view', () => {
  test('filters narrow the table and live in the URL', async ({ page, request }) => {
    const catalog = await getCatalog(request);
    await gotoReady(page, 'errors/');
    const rows = page.getByTestId('errors-table').locator('tbody tr');
    await expect(rows).toHaveCount(catalog.length);

    await page.getByTestId('filter-platform').selectOption('ios');
    await expect(page).toHaveURL(/platform=ios/);
    const ios = catalog.filter((e) => e.platforms.includes('ios'));
    await expect(rows).toHaveCount(ios.length);

    await page.getByTestId('filter-stage').selectOption('company-portal');
    const both = ios.filter((e) => e.stage === 'company-portal');
    await expect(rows).toHaveCount(both.length);
    const url = page.url();

    // A shared link restores the same view.
    const other = await page.context().newPage();
    await gotoReady(other, url);
    await expect(other.getByTestId('errors-table').locator('tbody tr')).toHaveCount(both.length);
    await expect(other.getByTestId('filter-stage')).toHaveValue('company-portal');
    await other.close();

    await page.goBack();
    await expect(rows).toHaveCount(ios.length);

    await page.getByTestId('browse-filter').fill('0X80180003');
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('browse-empty')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('browse-filter').fill('80180003');
    await expect(rows.first()).toHaveAttribute('data-slug', 'user-not-authorized-to-enroll');
  });

  test('on a phone the table becomes a list and nothing scrolls sideways', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto('errors/');
    await expect(page.getByTestId('errors-table').locator('thead')).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

test.describe('article tools', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link copies the anchor URL of a cause, base path included', async ({ page, baseURL }) => {
    await gotoReady(page, 'errors/user-not-authorized-to-enroll/');
    await page.locator('#device-type-restriction').getByTestId('copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}errors/user-not-authorized-to-enroll/#device-type-restriction`);
    await expect(page.locator('#device-type-restriction').getByTestId('copy-link')).toContainText('Copied');
  });

  test('every cause and fix heading has a copy-link button', async ({ page }) => {
    await page.goto('errors/hybrid-autopilot-domain-join-0x80070774/');
    const headings = await page.locator('section.cause h2[id], .fix h3[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const id of headings) await expect(page.locator(`[id="${id}"]`).getByTestId('copy-link')).toHaveCount(1);
  });

  test('the ticket note holds title, every spelling, the message, the chosen cause and the link', async ({ page, baseURL }) => {
    await gotoReady(page, 'errors/user-not-authorized-to-enroll/#windows-home-edition');
    await page.getByTestId('copy-ticket-note').click();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain('This user is not authorized to enroll');
    for (const s of ['0x80180003', '80180003', '2149056515', '-2145910781', '0x801C0003']) expect(note).toContain(s);
    expect(note).toContain('"Something went wrong. This user is not authorized to enroll.');
    expect(note).toContain('Likely cause: The PC runs Windows Home');
    expect(note).toContain(`${baseURL}errors/user-not-authorized-to-enroll/#windows-home-edition`);
  });

  test('prints cleanly: no header, search or buttons; links show where they go', async ({ page }) => {
    await page.goto('errors/user-not-authorized-to-enroll/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByTestId('search-input')).toBeHidden();
    await expect(page.getByTestId('copy-ticket-note')).toBeHidden();
    await expect(page.getByTestId('copy-link').first()).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.locator('.steps ol').first()).toBeVisible();
    await expect(page.locator('.callout').first()).toBeVisible();
    const after = await page.locator('.prose a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});

test.describe('dark mode', () => {
  test('follows the system setting, with no flash before hydration', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: true });
    const page = await context.newPage();
    // The class must be there in the very first paint: check it before any React code can run.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('errors/user-not-authorized-to-enroll/');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  test('the toggle is remembered across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoReady(page, '');
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.goto('errors/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe is clean in the ${scheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['', 'errors/', 'errors/user-not-authorized-to-enroll/', 'search/?q=0x80180013', 'triage/?who=helpdesk&platform=windows&where=oobe']) {
        await page.goto(path);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.waitForTimeout(150);
        await expectNoAxeViolations(page);
      }
      await context.close();
    });
  }
});

test.describe('findable from outside', () => {
  test('the sitemap lists every page; robots.txt points to it', async ({ request }) => {
    const catalog = await getCatalog(request);
    const xml = await (await request.get('sitemap.xml')).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const e of catalog) expect(locs).toContain(e.url);
    for (const p of ['/', '/errors/', '/triage/', '/guides/before-you-start/']) expect(locs.some((l) => l.endsWith(p))).toBe(true);
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  test('each article has title with its code, description, canonical, Open Graph and JSON-LD that parses', async ({ page, request }) => {
    for (const e of await getCatalog(request)) {
      await page.goto(rel(e.url));
      const title = await page.title();
      for (const c of e.codes.slice(0, 1)) expect(title).toContain(c);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(e.summary);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${e.url}$`));
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(e.title);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
      expect(ld['@type']).toBe('TechArticle');
      expect(ld.headline).toBe(e.title);
      expect(ld.hasPart.length).toBeGreaterThan(0);
    }
  });
});

test.describe('the enrollment journey', () => {
  test('links every article exactly once, on its stage', async ({ page, request }) => {
    const catalog = await getCatalog(request);
    await page.goto('');
    const links = page.getByTestId('journey').getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.sort()).toEqual(catalog.map((e) => e.url).sort());
    for (const e of catalog.slice(0, 5)) {
      await expect(page.locator(`#stage-${e.stage}`).locator(`a[href="${e.url}"]`)).toHaveCount(1);
    }
  });

  test('each article shows where on the journey it happens', async ({ page }) => {
    await page.goto('errors/esp-timeout-before-sign-in/');
    await expect(page.getByTestId('journey-strip')).toContainText('Enrollment Status Page');
  });
});
