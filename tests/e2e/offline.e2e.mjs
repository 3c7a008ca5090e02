/**
 * Offline use and updates, in Chromium against the production build.
 *
 * Offline is proven by stopping the preview server, not with `context.setOffline`: that does not
 * cover the service worker's own requests, so a test could pass while the worker still fetched
 * from the network. With the server gone, whatever opens can only have come from the precache.
 *
 * Updates are proven with a second copy of the build whose sw.js differs by one comment: the
 * browser sees a new service worker, which must wait for "Update now" and must never reload the
 * page before the open incident has been saved.
 *
 * Also: the web manifest is served, parses, and has the 192 and 512 px PNG icons (Lighthouse 12
 * has no PWA category any more, so this is checked directly), and every built file is precached.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { axeChecker } from './support/axeChecker.mjs';
import { answerSets, back, continueOn, currentStep, reference, startIncident, walk, watch } from './support/incidents.mjs';
import { testWithOwnServer } from './support/ownServerTest.mjs';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Waits for the service worker, with a plain message if the app never registers one. */
async function serviceWorkerReady(page) {
  const ready = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 15_000))]),
  );
  assert.ok(ready, 'no service worker became ready within 15 s: is registerServiceWorker() called in src/main.tsx?');
}

/** Loads the app, waits for its service worker, and reloads once so the page is controlled by it. */
async function loadControlled(page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await serviceWorkerReady(page);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is controlled by the service worker');
}

/** Files the service worker precaches, from the built sw.js. */
function precachedUrls() {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{\s*url:\s*"([^"]+)"/g)].map((m) => m[1]);
}

function builtFiles(dir = distDir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path).split('\\').join('/'));
}

/** A copy of dist/ whose service worker differs by one comment: "a new version" to the browser. */
let nextVersionDir;
function nextVersion() {
  if (nextVersionDir && existsSync(nextVersionDir)) return nextVersionDir;
  const root = mkdtempSync(join(tmpdir(), 'incident-wizard-next-'));
  nextVersionDir = join(root, 'dist');
  cpSync(distDir, nextVersionDir, { recursive: true });
  appendFileSync(join(nextVersionDir, 'sw.js'), `\n// e2e: the next version (${new Date().toISOString()})\n`);
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  return nextVersionDir;
}

const banner = (page) => page.getByRole('status').filter({ hasText: 'A new version is ready' });
/** Screen titles (src/content/steps.ts) of the screens these tests stop on. */
const whoTitle = 'Who wrote it, and who is it about?';
const postTitle = 'Where is the post, and when did you find it?';
const describeBox = (page) => page.getByRole('textbox', { name: /^In a line or two/ });

/** An incident open on the screen that asks where the post is and what it says, in a controlled page. */
async function incidentOnDescribe(page) {
  await loadControlled(page);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
}

/** Serves the next version and has the browser check for it, as it would on its own. */
async function publishNextVersion(page, startServer) {
  await startServer({ outDir: nextVersion() });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
}

test('the web manifest is served, parses, and has 192 and 512 px PNG icons', async ({ page, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'index.html links a manifest');
  const manifestUrl = new URL(href, `${baseURL}/`);
  const response = await page.request.get(manifestUrl.href);
  assert.equal(response.status(), 200);
  const manifest = JSON.parse(await response.text());
  assert.equal(manifest.name, 'Social Media Incident Wizard');
  assert.equal(manifest.short_name, 'Incident Wizard');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#005eb8');
  assert.equal(manifest.background_color, '#ffffff');
  assert.ok(manifest.start_url, 'the manifest has a start_url');

  for (const [size, purpose] of [
    [192, 'any'],
    [512, 'any'],
    [512, 'maskable'],
  ]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose));
    assert.ok(icon, `the manifest has a ${size} px ${purpose} icon`);
    assert.equal(icon.type, 'image/png');
    const png = await page.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(png.status(), 200, `${icon.src} is served`);
    const bytes = await png.body();
    assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${icon.src} is a PNG`);
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [size, size], `${icon.src} is ${size} × ${size}`);
  }

  // Chromium's own reading of the manifest: no errors.
  const cdp = await page.context().newCDPSession(page);
  const read = await cdp.send('Page.getAppManifest');
  assert.deepEqual(read.errors, [], 'Chromium finds no errors in the manifest');
});

test('every built file is in the precache', async () => {
  const precached = new Set(precachedUrls());
  const worker = /^(sw\.js|workbox-[\w-]+\.js)$/; // the service worker itself is not precached
  const missing = builtFiles().filter((file) => !worker.test(file) && !precached.has(file));
  assert.deepEqual(missing, [], 'built files missing from the precache (too big, or a pattern left them out?)');
  for (const url of precached) assert.ok(existsSync(join(distDir, url)), `precached ${url} exists in dist/`);
});

testWithOwnServer(
  'with the server stopped, the app and a saved incident open from the service worker',
  async ({ page, context, baseURL, stopServer, startServer }) => {
    const watcher = watch(context, page, baseURL);
    const failed = [];
    context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    await loadControlled(page);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'who' });
    const ref = await reference(page);
    await page.getByText(/^Saved on this computer/).waitFor();

    await stopServer();
    try {
      assert.equal(
        await fetch(baseURL).then(
          () => 'answered',
          () => 'down',
        ),
        'down',
        'the preview server is stopped',
      );

      // A reload comes back on the same screen.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: whoTitle }).waitFor();

      // A new tab opens the home list, the incident from it, and screens never opened before.
      const tab = await context.newPage();
      watcher.watchPage(tab);
      await tab.goto('/');
      await tab.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
      await tab.getByRole('button', { name: 'Practice settings' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
      await tab.getByRole('button', { name: 'Back', exact: true }).click();
      await tab.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
      await tab.getByRole('heading', { level: 1, name: whoTitle }).waitFor();
      assert.equal(await back(tab), 'post');
      assert.equal(await continueOn(tab), 'who');
      await walk(tab, answerSets.mild); // to the plan, a lazy chunk
      await tab.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
      await tab.getByRole('button', { name: 'See all sources' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
      assert.equal(await currentStep(tab), 'sources');
    } finally {
      await startServer();
    }
    assert.deepEqual(failed, [], 'no request failed while the server was stopped');
    watcher.assertClean();
  },
);

testWithOwnServer(
  'a new version waits for "Update now", and saves typing before it reloads',
  async ({ page, context, baseURL, startServer }) => {
    const watcher = watch(context, page, baseURL);
    await incidentOnDescribe(page);
    await publishNextVersion(page, startServer);
    await banner(page).waitFor({ timeout: 15_000 });

    const axe = axeChecker(page);
    await axe.check('the update banner');
    axe.assertNone();

    // "Later" hides it and reloads nothing.
    await page.evaluate(() => {
      window.beforeUpdate = true;
    });
    await page.getByRole('button', { name: 'Later', exact: true }).click();
    await banner(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.beforeUpdate), true, '"Later" did not reload the page');

    // The new version is still waiting, so the banner is back after a reload.
    await page.reload();
    await banner(page).waitFor({ timeout: 15_000 });

    // Typing is saved after a pause; "Update now" straight away must save it first.
    const words = 'Typed just before the update.';
    await describeBox(page).fill(words);
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Update now', exact: true }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1, name: postTitle }).waitFor();
    assert.equal(await describeBox(page).inputValue(), words, 'the words typed before the update are still there');
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting !== null, controlled: navigator.serviceWorker.controller !== null };
    });
    assert.deepEqual(after, { waiting: false, controlled: true }, 'the new version is in charge, none is waiting');
    assert.equal(await banner(page).count(), 0);
    watcher.assertClean();
  },
);

testWithOwnServer(
  'when another tab updates, this tab saves its typing and then reloads',
  async ({ page, context, baseURL, startServer }) => {
    const watcher = watch(context, page, baseURL);
    await incidentOnDescribe(page);
    const other = await context.newPage();
    watcher.watchPage(other);
    await other.goto('/');
    await other.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();

    await publishNextVersion(page, startServer);
    await banner(other).waitFor({ timeout: 15_000 });
    await banner(page).waitFor({ timeout: 15_000 });

    const words = 'Typed in this tab while the other one updated.';
    await describeBox(page).fill(words);
    const reloaded = page.waitForEvent('load');
    await other.getByRole('button', { name: 'Update now', exact: true }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1, name: postTitle }).waitFor();
    assert.equal(await describeBox(page).inputValue(), words, 'this tab saved its typing before it reloaded');
    watcher.assertClean();
  },
);

testWithOwnServer('an update never reloads away work that lives only in the tab', async ({ browser, baseURL, startServer }) => {
  // Storage blocked but service workers allowed: a reload would lose the whole incident.
  const context = await browser.newContext({ baseURL });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('blocked by policy', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const watcher = watch(context, page, baseURL);
    await incidentOnDescribe(page);
    await publishNextVersion(page, startServer);
    await banner(page).waitFor({ timeout: 15_000 });
    await page.evaluate(() => {
      window.beforeUpdate = true;
    });
    await page.getByRole('button', { name: 'Update now', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The update will wait' }).waitFor();
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.beforeUpdate), true, 'the page was not reloaded');
    assert.equal(await currentStep(page), 'post');
    watcher.assertClean();
  } finally {
    await context.close();
  }
});
