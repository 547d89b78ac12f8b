import { expect, test } from '@playwright/test';
import { spellings, urlSpellings } from '../lib/codes';
import { expectNoAxeViolations, getCatalog, gotoReady, rel } from './helpers';

test.describe('catalog and article pages', () => {
  test('the catalog has the contract shape and canonical codes', async ({ request }) => {
    const catalog = await getCatalog(request);
    expect(catalog.length).toBeGreaterThanOrEqual(3);
    const slugs = new Set<string>();
    for (const e of catalog) {
      expect(Object.keys(e).sort()).toEqual(['codes', 'messages', 'platforms', 'slug', 'stage', 'summary', 'title', 'url']);
      expect(e.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.url).toMatch(new RegExp(`/errors/${e.slug}/$`));
      for (const c of e.codes) expect(c).toMatch(/^(0x[0-9A-F]{8}|AADSTS\d+)$/);
      expect(slugs.has(e.slug)).toBe(false);
      slugs.add(e.slug);
    }
  });

  test('every catalog entry matches its page: title, codes, messages', async ({ page, request }) => {
    for (const e of await getCatalog(request)) {
      const res = await page.goto(rel(e.url));
      expect(res?.status(), e.url).toBe(200);
      await expect(page.locator('h1')).toHaveText(e.title);
      for (const code of e.codes) await expect(page.getByLabel('Error codes')).toContainText(code);
      for (const m of e.messages) await expect(page.locator('blockquote', { hasText: m.slice(0, 40) }).first()).toBeVisible();
    }
  });

  test('an article has a linkable anchor on every cause and heading', async ({ page }) => {
    await gotoReady(page, 'errors/user-not-authorized-to-enroll/');
    const jump = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const count = await jump.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const href = await jump.nth(i).getAttribute('href');
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      await expect(page.locator(href!)).toHaveCount(1);
    }
    const headings = page.locator('article h2[id], article h3[id]');
    for (const id of await headings.evaluateAll((els) => els.map((el) => el.id))) {
      await expect(page.locator(`a[href="#${id}"]`).first()).toBeAttached();
    }
    await page.locator('#raise-device-limit a[href="#raise-device-limit"]').click();
    await expect(page).toHaveURL(/#raise-device-limit$/);
    await expect(page.getByText('maximum 15').first()).toBeVisible();
  });

  test('an article reads fine with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('errors/user-not-authorized-to-enroll/');
    await expect(page.locator('h1')).toHaveText('This user is not authorized to enroll');
    await expect(page.getByRole('heading', { name: /device enrollment limit/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toBeVisible();
    await context.close();
  });
});

test.describe('code aliases', () => {
  test('every known code forwards to its article in each common spelling', async ({ request }) => {
    test.setTimeout(120_000);
    const catalog = await getCatalog(request);
    const byCode = new Map<string, string[]>();
    for (const e of catalog) for (const c of e.codes) byCode.set(c, [...(byCode.get(c) ?? []), e.url]);
    for (const [code, urls] of byCode) {
      for (const spelling of urlSpellings(code)) {
        const res = await request.get(`code/${encodeURIComponent(spelling)}/`);
        expect(res.status(), spelling).toBe(200);
        const html = await res.text();
        if (urls.length === 1) {
          expect(html, `${spelling} refresh`).toContain(`content="0; url=${urls[0]}"`);
          expect(html, `${spelling} canonical`).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${urls[0]}"`));
        } else if (spelling === code) {
          for (const url of urls) expect(html, `${spelling} lists ${url}`).toContain(`href="${url}"`);
        } else {
          // Other spellings of a shared code forward to the canonical page that lists its articles.
          expect(html, `${spelling} refresh`).toMatch(new RegExp(`content="0; url=[^"]*/code/${code}/"`));
        }
      }
    }
  });

  test('a browser lands on the article from the spellings people type', async ({ page }) => {
    for (const spelling of ['0x80180003', '80180003', '0X80180003', '-2145910781', '2149056515', 'aadsts240001', 'AADSTS240001', '240001', '8018000a', '0xab2']) {
      await page.goto(`code/${spelling}/`);
      await expect(page, spelling).toHaveURL(/\/errors\/[a-z0-9-]+\/$/);
      await expect(page.getByRole('navigation', { name: 'On this page' }), spelling).toBeVisible();
    }
    await page.goto('code/0x801c0003/');
    await expect(page.getByTestId('code-articles').getByRole('link')).toHaveCount(2);
  });

  test('the short forms helpdesk staff type are covered', async () => {
    expect(urlSpellings('0x80180003')).toEqual(expect.arrayContaining(['0x80180003', '80180003']));
    expect(urlSpellings('AADSTS240001')).toEqual(expect.arrayContaining(['aadsts240001', '240001']));
    expect(spellings('0x80180003')).toContain('-2145910781');
  });
});

test.describe('browse and 404', () => {
  test('the browse table lists every article in the catalog, sorted by code', async ({ page, request }) => {
    const catalog = await getCatalog(request);
    await gotoReady(page, 'errors/');
    const rows = page.getByTestId('errors-table').locator('tbody tr');
    await expect(rows).toHaveCount(catalog.length);
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')));
    expect(new Set(listed)).toEqual(new Set(catalog.map((e) => e.slug)));
    const firstCodes = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('td span')?.textContent ?? '').filter((t) => t.startsWith('0x') || t.startsWith('AADSTS')),
    );
    expect(firstCodes).toEqual([...firstCodes].sort((a, b) => a.localeCompare(b)));
    await page.getByRole('button', { name: /^Code/ }).click();
    await expect(page).toHaveURL(/sort=-code/);
  });

  test('an unknown page answers 404 and points to browse and search', async ({ page }) => {
    const res = await page.goto('errors/no-such-error-here/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText("couldn't find");
    await expect(page.getByRole('main').getByRole('link', { name: /Browse all errors/ })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Search/ })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  for (const path of ['', 'errors/', 'errors/user-not-authorized-to-enroll/', 'guides/', 'guides/before-you-start/', 'code/0x801c0003/', 'no-such-page/']) {
    test(`no axe violations on /${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
