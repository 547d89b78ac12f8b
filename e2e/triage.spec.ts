import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('triage', () => {
  test('a full triage by keyboard only ends on the right cause', async ({ page }) => {
    await page.goto('triage/');
    await expect(page.getByTestId('question-who')).toBeVisible();
    // Tab to the first option of each question and press Enter: no mouse.
    const choose = async (question: string, label: RegExp) => {
      const button = page.getByTestId(`question-${question}`).getByRole('button', { name: label });
      await button.focus();
      await page.keyboard.press('Enter');
    };
    await choose('who', /helpdesk/);
    await choose('platform', /Windows PC/);
    await choose('where', /Windows setup/);
    await expect(page.getByTestId('triage-results')).toBeVisible();
    await choose('method', /self-deploying/);
    await page.getByTestId('question-text').getByRole('textbox').focus();
    await page.keyboard.type('Securing your hardware (Failed: 0x800705b4)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const first = page.getByTestId('triage-results').getByRole('link').first();
    await expect(first).toHaveAttribute('href', /\/errors\/securing-your-hardware-failed\/#[a-z0-9-]+$/);
    await expect(page.getByTestId('triage-reasons').first()).toContainText('0x800705B4');
    await expect(page).toHaveURL(/platform=windows/);
    await expect(page).toHaveURL(/text=/);
  });

  test('a triage link round-trips: loading it gives the same results', async ({ page, browser }) => {
    await page.goto('triage/?who=helpdesk&platform=windows&other-devices=yes&all-users=no&text=80180003');
    const links = page.getByTestId('triage-results').getByRole('link');
    await expect(links.first()).toHaveAttribute('href', /\/errors\/user-not-authorized-to-enroll\/#device-limit-reached$/);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId('triage-results').getByRole('link').first()).toBeVisible();
    expect(await other.getByTestId('triage-results').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(hrefs);
    await other.close();
  });

  test('back and forward walk through the answers', async ({ page }) => {
    await page.goto('triage/');
    await page.getByTestId('question-who').getByRole('button', { name: /admin/ }).click();
    await page.getByTestId('question-platform').getByRole('button', { name: /iPhone/ }).click();
    await expect(page).toHaveURL(/platform=ios/);
    await page.goBack();
    await expect(page).not.toHaveURL(/platform=/);
    await expect(page.getByTestId('question-platform')).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(/platform=ios/);
    await expect(page.getByTestId('triage-answers')).toContainText('iPhone');
  });

  test('the ticket note carries the answers, every spelling of the code, blanks and links', async ({ page }) => {
    await page.goto('triage/?who=helpdesk&platform=windows&where=settings-work-access&text=0x80180003');
    const note = page.getByTestId('ticket-note');
    await expect(note).toHaveValue(/Windows/);
    const text = await note.inputValue();
    for (const s of ['0x80180003', '2149056515', '-2145910781', '____', '/errors/user-not-authorized-to-enroll/', '/triage/?']) {
      expect(text, s).toContain(s);
    }
    await page.goto('triage/?who=user&platform=ios&where=company-portal&text=Company%20Portal%20Temporarily%20Unavailable');
    await expect(page.getByTestId('user-note')).toHaveValue(/Company Portal Temporarily Unavailable/);
  });

  test('only pasted log text is enough', async ({ page }) => {
    const log = 'Log Name: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin\nEvent ID: 76\nDescription: Auto MDM Enroll: Failed (Unknown Win32 Error code: 0x80180002b)';
    await page.goto(`triage/?text=${encodeURIComponent(log)}`);
    await expect(page.getByTestId('triage-results').getByRole('link').first()).toHaveAttribute('href', /\/errors\/auto-mdm-enroll-failed\//);
  });

  test('an unknown code leads to the guides, with the note still there', async ({ page }) => {
    await page.goto('triage/?who=helpdesk&text=0x80070005');
    const nothing = page.getByTestId('triage-nothing');
    await expect(nothing).toBeVisible();
    await expect(nothing.getByRole('link', { name: 'What to collect before you start' })).toBeVisible();
    await expect(nothing.getByRole('link', { name: 'Collecting logs' })).toBeVisible();
    await expect(page.getByTestId('ticket-note')).toHaveValue(/0x80070005/);
  });

  test('an XSS payload in text is shown as text', async ({ page }) => {
    const xss = '<img src=x onerror="window.__xss=1">';
    await page.goto(`triage/?who=helpdesk&text=${encodeURIComponent(xss)}`);
    await expect(page.getByTestId('triage-answers')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
  });

  test('the first question works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('triage/');
    await page.getByRole('radio', { name: /helpdesk/ }).check();
    await page.getByRole('radio', { name: /Windows PC/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/triage\/\?who=helpdesk&platform=windows$/);
    await context.close();
  });

  test('axe is clean on each step', async ({ page }) => {
    for (const url of ['triage/', 'triage/?who=user', 'triage/?who=user&platform=windows', 'triage/?who=user&platform=windows&where=oobe&method=autopilot-user-driven', 'triage/?who=helpdesk&platform=windows&where=oobe&method=autopilot-user-driven&text=', 'triage/?text=0x80070005']) {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForTimeout(200);
      await expectNoAxeViolations(page);
    }
  });
});
