import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { CatalogEntry } from '../lib/catalog';

export type { CatalogEntry };

export async function getCatalog(request: APIRequestContext): Promise<CatalogEntry[]> {
  const res = await request.get('api/errors.json');
  expect(res.status()).toBe(200);
  return (await res.json()) as CatalogEntry[];
}

/** A catalog url is site-absolute with the base path; page.goto wants it relative to baseURL. */
export function rel(url: string): string {
  const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  return url.slice(base.length).replace(/^\//, '');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Opens a page and waits until React has hydrated it, so clicks and shortcuts are heard. */
export async function gotoReady(page: Page, url: string) {
  const res = await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  return res;
}
