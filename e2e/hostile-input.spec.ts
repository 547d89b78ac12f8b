import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './helpers';

const PAYLOADS: Record<string, string> = {
  html: '<img src=x onerror="window.__pwned=1"><b>bold</b>',
  script: '</script><script>window.__pwned=2</script>',
  long: `0x80180003 ${'A'.repeat(10_000)}`,
  emoji: '😀📱 enrolment fails 🔥',
  rtl: 'خطأ في التسجيل 0x80180003 \u202Eevil',
};
const MALFORMED = ['%E0%A4%A', '%', '%%41', '%uD800', '%FF%FE'];

function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function expectSafe(page: Page, errors: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main b:text("bold")').count()).toBe(0);
  await expect(page.locator('h1').first()).toBeVisible();
  expect(errors).toEqual([]);
}

// Static hosts cap a request line (nginx at 8 KB, Node at 16 KB), so the long payload rides in
// one parameter at a time; the others get a 200-character slice of it.
test.describe('hostile and odd input', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    test(`search q: ${name}`, async ({ page }) => {
      const errors = watch(page);
      await page.goto(`search/?q=${encodeURIComponent(payload)}`);
      // The page caps a query at 5,000 characters, like the input box does.
      await expect(page.getByTestId('search-page-input')).toHaveValue(payload.slice(0, 5000));
      await expect(page.locator('[data-testid="search-results"], [data-testid="search-empty"], [data-testid="unknown-code"]').first()).toBeVisible();
      await expectSafe(page, errors);
    });

    test(`triage text: ${name}`, async ({ page }) => {
      const errors = watch(page);
      await page.goto(`triage/?who=helpdesk&platform=windows&text=${encodeURIComponent(payload)}&where=${encodeURIComponent(payload.slice(0, 200))}`);
      await expect(page.getByTestId('triage-answers')).toBeVisible();
      await expect(page.getByTestId('ticket-note')).toHaveValue(/Device enrollment error/);
      await expectSafe(page, errors);
    });

    test(`browse filters: ${name}`, async ({ page }) => {
      const errors = watch(page);
      await page.goto(`errors/?q=${encodeURIComponent(payload)}&platform=${encodeURIComponent(payload.slice(0, 200))}&sort=${encodeURIComponent(payload.slice(0, 200))}`);
      await expect(page.getByTestId('browse-count')).toBeVisible();
      await expect(page.getByTestId('filter-platform')).toHaveValue('');
      await expectSafe(page, errors);
    });

    test(`header box: ${name}`, async ({ page }) => {
      const errors = watch(page);
      await gotoReady(page, 'guides/');
      await page.getByTestId('search-input').fill(payload);
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=/);
      await expectSafe(page, errors);
    });
  }

  for (const bad of MALFORMED) {
    test(`malformed percent-encoding ${bad} in every parameter`, async ({ page }) => {
      const errors = watch(page);
      for (const url of [`search/?q=${bad}`, `triage/?text=${bad}&platform=${bad}`, `errors/?q=${bad}&stage=${bad}`]) {
        await page.goto(url);
        await expect(page.locator('h1').first()).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  }

  test('/code/ with junk answers a helpful 404', async ({ page }) => {
    for (const junk of ['not-a-code', '0x8018000', encodeURIComponent('<script>window.__pwned=3</script>'), '%E0%A4%A', encodeURIComponent('😀')]) {
      const errors = watch(page);
      const res = await page.goto(`code/${junk}/`);
      expect(res?.status(), junk).toBe(404);
      await expect(page.getByTestId('code-not-found')).toBeVisible();
      await expect(page.getByTestId('code-not-found').getByRole('link', { name: 'Search for it' })).toHaveAttribute('href', /\/search\/\?q=/);
      await expectSafe(page, errors);
    }
  });
});
