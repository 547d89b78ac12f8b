// Screenshots of built pages for a human look: node scripts/screenshot.mjs /errors/ [/other/...]
// Writes .shots/<name>-<desktop|phone>[-dark].png. Needs out/ (npm run build) and Chromium.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { createStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const print = process.argv.includes('--print');
const fold = process.argv.includes('--fold'); // first screen only, at full resolution
const server = createStaticServer({ dir: 'out' }).listen(4180, '127.0.0.1');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
fs.mkdirSync('.shots', { recursive: true });
for (const p of paths.length ? paths : ['/']) {
  for (const [label, viewport, mobile] of [['desktop', { width: 1280, height: 900 }, false], ['phone', { width: 390, height: 844 }, true]]) {
    const page = await browser.newPage({ viewport, isMobile: mobile, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
    if (print) await page.emulateMedia({ media: 'print' });
    await page.goto(`http://127.0.0.1:4180${p}`);
    await page.waitForTimeout(300);
    const name = p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    await page.screenshot({ path: `.shots/${name}-${label}${dark ? '-dark' : ''}${print ? '-print' : ''}${fold ? '-fold' : ''}.png`, fullPage: !fold });
    await page.close();
  }
}
await browser.close();
server.close();
