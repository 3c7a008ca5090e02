/**
 * The practice folder (issue 18) in the production build and Chromium's File System Access API.
 *
 * Two PCs on one folder: the folder is an origin-private one (navigator.storage.getDirectory(),
 * the same FileSystemDirectoryHandle type the picker gives), handed to the app by the test-only
 * flag `window.__useOriginPrivateFolderForTests` (src/record/practiceFolder/testHooks.ts). Two
 * browser contexts would each have an origin-private folder of their own, so both "PCs" are pages
 * of one context, and the second keeps its incidents in databases of its own
 * (`window.__practiceFolderTestDatabase = 'pc-b'`): the same folder, two separate browser stores.
 *
 * Nothing here times anything: every wait is for something on screen, in storage or in the folder.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { axeChecker } from './support/axeChecker.mjs';
import { answer, answerSets, continueOn, currentStep, incidentId, reference, startIncident, watch } from './support/incidents.mjs';

const fixture = fileURLToPath(new URL('../fixtures/one-red-pixel.png', import.meta.url));
const fixtureName = 'one-red-pixel.png';
const fixtureSha256 = createHash('sha256').update(readFileSync(fixture)).digest('hex');
const folderName = 'Practice folder (test)';
const button = (scope, name) => scope.getByRole('button', { name, exact: true });

/**
 * Every file in the practice folder: incident files as parsed JSON (or the raw text if it does
 * not parse), evidence files as the SHA-256 of their bytes, worked out in the browser.
 */
function folderFiles(page) {
  return page.evaluate(async (name) => {
    const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle(name, { create: true });
    const files = {};
    // A swap file (".crswap") can go between listing it and reading it: it is skipped, not an error.
    const gone = (error) => error?.name === 'NotFoundError';
    // A file replaced by a background save while it is read makes the read fail: it is read again.
    const bytesOf = async (handle) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await (await handle.getFile()).arrayBuffer();
        } catch (error) {
          if (error?.name !== 'NotReadableError' || attempt === 10) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    for await (const [entryName, handle] of folder.entries()) {
      try {
        if (handle.kind === 'file') {
          const text = new TextDecoder().decode(await bytesOf(handle));
          try {
            files[entryName] = JSON.parse(text);
          } catch {
            files[entryName] = text;
          }
        } else {
          for await (const [fileName, file] of handle.entries()) {
            files[`${entryName}/${fileName}`] = hex(await crypto.subtle.digest('SHA-256', await bytesOf(file)));
          }
        }
      } catch (error) {
        if (!gone(error)) throw error;
      }
    }
    return files;
  }, folderName);
}

/** Polls the folder until `check(files)` holds. */
async function untilFolder(page, check, what) {
  for (let i = 0; i < 200; i++) {
    const files = await folderFiles(page);
    if (check(files)) return files;
    await page.waitForTimeout(100);
  }
  assert.fail(`the practice folder never showed ${what}: ${JSON.stringify(Object.keys(await folderFiles(page)))}`);
}

/** A stored value from this page's IndexedDB (`database` names the "PC"). */
function stored(page, database, store, key) {
  return page.evaluate(
    ({ database, store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(store).objectStore(store).get(key);
          get.onsuccess = async () => {
            const value = get.result;
            db.close();
            if (value && value.bytes instanceof ArrayBuffer) {
              const digest = await crypto.subtle.digest('SHA-256', value.bytes);
              resolve({
                ...value,
                bytes: undefined,
                bytesSha256: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
              });
            } else resolve(value);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { database, store, key },
  );
}

const pcA = 'social-media-incident-wizard';
const pcB = 'social-media-incident-wizard-pc-b';

/** Practice settings, "Choose the practice folder", and the first check done; back to the list. */
async function chooseFolder(page) {
  await button(page, 'Practice settings').click();
  await page.getByRole('heading', { level: 2, name: 'Practice folder' }).waitFor();
  await button(page, 'Choose the practice folder').click();
  await page.getByText(`Incidents are also kept in the folder “${folderName}”.`).waitFor();
  await page.getByText(/Last checked /).waitFor();
}

async function toList(page) {
  const all = button(page, 'All incidents');
  if ((await all.count()) > 0) await all.click();
  else await button(page, 'Back').click();
  await button(page, 'Start a new incident').waitFor();
  // The list's own check of the folder has finished.
  await button(page, 'Check the folder now').and(page.locator(':enabled')).waitFor();
}

/** Answers the screen on show from the mild set and continues: one save. */
async function answerAndContinue(page) {
  const step = await currentStep(page);
  await answer(page, answerSets.mild, step);
  await continueOn(page);
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__useOriginPrivateFolderForTests = true;
  });
});

test('two PCs on one folder: edits go across, evidence keeps its SHA-256, and a simultaneous edit keeps both versions', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  await page.goto('/');
  await chooseFolder(page);
  await axe.check('practice settings with a folder chosen');

  // PC A: an incident with a screenshot.
  await startIncident(page);
  await answerAndContinue(page);
  const ref = await reference(page);
  const id = await incidentId(page);
  await page.getByRole('button', { name: /^Evidence and references \(/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  await button(page, 'Add a post').click();
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add a post' }) });
  await form.getByLabel('Choose files').setInputFiles(fixture);
  await form.getByRole('button', { name: `Remove ${fixtureName}`, exact: true }).waitFor();
  await form.getByRole('textbox', { name: /^Address \(URL\) of the post/ }).fill('https://www.google.com/maps/reviews/example');
  await button(form, 'Save post').click();
  await page.getByRole('status').filter({ hasText: 'Post 1 saved.' }).waitFor();

  const incidentFile = `${ref} incident.json`;
  const written = await untilFolder(page, (files) => files[incidentFile]?.record?.evidence?.length === 1, 'the post');
  assert.equal(written[incidentFile].format, 'social-media-incident-wizard', 'the incident file is the backup envelope');
  const evidenceNames = Object.keys(written).filter((name) => name.startsWith(`${ref} evidence/`));
  assert.deepEqual(
    evidenceNames,
    [`${ref} evidence/one-red-pixel (${fixtureSha256.slice(0, 8)}).png`],
    'the screenshot sits beside it, named for a person',
  );
  assert.equal(written[evidenceNames[0]], fixtureSha256, 'the screenshot in the folder has the SHA-256 of the file added');

  // PC B opens the same folder and sees the same incident, screenshot and all.
  const second = await context.newPage();
  watcher.watchPage(second);
  await second.addInitScript(() => {
    window.__practiceFolderTestDatabase = 'pc-b';
  });
  await second.goto('/');
  await button(second, 'Start a new incident').waitFor();
  assert.equal(await button(second, `Open ${ref}`).count(), 0, 'PC B starts with nothing of its own');
  await chooseFolder(second);
  await toList(second);
  await button(second, `Open ${ref}`).waitFor();
  const onB = await stored(second, pcB, 'incidents', id);
  const fileId = onB.evidence[0].files[0].fileId;
  const fileOnB = await stored(second, pcB, 'files', fileId);
  assert.equal(fileOnB.bytesSha256, fixtureSha256, 'PC B holds the screenshot byte for byte');
  assert.equal(fileOnB.sha256, fixtureSha256);

  // An edit on PC B appears on PC A when its list opens.
  await button(second, `Open ${ref}`).click();
  await second.getByRole('heading', { level: 1 }).waitFor();
  await answerAndContinue(second);
  const editedOnB = await untilFolder(second, (files) => files[incidentFile]?.record?.revision > onB.revision, "PC B's edit");
  await toList(page);
  for (let i = 0; i < 100 && (await stored(page, pcA, 'incidents', id)).revision !== editedOnB[incidentFile].record.revision; i++) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await stored(page, pcA, 'incidents', id), editedOnB[incidentFile].record, "PC A holds PC B's edit");

  // Both edit the same version at the same time: A saves first, B's save is kept beside it.
  await button(page, `Open ${ref}`).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const before = (await stored(page, pcA, 'incidents', id)).revision;
  await answerAndContinue(page);
  await untilFolder(page, (files) => files[incidentFile]?.record?.revision === before + 1, "PC A's save");
  await answerAndContinue(second);
  const both = await untilFolder(second, (files) => Object.keys(files).some((name) => name.includes('(conflict, ')), 'a conflict file');
  assert.equal(both[incidentFile].record.revision, before + 1, "PC A's version is still the incident file: nothing was overwritten");

  await toList(second);
  await second.getByRole('heading', { level: 2, name: `Two versions of ${ref}` }).waitFor();
  const axeB = axeChecker(second);
  await axeB.check('two versions to choose between');
  await second.getByRole('button', { name: `Keep this one (Keep version 2, ${ref})`, exact: true }).click();
  await second.getByText(/The version you chose is now/).waitFor();
  const settled = await folderFiles(second);
  assert.ok(!Object.keys(settled).some((name) => name.includes('(conflict, ')), 'the conflict is settled');
  const notKept = Object.keys(settled).filter((name) => name.includes('(not kept, '));
  assert.equal(notKept.length, 1, "PC A's version is kept as a file marked not kept");
  assert.equal(settled[notKept[0]].record.revision, before + 1);
  const kept = settled[incidentFile].record;
  assert.ok(kept.revision > before + 1, 'the version kept goes above both');

  // PC A takes the version kept.
  await toList(page);
  for (let i = 0; i < 100 && (await stored(page, pcA, 'incidents', id)).revision !== kept.revision; i++) await page.waitForTimeout(100);
  assert.deepEqual(await stored(page, pcA, 'incidents', id), kept, 'PC A holds the version kept');
  assert.equal((await stored(page, pcA, 'files', fileId)).bytesSha256, fixtureSha256, "PC A's screenshot is unchanged");
  axe.assertNone();
  axeB.assertNone();
  watcher.assertClean();
});

test('a page closed in the middle of writing leaves the previous version of the incident whole', async ({ page, context }) => {
  await page.goto('/');
  await chooseFolder(page);
  await startIncident(page);
  await answerAndContinue(page);
  const ref = await reference(page);
  const incidentFile = `${ref} incident.json`;
  const before = await untilFolder(page, (files) => files[incidentFile]?.record?.revision >= 1, 'the incident');

  // A write cut off part way, by the same API the app writes with: half a file written, then the
  // page closed before close() (a crash, or the PC switched off).
  await page.evaluate(
    async ({ folderName, incidentFile }) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle(folderName);
      const writable = await (await folder.getFileHandle(incidentFile)).createWritable();
      await writable.write('{"format": "social-media-incident-wizard", "record": {"id": "half');
    },
    { folderName, incidentFile },
  );
  // And a save in the app, with the page closed straight after it.
  const step = await currentStep(page);
  await answer(page, answerSets.mild, step);
  await button(page, 'Continue').click();
  await page.close({ runBeforeUnload: false });

  const after = await context.newPage();
  await after.goto('/');
  await button(after, 'Start a new incident').waitFor();
  const files = await folderFiles(after);
  const record = files[incidentFile]?.record;
  assert.ok(record !== undefined, 'the incident file is still whole JSON with its record');
  assert.ok(
    record.revision === before[incidentFile].record.revision || record.revision === before[incidentFile].record.revision + 1,
    'it holds the previous version, or the whole of the new one',
  );
  assert.equal(record.id, before[incidentFile].record.id);
  await button(after, `Open ${ref}`).waitFor();
});
