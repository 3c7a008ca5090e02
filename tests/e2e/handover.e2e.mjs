/**
 * The handover file (issue 18) in the production build and Chromium's own WebCrypto: an incident
 * on the plan is downloaded locked with a passphrase, deleted from "the phone" through the usual
 * confirmation, and brought in again from the home screen. A wrong passphrase and a changed byte
 * are refused in words with nothing stored; the right passphrase opens it on its plan.
 *
 * Nothing here times anything: every wait is for something on screen or in storage.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { axeChecker } from './support/axeChecker.mjs';
import { answerSets, incidentId, reference, startIncident, storedRecord, walk, watch } from './support/incidents.mjs';

const button = (scope, name) => scope.getByRole('button', { name, exact: true });
const passphrase = 'kettle orbit marmalade';

/** How many incidents this browser holds, read straight from IndexedDB. */
function storedCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
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

test('a handover file is locked, deleted from the phone, and unlocked only with its passphrase', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  const dir = mkdtempSync(join(tmpdir(), 'smiw-handover-'));
  try {
    await startIncident(page);
    await walk(page, answerSets.mild);
    await page.getByRole('heading', { level: 2, name: 'Keep a record' }).waitFor();
    const ref = await reference(page);
    const id = await incidentId(page);
    const before = await storedRecord(page, id);

    await button(page, 'Download a handover file (protected by a passphrase)').click();
    await page.getByText(/Do not send the handover file by personal email/).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill('too short');
    await page.getByLabel('Type the passphrase again').fill('too short');
    await button(page, 'Download the handover file').click();
    await page.getByRole('link', { name: /The passphrase must be at least 10 characters/ }).waitFor();
    await axe.check('handover form, passphrase too short');

    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
    const [file] = await Promise.all([page.waitForEvent('download'), button(page, 'Download the handover file').click()]);
    assert.match(file.suggestedFilename(), /-handover\.json$/);
    const handoverPath = join(dir, file.suggestedFilename());
    await file.saveAs(handoverPath);
    const text = readFileSync(handoverPath, 'utf8');
    const envelope = JSON.parse(text);
    assert.deepEqual(envelope.kdf, { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 });
    assert.deepEqual(envelope.cipher, { name: 'AES-GCM', keyBits: 256 });
    assert.equal(Buffer.from(envelope.salt, 'base64').length, 16);
    assert.equal(Buffer.from(envelope.iv, 'base64').length, 12);
    assert.ok(!text.includes(ref), 'the reference is not readable in the file');

    // A copy with one byte of the ciphertext changed.
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[10] ^= 1;
    const tamperedPath = join(dir, 'tampered-handover.json');
    writeFileSync(tamperedPath, JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }));

    // On "the phone": delete it now, through the usual confirmation.
    await button(page, 'Delete this incident from this device now').click();
    await page.getByRole('heading', { level: 1, name: `Delete incident ${ref}?` }).waitFor();
    await button(page, 'Yes, delete it').click();
    await page.getByText(`Incident ${ref} has been deleted.`).waitFor();
    assert.equal(await storedRecord(page, id), undefined, 'the incident is gone from this browser');

    // At "the practice".
    await page.getByText('Bring in an incident from a backup file', { exact: true }).first().click();
    const unlockField = page.getByLabel('Passphrase for the handover file');
    const refusal = page.getByRole('link', { name: /The passphrase is not right, or the file has been changed/ });

    await page.getByLabel('Backup file (.json)').setInputFiles(tamperedPath);
    await unlockField.fill(passphrase);
    await button(page, 'Unlock and bring in').click();
    await refusal.waitFor();
    await axe.check('handover unlock, refused');

    await page.getByLabel('Backup file (.json)').setInputFiles(handoverPath);
    await unlockField.fill('kettle orbit marmalades');
    await button(page, 'Unlock and bring in').click();
    await refusal.waitFor();
    assert.equal(await storedCount(page), 0, 'nothing was brought in');

    await unlockField.fill(passphrase);
    await button(page, 'Unlock and bring in').click();
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
    const imported = await storedRecord(page, await incidentId(page));
    assert.deepEqual(imported.answers, before.answers, 'every answer came back');
    assert.ok(
      imported.timeline.some((entry) => entry.kind === 'imported' && entry.ref === ref),
      'the timeline says where it came from',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  axe.assertNone();
  watcher.assertClean();
});
