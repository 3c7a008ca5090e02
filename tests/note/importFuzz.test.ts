/**
 * Issue 15: 10,000 generated hostile backups through the import the app itself uses
 * (`importIntoStorage`, as the import panel calls it). For every one: no throw, a clear outcome, the
 * incident already stored unchanged, no file left behind by a refused import, no prototype
 * polluted; and every backup that is accepted can be drawn (the note and the wizard's position are
 * built from it without an error). The figures are printed.
 */
import fc from 'fast-check';
import { restoreSnapshot } from '../../machines/restore';
import { importIntoStorage } from '../../src/features/note/importIntoStorage';
import { buildNote } from '../../src/note/buildNote';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import type { StoredFile } from '../../src/record/database';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { emptyMemoryStores, memoryRepository } from '../../src/record/incidentStore';
import { incidentRecord, type IncidentRecord } from '../../src/record/schema';
import { hostileCases, soundBackup } from '../support/hostileBackups';
import { abuseNamingReceptionist, noteTime, threatWithPolice } from './incidents';

const now = noteTime;
const figures = new Map<string, { accepted: number; refused: number }>();

function count(kind: string, accepted: boolean): void {
  const row = figures.get(kind) ?? { accepted: 0, refused: 0 };
  if (accepted) row.accepted += 1;
  else row.refused += 1;
  figures.set(kind, row);
}

/** What the app does with an accepted incident before a screen can show it. */
function drawsWithoutError(record: IncidentRecord): void {
  for (const redact of [false, true]) {
    const note = buildNote(record, { redact, now, practiceName: 'Riverside Surgery' });
    expect(noteToMarkdown(note).length).toBeGreaterThan(0);
    expect(noteToPlainText(note).length).toBeGreaterThan(0);
  }
  expect(restoreSnapshot(record).snapshot).toBeDefined();
}

describe("10,000 hostile backups through the app's own import", () => {
  afterAll(() => {
    const rows = [...figures].map(
      ([kind, { accepted, refused }]) =>
        `  ${kind.padEnd(22)} ${String(accepted + refused).padStart(6)} tried, ${String(accepted).padStart(5)} accepted, ${String(refused).padStart(5)} refused in words`,
    );
    const total = [...figures.values()].reduce((sum, row) => sum + row.accepted + row.refused, 0);
    console.log(
      `Import fuzz: ${total} backups, 0 throws, 0 changes to the stored incident, 0 files left by a refusal, 0 prototypes polluted\n${rows.join('\n')}`,
    );
  });

  it('never throws, refuses in words, keeps what is stored, and everything accepted can be drawn', { timeout: 600_000 }, async () => {
    const stores = emptyMemoryStores();
    const incidents = memoryRepository(stores, { now: () => now });
    const evidenceFiles = memoryEvidenceFiles(stores.files as Map<string, StoredFile>);
    const existing = await incidents.create({ kind: 'live', now });
    const sentinel = await incidents.save({
      ...threatWithPolice(),
      id: existing.id,
      reference: existing.reference,
      revision: existing.revision,
    });
    const sentinelRaw = JSON.stringify(await incidents.rawExport(sentinel.id));
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();

    const base = await soundBackup(abuseNamingReceptionist(), now);
    for (const { arbitrary, runs } of hostileCases(base, now)) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ kind, text }) => {
          const incidentsBefore = stores.incidents.size;
          const filesBefore = stores.files.size;
          const outcome = await importIntoStorage({ incidents, evidenceFiles }, text, now);
          count(kind, outcome.ok);
          if (outcome.ok) {
            expect(incidentRecord.safeParse(outcome.record).success).toBe(true);
            expect(stores.incidents.size).toBe(incidentsBefore + 1);
            drawsWithoutError(outcome.record);
          } else {
            expect(outcome.problems.length).toBeGreaterThan(0);
            for (const problem of outcome.problems) expect(problem.trim()).not.toBe('');
            expect(outcome.problems.join(' ')).not.toMatch(/\[object Object\]|undefined|NaN|RangeError|TypeError/);
            expect(stores.incidents.size).toBe(incidentsBefore);
            expect(stores.files.size).toBe(filesBefore);
          }
          expect(JSON.stringify(await incidents.rawExport(sentinel.id))).toBe(sentinelRaw);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
          expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeKeys);
        }),
        { numRuns: runs },
      );
    }

    // One 50 MB backup: a long note on the post, as a hostile or just very thorough file might hold.
    const big = JSON.parse(base) as { record: { evidence: { notes?: string }[] } };
    const item = big.record.evidence[0];
    if (item) item.notes = 'x'.repeat(50 * 1024 * 1024);
    const bigText = JSON.stringify(big);
    const outcome = await importIntoStorage({ incidents, evidenceFiles }, bigText, now);
    count('50 MB file', outcome.ok);
    if (!outcome.ok) expect(outcome.problems.join(' ')).toMatch(/\S/);
    expect(JSON.stringify(await incidents.rawExport(sentinel.id))).toBe(sentinelRaw);

    const tried = [...figures.values()].reduce((sum, row) => sum + row.accepted + row.refused, 0);
    expect(tried).toBeGreaterThanOrEqual(10_000);
  });
});
