// @ts-check
/**
 * Browser tests (tests/e2e/*.e2e.mjs) with @playwright/test, in Debian's Chromium against the
 * production build served by `vite preview`. Run `npm run build` first (`npm test` does).
 * No test tool ever downloads a browser: the path below is the system one (CHROMIUM_PATH to
 * override), and nothing here runs `playwright install`.
 * Tests that stop the server or serve a new version use a server of their own
 * (tests/e2e/support/ownServerTest.mjs), so the shared one below stays up for the rest.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}. Install it with: apt-get install -y chromium ` +
      '(or set CHROMIUM_PATH). Browsers are never downloaded by the test tools.',
  );
}

// E2E_PORT and E2E_DIST let two people run browser tests side by side on one machine, each
// against a build of their own (`npx vite build --outDir dist-mine`); CI uses the defaults.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.mjs',
  // Every test has its own browser context, so tests run in parallel, file order aside.
  fullyParallel: true,
  // Two workers on the 2-core CI machine: each test drives one page, and the server is shared.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Whole incidents walked screen by screen take tens of seconds on a busy machine: the limit is
  // there to catch a hang. Each wait within a test has the old runner's 30 s limit.
  timeout: 180_000,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    // Locally an already running preview is used (it must serve this build); CI always starts its own.
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
