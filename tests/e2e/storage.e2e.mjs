/**
 * Nothing the user saved or typed is lost, and nothing typed leaks (issue #14, points 4 to 6), in
 * Chromium against the production build:
 * - point 6: the copy "for sharing outside the practice" shows none of the typed text, in the
 *   Markdown and plain-text downloads and in the printed page;
 * - point 4: storage actions that fail say so in words, and keep what was typed;
 * - point 5: two tabs on one incident or on the practice settings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import {
  answerSets,
  choose,
  continueOn,
  incidentId,
  openInSecondTab,
  questionGroup,
  reference,
  startIncident,
  storedRecord,
  walk,
  watch,
} from './support/incidents.mjs';

const fixture = fileURLToPath(new URL('../fixtures/one-red-pixel.png', import.meta.url));

/** Every stored evidence file, as { id, incidentId }. */
function storedFiles(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('files').objectStore('files').getAll();
          all.onsuccess = () => {
            resolve(all.result.map((file) => ({ id: file.id, incidentId: file.incidentId })));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

const button = (scope, name) => scope.getByRole('button', { name, exact: true });

/** Writes `record` straight into IndexedDB, as src/record/database.ts keeps it. */
export function putRecord(page, record) {
  return page.evaluate(
    (record) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const db = open.result;
            const tx = db.transaction('incidents', 'readwrite');
            tx.objectStore('incidents').put(record, record.id);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error ?? new Error('aborted'));
          } catch (error) {
            reject(error);
          }
        };
      }),
    record,
  );
}

async function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'smiw-storage-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function download(page, dir, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

const marker = 'Zqmarker';

/** From now on this tab's IndexedDB refuses every write, as a full disk or a policy would. */
function breakWrites(page) {
  return page.evaluate(() => {
    for (const method of ['put', 'add', 'delete', 'clear']) {
      IDBObjectStore.prototype[method] = function refused() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
}

/** A new incident, saved, and the home screen showing it; returns its reference and id. */
async function savedIncident(page) {
  await startIncident(page);
  const id = await incidentId(page);
  const ref = (await storedRecord(page, id)).reference;
  await button(page, 'All incidents').click();
  await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
  return { id, ref };
}

test('point 4: start, close and delete say so when storage fails, and keep the outcome typed', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const { id, ref } = await savedIncident(page);

  await breakWrites(page);
  await button(page, 'Start a new incident').click();
  await page.getByRole('alert').filter({ hasText: 'A new incident could not be started' }).waitFor({ timeout: 5000 });
  await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();

  await button(page, `Close ${ref}`).click();
  const outcome = page.getByRole('textbox', { name: /^What was the outcome/ });
  await outcome.fill('Post removed by the site');
  await button(page, 'Close the incident').click();
  await page.getByRole('alert').filter({ hasText: 'The incident was not closed' }).waitFor({ timeout: 5000 });
  await page.getByRole('alert').filter({ hasText: 'no room left' }).waitFor();
  assert.equal(await outcome.inputValue(), 'Post removed by the site', 'the outcome typed is kept');
  assert.equal((await storedRecord(page, id)).status, 'open');

  await button(page, 'Cancel').click();
  await button(page, `Delete ${ref}`).click();
  await button(page, 'Yes, delete it').click();
  await page.getByRole('alert').filter({ hasText: 'The incident was not deleted' }).waitFor({ timeout: 5000 });
  assert.ok(await storedRecord(page, id), 'the incident is still stored');
  watcher.assertClean();
});

test('point 4: "Close the incident" works when another tab saved the incident first', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const { id, ref } = await savedIncident(page);
  await button(page, `Close ${ref}`).click();
  await page.getByRole('textbox', { name: /^What was the outcome/ }).fill('No further posts');

  // The other tab opens the same incident and saves an answer.
  const other = await context.newPage();
  watcher.watchPage(other);
  await other.goto('/');
  await button(other, `Open ${ref}`).click();
  await other.getByRole('radio').first().check();
  await button(other, 'Continue').click();
  const before = (await storedRecord(page, id)).revision;
  for (let i = 0; i < 100 && (await storedRecord(page, id)).revision === before; i++) await page.waitForTimeout(50);
  const saved = await storedRecord(page, id);
  assert.ok(Object.keys(saved.answers).length > 0, 'the other tab saved an answer');

  await button(page, 'Close the incident').click();
  await page
    .getByRole('status')
    .filter({ hasText: `Incident ${ref} is closed.` })
    .waitFor({ timeout: 5000 });
  const closed = await storedRecord(page, id);
  assert.equal(closed.status, 'closed');
  assert.equal(closed.outcome, 'No further posts');
  assert.deepEqual(closed.answers, saved.answers, "the other tab's answers are kept");
  await other.close();
  watcher.assertClean();
});

test('point 5: a stale tab keeps both versions (a copy beside the latest), and leaves no orphaned file', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  const ref = await reference(page);
  const id = await incidentId(page);

  const second = await openInSecondTab(context, watcher, ref);
  await choose(questionGroup(second, 'platform'), 'radio', 'Google reviews');
  assert.equal(await continueOn(second), 'who');
  await second.getByText(/^Saved on this computer/).waitFor();

  // This tab, not knowing, adds a post with a screenshot: its save is refused.
  await page.bringToFront();
  await page.getByRole('button', { name: /^Evidence and references \(/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  await button(page, 'Add a post').click();
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add a post' }) });
  await form.getByLabel('Choose files').setInputFiles(fixture);
  await form.getByRole('button', { name: 'Remove one-red-pixel.png', exact: true }).waitFor();
  await form.getByRole('textbox', { name: /^Name of the account that posted it/ }).fill('Stale tab account');
  await button(form, 'Save post').click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'changed in another tab or window (or on another computer using the practice folder)' });
  await alert.waitFor({ timeout: 5000 });
  assert.equal((await storedFiles(page)).filter((f) => f.incidentId === id).length, 1, 'the screenshot was stored');

  await alert.getByRole('button', { name: /^Keep both/ }).click();
  const kept = alert.getByText(/saved as a new incident, SM-\d{4}-\d{4}/);
  await kept.waitFor({ timeout: 5000 });
  const copyRef = (await kept.textContent()).match(/SM-\d{4}-\d{4}/)[0];
  await alert.getByRole('button', { name: 'Open the latest version' }).click();
  await alert.waitFor({ state: 'detached', timeout: 5000 });

  const files = await storedFiles(page);
  assert.deepEqual(
    files.filter((f) => f.incidentId === id),
    [],
    'no file is left with nothing pointing at it',
  );
  const latest = await storedRecord(page, id);
  assert.equal(latest.answers.platform, 'googleReviews', "the other tab's answer is the latest");
  assert.equal(latest.evidence.length, 0);

  await page.goto('/');
  await page.getByText(`Copy of ${ref}`).waitFor();
  await button(page, `Open ${copyRef}`).click();
  await page.getByRole('button', { name: 'Evidence and references (1 saved)' }).waitFor();
  const copyId = await incidentId(page);
  const copy = await storedRecord(page, copyId);
  assert.equal(copy.evidence[0].account, 'Stale tab account', "this tab's post is in the copy");
  const copyFiles = files.filter((f) => f.incidentId === copyId).map((f) => f.id);
  assert.deepEqual(copyFiles, [copy.evidence[0].files[0].fileId], 'the copy has its own copy of the screenshot');
  await second.close();
  watcher.assertClean();
});

test('point 5: practice settings saved in two tabs: the second save is refused, in words, not silently replacing', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  const openSettings = async (tab) => {
    await tab.goto('/');
    await button(tab, 'Practice settings').click();
    await tab.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
    return tab.getByRole('textbox', { name: 'Practice name', exact: true });
  };
  const mine = await openSettings(page);
  const other = await context.newPage();
  watcher.watchPage(other);
  const theirs = await openSettings(other);
  await theirs.fill('Riverside Surgery');
  await button(other, 'Save settings').click();
  await other.getByRole('status').filter({ hasText: 'Settings saved on this computer' }).waitFor();

  await mine.fill('Hillside Practice');
  await button(page, 'Save settings').click();
  await page.getByRole('alert').filter({ hasText: 'changed in another tab or window' }).waitFor({ timeout: 5000 });
  assert.equal(await mine.inputValue(), 'Hillside Practice', 'what was entered here is kept');
  const stored = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('practice');
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
        };
      }),
  );
  assert.equal(stored.practiceName, 'Riverside Surgery', "the other tab's settings are not replaced");
  await other.close();
  watcher.assertClean();
});

test('point 6: the copy for sharing shows no typed text in Markdown, plain text or print', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  await context.addInitScript(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await startIncident(page);
  await walk(page, answerSets.mild);
  await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();
  const id = await incidentId(page);
  const stored = await storedRecord(page, id);
  const at = stored.createdAt;
  // Every free-text field a post or a reference has, as the evidence and reference forms save them.
  await putRecord(page, {
    ...stored,
    revision: stored.revision + 1,
    outcome: `${marker} outcome`,
    evidence: [
      {
        id: 'ev-marker',
        platform: 'google',
        url: `https://example.com/${marker}`,
        account: `${marker} account`,
        text: `${marker} text`,
        postedAsShown: `${marker} posted 3h ago`,
        capturedAt: at,
        notes: `${marker} notes`,
        files: [],
      },
    ],
    references: ['platformReport', 'police', 'reportHarmfulContent', 'advice', 'support'].map((kind, index) => ({
      id: `ref-${index}`,
      kind,
      with: `${marker} with`,
      at,
      reference: `${marker} reference ${index}`,
      outcome: `${marker} outcome`,
      notes: `${marker} notes`,
    })),
    timeline: [...stored.timeline, { at, kind: 'evidence', summary: `${marker} summary` }],
  });
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();

  await withTempDir(async (dir) => {
    // The log copy shows the typed text: the record really does reach the note.
    const log = await download(page, dir, 'Download as Markdown (.md)');
    assert.ok(log.includes(`${marker} posted 3h ago`) && log.includes(`${marker} reference 1`), 'the log copy shows the typed text');

    await page.getByRole('radio', { name: /^Sharing outside the practice/ }).check();
    const markdown = await download(page, dir, 'Download as Markdown (.md)');
    const text = await download(page, dir, 'Download as text (.txt)');
    assert.ok(markdown.includes('removed for sharing'), 'the Markdown copy is the one for sharing');
    assert.equal(markdown.toLowerCase().includes(marker.toLowerCase()), false, `typed text in the Markdown for sharing:\n${markdown}`);
    assert.equal(text.toLowerCase().includes(marker.toLowerCase()), false, `typed text in the plain text for sharing:\n${text}`);
  });

  await button(page, 'Print or save as PDF').click();
  const printView = page.getByRole('document', { name: 'The note, laid out for printing', includeHidden: true });
  await printView.waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.__printed === true);
  const printed = await printView.evaluate((el) => el.textContent);
  assert.ok(printed.includes('[removed for sharing]'), 'the printed copy is the one for sharing');
  assert.equal(printed.toLowerCase().includes(marker.toLowerCase()), false, 'typed text in the printed copy for sharing');
  watcher.assertClean();
});
