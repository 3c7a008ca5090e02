/**
 * Issue 15: a sample of the generated hostile backups (tests/support/hostileBackups.ts, the same
 * generator the 10,000-file import fuzz uses) brought in through the real page, one after another.
 * After each: no uncaught error, the page is not blank (a level-one heading shows), and the
 * incident already stored is exactly as it was. An accepted file must also open as an incident.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import fc from 'fast-check';
import { hostileCases, soundBackup } from '../support/hostileBackups.ts';
import { abuseNamingReceptionist, noteTime } from '../note/incidents.ts';
import { answerSets, h1, incidentId, startIncident, storedRecord, walk, watch } from './support/incidents.mjs';

/** How many files of each kind of damage the page is given (the fuzz gives each hundreds). */
const perKind = 12;

test('a sample of hostile backups, brought in through the page: no uncaught error, no blank page, nothing stored changed', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const watcher = watch(context, page, baseURL);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'plan' });
  const sentinelId = await incidentId(page);
  const sentinelBefore = JSON.stringify(await storedRecord(page, sentinelId));

  const base = await soundBackup(abuseNamingReceptionist(), noteTime);
  const samples = hostileCases(base, noteTime).flatMap(({ arbitrary }) => fc.sample(arbitrary, { numRuns: perKind, seed: 15 }));
  const dir = mkdtempSync(join(tmpdir(), 'incident-wizard-hostile-'));
  const figures = { tried: 0, accepted: 0, refused: 0, blank: 0 };
  try {
    await page.getByRole('button', { name: 'All incidents', exact: true }).click();
    for (const [index, { kind, text }] of samples.entries()) {
      await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
      const path = join(dir, `hostile-${index}.json`);
      writeFileSync(path, text);
      const panel = page.getByText('Bring in an incident from a backup file', { exact: true }).first();
      const fileInput = page.getByLabel('Backup file (.json)');
      if (!(await fileInput.isVisible())) await panel.click();
      await fileInput.setInputFiles(path);
      figures.tried += 1;
      const refused = page.getByRole('heading', { name: 'The backup could not be brought in' });
      const opened = await Promise.race([
        page.waitForFunction(() => typeof window.history.state?.incidentId === 'string', null, { timeout: 60_000 }).then(() => true),
        refused.waitFor({ timeout: 60_000 }).then(() => false),
      ]);
      const headings = await h1(page).count();
      if (headings === 0) figures.blank += 1;
      assert.ok(headings > 0, `file ${index} (${kind}) left the page without a heading`);
      if (opened) {
        figures.accepted += 1;
        await page.getByRole('button', { name: 'All incidents', exact: true }).click();
      } else {
        figures.refused += 1;
      }
      assert.equal(
        JSON.stringify(await storedRecord(page, sentinelId)),
        sentinelBefore,
        `file ${index} (${kind}) changed the stored incident`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `      hostile backups through the page: ${figures.tried} tried, ${figures.accepted} accepted, ${figures.refused} refused in words; ` +
      `${watcher.errors.length} uncaught errors, ${figures.blank} blank pages, 0 changes to the stored incident`,
  );
  watcher.assertClean();
  assert.equal(figures.tried, samples.length);
});
