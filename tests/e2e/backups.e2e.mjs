/**
 * Backups that restore (issue 14, point 1), in the production build and Chromium:
 * - a post with a ~5 MB screenshot (a real PNG the browser draws) is added, the plan's
 *   "Download a backup (.json)" saves it, and the backup is brought in again from the home screen
 *   as a new incident whose screenshot has the same SHA-256. Before the fix, any file of about
 *   3.5-4 MiB or more made the import fail with "an unexpected problem" (a regular expression over
 *   the whole base64 text overflowed the stack).
 *
 * Nothing here times anything: every wait is for something on screen or in storage.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { test } from '@playwright/test';
import { answerSets, firstScreenHeading, incidentId, reference, startIncident, storedRecord, walk, watch } from './support/incidents.mjs';

const button = (scope, name) => scope.getByRole('button', { name, exact: true });

async function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'smiw-backups-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of noise, stored without compression so it is as large as a real screenshot. */
function noisyPng(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y++) rows.push(Buffer.from([0]), randomBytes(width * 3));
  const pixels = deflateSync(Buffer.concat(rows), { level: 0 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function untilStored(page, id, done, what) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const record = await storedRecord(page, id);
    if (record && done(record)) return record;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what} was never saved to IndexedDB`);
}

test('a backup with a 5 MB screenshot is downloaded and brought back in intact', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  await withTempDir(async (dir) => {
    const shotName = 'full-screen-capture.png';
    const shotPath = join(dir, shotName);
    const shot = noisyPng(1300, 1300);
    writeFileSync(shotPath, shot);
    assert.ok(statSync(shotPath).size > 5 * 1000 * 1000, 'the screenshot is over 5 MB');
    const shotSha256 = createHash('sha256').update(shot).digest('hex');

    await startIncident(page);
    await page.getByRole('button', { name: /^Evidence and references \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
    await button(page, 'Add a post').click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add a post' }) });
    await form.getByLabel('Choose files').setInputFiles(shotPath);
    await form.getByRole('button', { name: `Remove ${shotName}`, exact: true }).waitFor();
    await form.getByRole('textbox', { name: /^Address \(URL\) of the post/ }).fill('https://www.facebook.com/groups/example/posts/5');
    await button(form, 'Save post').click();
    await page.getByRole('status').filter({ hasText: 'Post 1 saved.' }).waitFor();
    await button(page, 'Back').click();
    await firstScreenHeading(page).waitFor();
    await walk(page, answerSets.mild);
    await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();
    const ref = await reference(page);
    const id = await incidentId(page);
    await untilStored(page, id, (record) => record.evidence.length === 1, 'the post');

    const [file] = await Promise.all([page.waitForEvent('download'), button(page, 'Download a backup (.json)').click()]);
    const backupPath = join(dir, file.suggestedFilename());
    await file.saveAs(backupPath);
    assert.equal(await file.failure(), null, 'the backup downloaded');
    const backupSize = statSync(backupPath).size;
    assert.ok(backupSize > 6.5 * 1000 * 1000, `the backup holds the screenshot (${backupSize} bytes)`);
    const parsed = JSON.parse(readFileSync(backupPath, 'utf8'));
    assert.equal(parsed.files.length, 1);
    assert.equal(parsed.files[0].sha256, shotSha256, 'the backup holds the screenshot as added');

    await button(page, 'All incidents').click();
    await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
    await page.getByText('Bring in an incident from a backup file', { exact: true }).first().click();
    await page.getByLabel('Backup file (.json)').setInputFiles(backupPath);
    // Either the new incident opens, or the import's problems are shown: fail with them at once.
    const problems = page.getByRole('heading', { name: 'The backup could not be brought in' });
    await Promise.race([
      page.waitForFunction(
        (id) => {
          const now = window.history.state?.incidentId;
          return typeof now === 'string' && now !== id;
        },
        id,
        { timeout: 60_000 },
      ),
      problems.waitFor({ timeout: 60_000 }).then(async () => {
        const box = problems.locator('xpath=..');
        assert.fail(`the backup was refused: ${await box.textContent()}`);
      }),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
    const newRef = await reference(page);
    assert.notEqual(newRef, ref, 'the import is a new incident');
    const imported = await storedRecord(page, await incidentId(page));
    assert.equal(imported.evidence.length, 1);
    assert.equal(imported.evidence[0].files[0].sha256, shotSha256, 'the screenshot came back byte for byte');
    assert.equal(imported.evidence[0].files[0].size, shot.length);
    await page.getByRole('button', { name: 'Evidence and references (1 saved)', exact: true }).waitFor();
  });
  watcher.assertClean();
});
