/**
 * Typing that survives: a reload straight after the last keystroke (0 ms, well inside the
 * autosave's pause) keeps the text in a free-text answer, the reply draft and an action's "Who"
 * (issue #14, point 2), and so does closing the tab at once; and unsaved evidence and reference forms are kept, warned about, and never
 * reloaded away by an update accepted in another tab (point 3).
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { answerSets, currentStep, questionText, startIncident, storedRecord, incidentId, walk, waitForMove } from './support/incidents.mjs';
import { testWithOwnServer } from './support/ownServerTest.mjs';

/** The build the preview serves (E2E_DIST_DIR when a run serves another folder). */
const distDir = process.env.E2E_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/one-red-pixel.png', import.meta.url));
const fixtureName = 'one-red-pixel.png';

/** How many reloads at 0 ms each field gets. */
const tries = 10;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types `text` key by key at the end of the field and reloads at once; returns the value after. */
async function typeThenReload(page, field, text) {
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(text);
  await page.reload();
}

/** Types into `field` `tries` times, reloading 0 ms after each; returns how many kept the text. */
async function reloadsKept(page, fieldOf, label) {
  let kept = 0;
  const results = [];
  for (let i = 0; i < tries; i++) {
    const marker = ` ${label}-${i}-${Date.now().toString(36)}`;
    const before = await (await fieldOf()).inputValue();
    await typeThenReload(page, await fieldOf(), marker);
    const after = await (await fieldOf()).inputValue();
    const ok = after === before + marker;
    results.push(ok ? 'kept' : `lost: ${JSON.stringify(after)}`);
    if (ok) kept++;
  }
  console.log(`      ${label}: ${kept} of ${tries} reloads at 0 ms kept the text`);
  assert.equal(kept, tries, `${label}: ${results.join('; ')}`);
}

const button = (scope, name) => scope.getByRole('button', { name, exact: true });
const postText = (page) => page.getByRole('textbox', { name: /^Text of the post/ });
const referenceNotes = (page) =>
  page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Note a report, contact or advice' }) })
    .getByRole('textbox', { name: /^Notes/ });

async function openEvidence(page) {
  await page.getByRole('button', { name: /^Evidence and references \(/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
}

/** Counts the "leave this page?" prompts (beforeunload) and accepts each, as a user choosing Leave. */
function leavePrompts(page) {
  const seen = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

/** Loads the app, waits for its service worker, and reloads once so the page is controlled by it. */
async function loadControlled(page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const ready = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 15_000))]),
  );
  assert.ok(ready, 'a service worker became ready');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** A copy of the build whose service worker differs by one comment: "a new version" to the browser. */
let nextVersionDir;
function nextVersion() {
  if (nextVersionDir && existsSync(nextVersionDir)) return nextVersionDir;
  const root = mkdtempSync(join(tmpdir(), 'incident-wizard-typing-next-'));
  nextVersionDir = join(root, 'dist');
  cpSync(distDir, nextVersionDir, { recursive: true });
  appendFileSync(join(nextVersionDir, 'sw.js'), `\n// e2e typing: the next version (${new Date().toISOString()})\n`);
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  return nextVersionDir;
}

const banner = (page) => page.getByRole('status').filter({ hasText: 'A new version is ready' });
const formBlocks = (page) => page.getByRole('status').filter({ hasText: 'The update will wait: a post or an entry' });

/** A controlled page with an incident, the evidence log open and a new post's text typed (not saved). */
async function postBeingTyped(page, startServer, words) {
  await loadControlled(page);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  await openEvidence(page);
  await button(page, 'Add a post').click();
  await postText(page).fill(words);
  await startServer({ outDir: nextVersion() });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.evaluate(() => {
    window.beforeUpdate = true;
  });
}

test('a reload 0 ms after typing keeps the free-text answer, the reply draft and an action\'s "Who"', async ({ page }) => {
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  const description = () => page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(questionText.description.legend)}`) });
  await reloadsKept(
    page,
    async () => {
      assert.equal(await currentStep(page), 'post', 'the reload reopens the same screen');
      const field = description();
      await field.waitFor();
      return field;
    },
    'description',
  );
  // And it reached the disk after the reload: the stored draft has the last text.
  const id = await incidentId(page);
  const typed = await description().inputValue();
  await page.waitForFunction(
    async ({ id, typed }) =>
      new Promise((resolve) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onsuccess = () => {
          const get = open.result.transaction('incidents').objectStore('incidents').get(id);
          get.onsuccess = () => {
            resolve(get.result?.drafts?.description === typed);
            open.result.close();
          };
        };
      }),
    { id, typed },
    { timeout: 5000 },
  );

  // Back on "post" the description is still optional; walk on to the plan.
  await walk(page, answerSets.mild);
  const owner = () => page.getByRole('textbox', { name: /^Who will do it/ }).first();
  await reloadsKept(
    page,
    async () => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Who will do it is under the first action's line, which opens from its title.
      const line = page.getByRole('heading', { level: 3 }).first().getByRole('button');
      if ((await line.getAttribute('aria-expanded')) !== 'true') await line.click();
      await owner().waitFor();
      return owner();
    },
    'who',
  );

  await page.getByRole('button', { name: 'Draft the reply', exact: true }).click();
  assert.equal(await waitForMove(page, 'plan'), 'reply');
  const reply = () => page.getByRole('textbox', { name: /^Your reply/ });
  await reloadsKept(
    page,
    async () => {
      await reply().waitFor();
      return reply();
    },
    'reply',
  );
  const stored = await storedRecord(page, id);
  assert.ok(stored, 'the incident is stored');
});

test('the post and reference forms keep typed text over a reload 3 s later, ask before leaving, and name screenshots not saved', async ({
  page,
}) => {
  const prompts = leavePrompts(page);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  await openEvidence(page);

  // A post: text typed and a screenshot attached, neither saved.
  await button(page, 'Add a post').click();
  const words = 'You lot should be ashamed. Seen 3h ago.';
  await postText(page).pressSequentially(words);
  await page.getByLabel('Choose files').setInputFiles(fixture);
  await button(page, `Remove ${fixtureName}`).waitFor();
  await page.waitForTimeout(3000);
  await page.reload();
  assert.deepEqual(prompts, ['beforeunload'], 'leaving with an unsaved post asked first');
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  assert.equal(await postText(page).inputValue(), words, 'the typed text of the post is back after the reload');
  await page.getByText(new RegExp(`not saved before the page reloaded.*${fixtureName.replace('.', '\\.')}`)).waitFor();
  // Reloads 0 ms after typing keep it too.
  await postText(page).press('Control+End');
  await postText(page).pressSequentially(' More.');
  await page.reload();
  assert.equal(await postText(page).inputValue(), `${words} More.`);
  // Cancel forgets it: nothing asks, and nothing comes back.
  await button(page, 'Cancel').click();
  const asked = prompts.length;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  assert.equal(prompts.length, asked, 'no prompt once the form was cancelled');
  assert.equal(await postText(page).count(), 0, 'the cancelled form stays closed');

  // A reference: a kind chosen and notes typed.
  await button(page, 'Note a report, contact or advice').click();
  await page.getByRole('radio', { name: 'A report to the site', exact: true }).check();
  await page.getByLabel('Which site?').selectOption({ label: 'Google reviews' });
  const notes = 'Reported under harassment; the form gave no number.';
  await referenceNotes(page).pressSequentially(notes);
  await page.waitForTimeout(3000);
  await page.reload();
  assert.equal(prompts.length, asked + 1, 'leaving with an unsaved reference asked first');
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  assert.equal(await referenceNotes(page).inputValue(), notes, 'the notes are back after the reload');
  assert.ok(await page.getByRole('radio', { name: 'A report to the site', exact: true }).isChecked(), 'and the kind chosen');
  assert.equal(await page.getByLabel('Which site?').inputValue(), 'googleReviews', 'and the site');
  // Saved: it is in the log, and leaving no longer asks.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Note a report, contact or advice', exact: true }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  assert.equal(prompts.length, asked + 1, 'no prompt once the reference was saved');
  const stored = await storedRecord(page, await incidentId(page));
  assert.equal(stored.references.length, 1);
  assert.equal(stored.references[0].notes, notes);
});

testWithOwnServer('"Update now" waits while a post is open with changes, and says why', async ({ page, startServer }) => {
  const words = 'Typed into a post just before the update.';
  await postBeingTyped(page, startServer, words);
  await banner(page).waitFor({ timeout: 15_000 });
  await button(page, 'Update now').click();
  await formBlocks(page).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.beforeUpdate), true, 'the page was not reloaded');
  assert.equal(await postText(page).inputValue(), words);
  // Once the post is saved, "Update now" goes ahead.
  await button(page, 'Save post').click();
  await page.getByRole('status').filter({ hasText: 'Post 1 saved.' }).waitFor();
  const reloaded = page.waitForEvent('load');
  await button(page, 'Update now').click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  assert.equal(await page.getByRole('article', { name: /^Post 1:/ }).count(), 1);
});

test('closing the tab 0 ms after typing keeps the text for the next tab that opens the incident', async ({ page, context }) => {
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  const id = await incidentId(page);
  const address = page.url();
  const description = (p) => p.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(questionText.description.legend)}`) });
  let kept = 0;
  const results = [];
  let current = page;
  for (let i = 0; i < tries; i++) {
    const marker = ` closed-${i}-${Date.now().toString(36)}`;
    const field = description(current);
    await field.waitFor();
    const before = await field.inputValue();
    await field.click();
    await field.press('Control+End');
    await field.pressSequentially(marker);
    // Closed at once: the autosave pause has not run, and an IndexedDB write would be cut off.
    await current.close({ runBeforeUnload: true });
    current = await context.newPage();
    await current.goto(address);
    const after = await description(current).inputValue();
    const ok = after === before + marker;
    results.push(ok ? 'kept' : `lost: ${JSON.stringify(after)}`);
    if (ok) kept++;
  }
  console.log(`      description: ${kept} of ${tries} tabs closed at 0 ms kept the text`);
  assert.equal(kept, tries, results.join('; '));
  assert.equal(await incidentId(current), id);
});

testWithOwnServer(
  'an update accepted in another tab never reloads a tab with a post open: it says so instead',
  async ({ page, context, startServer }) => {
    const words = 'Typed into a post while another tab updated.';
    await postBeingTyped(page, startServer, words);
    const other = await context.newPage();
    await other.goto('/');
    await banner(other).waitFor({ timeout: 15_000 });
    // Waiting starts before the click: the reload can finish before the click call returns.
    const otherReloaded = other.waitForEvent('load');
    await button(other, 'Update now').click();
    await otherReloaded;
    await formBlocks(page).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.beforeUpdate), true, 'this tab was not reloaded');
    assert.equal(await postText(page).inputValue(), words);
  },
);
