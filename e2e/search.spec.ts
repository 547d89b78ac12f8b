import { expect, test } from '@playwright/test';
import { spellings } from '../lib/codes';
import { expectNoAxeViolations, getCatalog, gotoReady } from './helpers';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

async function firstResult(page: import('@playwright/test').Page) {
  return page.getByTestId('search-results').getByRole('link').first();
}

test.describe('search results page', () => {
  test('every code of the knowledge base is found first in every spelling', async ({ page, request }) => {
    test.setTimeout(180_000);
    const catalog = await getCatalog(request);
    const owners = new Map<string, string[]>();
    for (const e of catalog) for (const c of e.codes) owners.set(c, [...(owners.get(c) ?? []), e.url]);
    await gotoReady(page, 'search/');
    const input = page.getByTestId('search-page-input');
    for (const [code, urls] of owners) {
      for (const spelling of spellings(code)) {
        await input.fill(spelling);
        const links = page.getByTestId('search-results').getByRole('link');
        await expect(links.first()).toBeVisible();
        const top = await links.evaluateAll((els, n) => els.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname), urls.length);
        expect(new Set(top), `${spelling} → ${urls.join(', ')}`).toEqual(new Set(urls));
      }
    }
    await expect(page).toHaveURL(/\?q=/);
  });

  test('a message fragment, a typo and a pasted event-log line land on the right article', async ({ page }) => {
    const cases: [string, RegExp][] = [
      ['not authorized to enroll', /\/errors\/user-not-authorized-to-enroll\/$/],
      ['Company Portal temporarily', /\/errors\/company-portal-temporarily-unavailable\/$/],
      ['comapny portal temporarly unavailable', /\/errors\/company-portal-temporarily-unavailable\/$/],
      ['autpilot windows home', /\/errors\/autopilot-windows-home-0x80180022\/$/],
      ['Auto MDM Enroll: Device Credential (0x1), Failed (Unknown Win32 Error code: 0x8018002b)', /\/errors\/auto-mdm-enroll-failed\/$/],
      ['0x80180002b', /\/errors\/auto-mdm-enroll-failed\/$/],
    ];
    for (const [q, expected] of cases) {
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
      const link = await firstResult(page);
      await expect(link, q).toHaveAttribute('href', expected);
    }
  });

  test('an unknown code says so and decodes it, with near misses labelled', async ({ page }) => {
    await page.goto('search/?q=0x80180013');
    const unknown = page.getByTestId('unknown-code');
    await expect(unknown).toContainText('0x80180013');
    await expect(unknown).toContainText('-2145910765');
    await expect(unknown).toContainText('2149056531');
    await expect(unknown).toContainText('MENROLL_E_');
    const results = page.getByTestId('search-results').locator('li');
    const first = results.first();
    await expect(first).toHaveAttribute('data-kind', 'similar-code');
    await expect(first).toContainText('similar code');
    await expect(unknown.getByRole('link', { name: /triage/ })).toHaveAttribute('href', /\/triage\/\?text=0x80180013$/);

    await page.goto('search/?q=0x80070005');
    await expect(page.getByTestId('unknown-code')).toContainText('ERROR_ACCESS_DENIED');
  });

  test('nothing found shows the empty state with ways forward', async ({ page }) => {
    await page.goto('search/?q=qqqqzzzz');
    await expect(page.getByTestId('search-empty')).toBeVisible();
    await expect(page.getByTestId('search-empty').getByRole('link', { name: /triage/i })).toBeVisible();
  });

  test('an XSS payload in q is shown as text and never runs', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(XSS)}`);
    await expect(page.getByTestId('search-page-input')).toHaveValue(XSS);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
  });

  test('no axe violations with results and with an unknown code', async ({ page }) => {
    await page.goto('search/?q=enrollment');
    await expect((await firstResult(page))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('search/?q=0x80070005');
    await expect(page.getByTestId('unknown-code')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('header search box', () => {
  test('keyboard only: / focuses, type, arrows, Enter opens the article', async ({ page }) => {
    await gotoReady(page, 'guides/');
    await page.keyboard.press('/');
    await expect(page.getByTestId('search-input')).toBeFocused();
    await page.keyboard.type('80180003');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('This user is not authorized to enroll');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/errors\/user-not-authorized-to-enroll\/$/);
  });

  test('Ctrl+K focuses, Enter without a choice opens the full results, Esc closes', async ({ page }) => {
    await gotoReady(page, 'errors/');
    await page.keyboard.press('Control+k');
    const input = page.getByTestId('search-input');
    await expect(input).toBeFocused();
    await page.keyboard.type('enrolment status page');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=enrolment%20status%20page$/);
    await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveAttribute('href', /esp-timeout-before-sign-in/);
  });

  test('the index is fetched on first use, not on page load', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('errors/user-not-authorized-to-enroll/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('search-index.json'))).toEqual([]);
    await page.getByTestId('search-input').focus();
    await expect.poll(() => fetched.filter((u) => u.includes('search-index.json')).length).toBe(1);
  });

  test('pasted HTML in the box stays text', async ({ page }) => {
    await gotoReady(page, '');
    await page.getByTestId('search-input').fill(XSS);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
