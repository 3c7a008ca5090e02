/**
 * Keeping a record, in Chromium against the production build, found by role and label:
 * - evidence with a screenshot: the file's name and SHA-256 fingerprint shown, and the post and
 *   its thumbnail still there after a reload (the file itself is kept in IndexedDB);
 * - every download from the plan (Markdown, plain text, JSON backup) saved and read back, and the
 *   backup brought in again from the home screen as a new incident with the same answers;
 * - a computer that blocks downloads (and one that also refuses the clipboard): Copy still works;
 * - "Print or save as PDF": the print view is added, only the note prints, and a PDF renders;
 * - training: a walk-through shows the banner, never the real incident list, and the reveal.
 *
 * Nothing here times anything: every wait is for something on screen or in storage.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import {
  answerSets,
  continueOn,
  currentStep,
  firstScreenHeading,
  incidentId,
  reference,
  startIncident,
  storedRecord,
  walk,
  watch,
} from './support/incidents.mjs';

const fixture = fileURLToPath(new URL('../fixtures/one-red-pixel.png', import.meta.url));
const fixtureName = 'one-red-pixel.png';
const fixtureSha256 = createHash('sha256').update(readFileSync(fixture)).digest('hex');

/** The first scenario's title, read from the library (plain Node cannot import TypeScript). */
function firstScenarioTitle() {
  const source = readFileSync(fileURLToPath(new URL('../../src/content/scenarios.ts', import.meta.url)), 'utf8');
  const library = source.slice(source.indexOf('export const scenarios'));
  const title = library.match(/\btitle:\s*(['"])(.*?)\1,/)?.[2];
  assert.ok(title, 'could not read the first scenario title from src/content/scenarios.ts');
  return title;
}

/** A folder for downloads, removed however the test ends. */
async function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'smiw-records-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const button = (scope, name) => scope.getByRole('button', { name, exact: true });
/** The title of the screen that asks where the post is (src/content/steps.ts). */
const postTitle = 'Where is the post, and when did you find it?';

/** From a wizard screen: the evidence page, which loads on first use. */
async function openEvidence(page) {
  await page.getByRole('button', { name: /^Evidence and references \(/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
}

/** Adds a post with an address, an account and the PNG fixture; returns the post's card. */
async function addPostWithScreenshot(page, { url, account }) {
  await button(page, 'Add a post').click();
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add a post' }) });
  await form.getByLabel('Choose files').setInputFiles(fixture);
  // Read and checked as it arrives, then listed under the form before anything is stored.
  await form.getByRole('button', { name: `Remove ${fixtureName}`, exact: true }).waitFor();
  await form.getByRole('textbox', { name: /^Address \(URL\) of the post/ }).fill(url);
  await form.getByRole('textbox', { name: /^Name of the account that posted it/ }).fill(account);
  await button(form, 'Save post').click();
  await page.getByRole('status').filter({ hasText: 'Post 1 saved.' }).waitFor();
  return page.getByRole('article', { name: /^Post 1:/ });
}

/** The thumbnail is on screen and its picture has actually been drawn from the stored bytes. */
async function assertThumbnailDrawn(post) {
  const thumbnail = post.getByRole('img', { name: `Preview of ${fixtureName}`, exact: true });
  await thumbnail.waitFor();
  await thumbnail.evaluate((img) =>
    img.complete
      ? undefined
      : new Promise((resolve, reject) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', () => reject(new Error('the thumbnail did not load')), { once: true });
        }),
  );
  const drawn = await thumbnail.evaluate((img) => ({ width: img.naturalWidth, src: img.src }));
  assert.equal(drawn.width, 1, 'the 1 × 1 PNG is drawn');
  assert.match(drawn.src, /^blob:/, 'the thumbnail comes from the stored file, not the network');
}

async function assertPostShown(post, { url, account }) {
  await post.getByText(url, { exact: true }).waitFor();
  await post.getByText(account, { exact: true }).waitFor();
  await post.getByText(fixtureName, { exact: true }).waitFor();
  const fingerprint = (await post.getByText(/^[0-9a-f]{64}$/).textContent()).trim();
  assert.match(fingerprint, /^[0-9a-f]{64}$/, 'a 64-hex SHA-256 fingerprint is shown');
  assert.equal(fingerprint, fixtureSha256, 'the fingerprint is the SHA-256 of the file added');
  await assertThumbnailDrawn(post);
}

/** Clicks `name` and saves the download it starts into `dir`; returns its name and contents. */
async function download(page, dir, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const fileName = file.suggestedFilename();
  const path = join(dir, fileName);
  await file.saveAs(path);
  assert.equal(await file.failure(), null, `${fileName} downloaded`);
  // The app says what it started, in its status line.
  await page
    .getByRole('status')
    .filter({ hasText: `Your browser is saving ${fileName}.` })
    .waitFor();
  return { fileName, path, text: readFileSync(path, 'utf8') };
}

/** A mild incident walked to its plan, with the "Keep a record" panel on show. */
async function mildPlan(page) {
  await startIncident(page);
  await walk(page, answerSets.mild);
  await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();
}

/** Polls IndexedDB until the stored record passes `done` (the autosave writes just after a change). */
async function untilStored(page, id, done, what = 'the change') {
  for (let attempt = 0; attempt < 100; attempt++) {
    const record = await storedRecord(page, id);
    if (record && done(record)) return record;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what} was never saved to IndexedDB`);
}

/** How many incidents are in this browser's IndexedDB (0 when the database was never made). */
function storedIncidentCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('incidents')) {
            db.close();
            return resolve(0);
          }
          const count = db.transaction('incidents').objectStore('incidents').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

// --- The tests ----------------------------------------------------------------------------------

test('evidence with a screenshot: name, fingerprint and thumbnail, still there after a reload', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const post = { url: 'https://www.facebook.com/groups/example/posts/12345', account: '@made.up.account' };
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  const ref = await reference(page);

  await openEvidence(page);
  await page.getByText('Nothing saved yet.', { exact: false }).waitFor();
  const card = await addPostWithScreenshot(page, post);
  await assertPostShown(card, post);
  assert.equal(await page.getByRole('img', { name: `Preview of ${fixtureName}` }).count(), 1, 'one thumbnail');

  // The count in the incident bar follows, back on the wizard.
  await button(page, 'Back').click();
  await page.getByRole('heading', { level: 1, name: postTitle }).waitFor();
  await page.getByRole('button', { name: 'Evidence and references (1 saved)', exact: true }).waitFor();
  await untilStored(page, await incidentId(page), (record) => record.evidence.length === 1, 'the post');

  // A reload reopens the incident; the post, its file and its thumbnail come back from IndexedDB.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: postTitle }).waitFor();
  assert.equal(await reference(page), ref);
  await page.getByRole('button', { name: 'Evidence and references (1 saved)', exact: true }).waitFor();
  await openEvidence(page);
  await assertPostShown(page.getByRole('article', { name: /^Post 1:/ }), post);

  watcher.assertClean();
});

test('each download from the plan, read back, and the backup brought in as a new incident', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  await withTempDir(async (dir) => {
    // A post with a screenshot first, so the backup has a file inside it.
    await startIncident(page);
    await openEvidence(page);
    await addPostWithScreenshot(page, { url: 'https://g.page/r/example-review', account: 'Dave R.' });
    await button(page, 'Back').click();
    await firstScreenHeading(page).waitFor();
    await walk(page, answerSets.mild);
    await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();
    const ref = await reference(page);
    const id = await incidentId(page);
    const original = await storedRecord(page, id);
    assert.equal(original.reference, ref);

    const fileBase = new RegExp(`^${ref}-\\d{4}-\\d{2}-\\d{2}`);

    const markdown = await download(page, dir, 'Download as Markdown (.md)');
    assert.match(markdown.fileName, fileBase, 'named by the reference and date');
    assert.match(markdown.fileName, /\.md$/);
    assert.ok(markdown.text.includes(ref), 'the Markdown names the reference');
    assert.match(markdown.text, new RegExp(`^# .*${ref}`, 'm'), 'the Markdown starts with a heading naming the reference');
    assert.ok(markdown.text.match(/^## /gm)?.length >= 3, 'the Markdown has section headings');
    assert.ok(markdown.text.includes(fixtureSha256), "the Markdown lists the screenshot's fingerprint");

    const text = await download(page, dir, 'Download as text (.txt)');
    assert.match(text.fileName, fileBase);
    assert.match(text.fileName, /\.txt$/);
    assert.ok(text.text.includes(ref), 'the text names the reference');
    assert.doesNotMatch(text.text, /^#{1,6} /m, 'plain text has no Markdown headings');
    assert.ok(text.text.trim().split('\n').length > 20, 'the text holds the whole note');

    const backup = await download(page, dir, 'Download a backup (.json)');
    assert.equal(backup.fileName, `${backup.fileName.match(fileBase)[0]}.json`);
    const parsed = JSON.parse(backup.text);
    assert.equal(parsed.format, 'social-media-incident-wizard');
    assert.equal(parsed.formatVersion, 1);
    assert.equal(parsed.record.id, id);
    assert.equal(parsed.record.reference, ref);
    assert.deepEqual(parsed.record.answers, original.answers, 'the backup has every answer');
    assert.equal(parsed.record.evidence.length, 1);
    assert.equal(parsed.files.length, 1, 'the screenshot is inside the backup');
    assert.equal(parsed.files[0].sha256, fixtureSha256);
    assert.deepEqual(Buffer.from(parsed.files[0].base64, 'base64'), readFileSync(fixture), 'the screenshot bytes are intact');

    // Brought back in from the home screen: a new incident with its own reference, same answers.
    await button(page, 'All incidents').click();
    await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
    await page.getByText('Bring in an incident from a backup file', { exact: true }).first().click(); // opens the section
    await page.getByLabel('Backup file (.json)').setInputFiles(backup.path);
    await page.waitForFunction((id) => {
      const now = window.history.state?.incidentId;
      return typeof now === 'string' && now !== id;
    }, id);
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
    const newRef = await reference(page);
    assert.match(newRef, /^SM-\d{4}-\d{4}$/);
    assert.notEqual(newRef, ref, 'the import has a reference of its own');
    const imported = await storedRecord(page, await incidentId(page));
    assert.equal(imported.reference, newRef);
    assert.deepEqual(imported.answers, original.answers, 'the answers came back intact');
    assert.equal(imported.evidence.length, 1);
    assert.equal(imported.evidence[0].files[0].sha256, fixtureSha256);
    await page.getByRole('button', { name: 'Evidence and references (1 saved)', exact: true }).waitFor();

    // The original is untouched and both are listed.
    assert.deepEqual((await storedRecord(page, id)).answers, original.answers);
    await button(page, 'All incidents').click();
    await button(page, `Open ${ref}`).waitFor();
    await button(page, `Open ${newRef}`).waitFor();
  });
  watcher.assertClean();
});

test('downloads blocked: the app says to copy instead, and Copy gives the text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, acceptDownloads: false });
  try {
    const page = await context.newPage();
    const watcher = watch(context, page, baseURL);
    let clipboardGranted = true;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL }).catch(() => {
      clipboardGranted = false;
    });
    await mildPlan(page);
    const ref = await reference(page);
    await page.getByText('If your computer blocks downloads, use Copy instead.', { exact: true }).waitFor();

    // The download is refused by the browser; the app carries on and says what to do if nothing came.
    const [refused] = await Promise.all([page.waitForEvent('download'), button(page, 'Download as text (.txt)').click()]);
    assert.notEqual(await refused.failure(), null, 'the browser refused the download');
    await page.getByRole('status').filter({ hasText: 'If nothing appears, use Copy instead.' }).waitFor();

    await button(page, 'Copy as plain text').click();
    const status = page.getByRole('status').filter({ hasText: /Copied the note as plain text|could not be copied automatically/ });
    await status.waitFor();
    let copied;
    if (clipboardGranted && (await status.textContent()).includes('Copied the note as plain text')) {
      copied = await page.evaluate(() => navigator.clipboard.readText());
    } else {
      // Headless refused the clipboard: the note is shown in a read-only box, selected.
      const box = page.getByRole('textbox', { name: 'The note as plain text', exact: true });
      assert.equal(await box.getAttribute('readonly'), '');
      copied = await box.inputValue();
    }
    assert.ok(copied.includes(`Social media incident note: ${ref}`), 'the copied text is the note');
    assert.doesNotMatch(copied, /^#{1,6} /m, 'as plain text');

    // Still working: the plan's Change buttons and the wizard carry on.
    await button(page, 'Change where it was posted').click();
    await page.getByRole('heading', { level: 1, name: postTitle }).waitFor();
    assert.equal(await currentStep(page), 'post');
    watcher.assertClean();
  } finally {
    await context.close();
  }
});

test('the clipboard refused too: the note is shown selected, ready for Ctrl+C', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, acceptDownloads: false });
  try {
    // A locked-down PC whose policy refuses every clipboard write.
    await context.addInitScript(() => {
      if (navigator.clipboard) {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked by policy', 'NotAllowedError'));
      }
    });
    const page = await context.newPage();
    const watcher = watch(context, page, baseURL);
    await mildPlan(page);
    const ref = await reference(page);

    await button(page, 'Copy as Markdown').click();
    await page.getByRole('status').filter({ hasText: 'The note could not be copied automatically.' }).waitFor();
    const box = page.getByRole('textbox', { name: 'The note as Markdown', exact: true });
    await box.waitFor();
    assert.match(await box.inputValue(), new RegExp(`^# .*${ref}`, 'm'));
    // Focused and all of it selected, so Ctrl+C is the only thing left to do.
    const selection = await box.evaluate((el) => ({
      focused: document.activeElement === el,
      whole: el.selectionStart === 0 && el.selectionEnd === el.value.length,
      readOnly: el.readOnly,
    }));
    assert.deepEqual(selection, { focused: true, whole: true, readOnly: true });
    watcher.assertClean();
  } finally {
    await context.close();
  }
});

test('print or save as PDF: only the note prints, and a live incident is not marked TRAINING', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  // Headless Chromium has no print dialog to wait for: count the calls instead.
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
    };
  });
  await mildPlan(page);
  const ref = await reference(page);

  await button(page, 'Print or save as PDF').click();
  const printView = page.getByRole('document', { name: 'The note, laid out for printing', includeHidden: true });
  await printView.waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.__printCalls === 1);
  assert.equal(await printView.evaluate((el) => el.parentElement === document.body), true, 'the print view is a child of <body>');
  assert.equal(await page.evaluate(() => document.body.classList.contains('printing-note')), true);
  assert.equal(await printView.isVisible(), false, 'the print view stays off screen');

  // In print media only the note shows: its title, and none of the plan page around it.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(printed.includes(`Social media incident note: ${ref}`), 'the note is printed');
  assert.ok(!printed.includes('Keep a record'), 'the plan page is not printed');
  assert.ok(!printed.includes('TRAINING'), 'a live incident is not marked TRAINING');
  assert.equal(await printView.getByText(/TRAINING/).count(), 0);

  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, `a PDF was rendered (${pdf.length} bytes)`);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  watcher.assertClean();
});

test('training: a walk-through shows the banner, never the incident list, and reveals the answer', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  // A real incident on this computer, so there is a list that training must not show.
  await startIncident(page);
  await button(page, 'All incidents').click();
  await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
  await page.getByRole('table').first().waitFor();
  assert.equal(await storedIncidentCount(page), 1);

  await button(page, 'Training and practice scenarios').click();
  await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0, 'no incident table on the training page');
  const title = firstScenarioTitle();
  // Each scenario's button is named "Walk through: <title>", so the many buttons do not read alike.
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('button', { name: new RegExp(`^Walk through: ${escaped}$`) }).click();

  const banner = page.getByRole('region', { name: 'Training — not a real incident', exact: true });
  await banner.waitFor();
  await banner.getByText(title, { exact: false }).waitFor();
  await banner.getByText(/Mode:\s*Walk-through/).waitFor();
  await firstScreenHeading(page).waitFor();
  await page.getByText('Training: nothing is saved on this computer.', { exact: true }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0, 'no incident table in training');

  // The reveal is closed until asked for; opened, it gives the scenario's answer to the question.
  const reveal = button(page, 'Reveal what the guidance says');
  assert.equal(await reveal.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('heading', { name: 'What the guidance says' }).count(), 0);
  await reveal.click();
  assert.equal(await reveal.getAttribute('aria-expanded'), 'true');
  const answerPanel = page.getByRole('region', { name: 'What the guidance says', exact: true });
  await answerPanel.getByRole('heading', { name: 'The answer this scenario leads to' }).waitFor();
  await answerPanel
    .getByRole('term')
    .filter({ hasText: /^Anyone in danger now$/ })
    .waitFor();
  await answerPanel.getByRole('definition').filter({ hasText: /^No$/ }).waitFor();
  await reveal.click();
  assert.equal(await answerPanel.count(), 0, 'the reveal closes again');

  // On a screen with two questions it gives the answer to each.
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  assert.equal(await continueOn(page), 'risks');
  const revealHere = button(page, 'Reveal what the guidance says');
  if ((await revealHere.getAttribute('aria-expanded')) === 'false') await revealHere.click();
  const panel = page.getByRole('region', { name: 'What the guidance says', exact: true });
  await panel
    .getByRole('term')
    .filter({ hasText: /^What the post does$/ })
    .waitFor();
  await panel
    .getByRole('term')
    .filter({ hasText: /^Patient information in the post$/ })
    .waitFor();
  await panel
    .getByRole('definition')
    .filter({ hasText: /^None of these$/ })
    .waitFor();

  // Nothing from training was written to this computer, and ending it goes back to training.
  assert.equal(await storedIncidentCount(page), 1, 'training wrote no incident');
  await button(page, 'End training').click();
  await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
  watcher.assertClean();
});
