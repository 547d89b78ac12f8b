import fs from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { normalizeBasePath } from './scripts/base-path.mjs';

// Playwright cannot download its own browser on every machine, so it takes the
// system's: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else its own build.
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined;
  } catch {
    // fall through to the message below
  }
  throw new Error(
    'No Chromium found for the end-to-end tests.\n' +
      '  Install one:  apt-get install chromium   (Debian/Ubuntu)\n' +
      '           or:  npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

const executablePath = chromiumPath();
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PATH = normalizeBasePath(process.env.BASE_PATH);
// The built site to serve: out/ by default, out-kb/ for the sub-path build.
const OUT_DIR = process.env.E2E_OUT ?? 'out';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/static-server.mjs ${OUT_DIR}`,
    env: { PORT: String(PORT), BASE_PATH },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
