/**
 * Page addresses (src/app/routes.ts) in Chromium against the production build: a reload keeps the
 * page, a bookmark opens it, and the browser's Back moves between pages. Pages are found by their
 * headings and buttons, as a screen reader user would find them; the address is read from the URL.
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const hashOf = (page) => new URL(page.url()).hash;

/** Requests that leave the app's origin, and console or page errors. */
function watch(context, page, baseURL) {
  const problems = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url)) problems.push(`request left ${baseURL}: ${url}`);
  });
  const watchPage = (p) => {
    p.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  watchPage(page);
  return { watchPage, assertClean: () => assert.ok(problems.length === 0, problems.join('\n')) };
}

test('training stays open across a reload and can be bookmarked; Back from settings returns to the list', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await page.goto('/');
  await h1(page, 'Social media incidents').waitFor();
  // A real incident, which training must never show.
  await button(page, 'Start a new incident').click();
  await page
    .getByText(/SM-\d{4}-\d{4}/)
    .first()
    .waitFor();
  await button(page, 'All incidents').click();
  await h1(page, 'Social media incidents').waitFor();
  assert.equal(hashOf(page), '#/');

  await button(page, 'Training and practice scenarios').click();
  await h1(page, 'Training').waitFor();
  assert.equal(hashOf(page), '#/training');
  await page.reload();
  await h1(page, 'Training').waitFor();
  assert.equal(hashOf(page), '#/training', 'still on training after the reload');
  assert.equal(await page.getByText(/SM-\d{4}-\d{4}/).count(), 0, 'training shows no real incident');

  // Back from training (after the reload too) returns to the list; settings, then Back, the same.
  await page.goBack();
  await h1(page, 'Social media incidents').waitFor();
  await button(page, 'Practice settings').click();
  await h1(page, 'Practice settings').waitFor();
  assert.equal(hashOf(page), '#/settings');
  await page.goBack();
  await h1(page, 'Social media incidents').waitFor();
  assert.equal(hashOf(page), '#/');
  await page.goForward();
  await h1(page, 'Practice settings').waitFor();

  // A trainer's bookmark of a scenario opens it in a new tab, and a stale one lands on training.
  const bookmark = await context.newPage();
  watcher.watchPage(bookmark);
  await bookmark.goto('/#/training/car-park-threat/walkthrough');
  await bookmark.getByText('Training — not a real incident').first().waitFor();
  await bookmark.goto('/#/training/no-longer-here/practice');
  await h1(bookmark, 'Training').waitFor();
  await bookmark.getByText('That scenario is no longer in the library.', { exact: false }).waitFor();
  assert.equal(hashOf(bookmark), '#/training');
  watcher.assertClean();
});

test("an incident's evidence log and diagram stay open across a reload, and Back returns to its screen", async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await page.goto('/');
  await button(page, 'Start a new incident').click();
  await page
    .getByText(/SM-\d{4}-\d{4}/)
    .first()
    .waitFor();
  const screenTitle = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  const address = hashOf(page);
  assert.match(address, /^#\/incident\/[^/]+$/);

  await page.getByRole('button', { name: /^Evidence and references/ }).click();
  await h1(page, 'Evidence and references').waitFor();
  assert.equal(hashOf(page), `${address}/evidence`);
  await page.reload();
  await h1(page, 'Evidence and references').waitFor();
  assert.equal(hashOf(page), `${address}/evidence`);

  await page.goBack();
  await h1(page, screenTitle).waitFor();
  assert.equal(hashOf(page), address);

  // The diagram the same way.
  await page.getByRole('button', { name: 'See the whole flow' }).first().click();
  await h1(page, 'The whole flow').waitFor();
  assert.equal(hashOf(page), `${address}/diagram`);
  await page.reload();
  await h1(page, 'The whole flow').waitFor();
  await page.goBack();
  await h1(page, screenTitle).waitFor();

  await page.goBack();
  await h1(page, 'Social media incidents').waitFor();
  watcher.assertClean();
});
