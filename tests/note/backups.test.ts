/**
 * Backups that restore (issue 14): a backup the app writes always comes back in, however large its
 * screenshots, and a backup it could not read back is refused in words before it is written. A
 * crafted file with endless lists is refused in a moment; messages never contradict themselves.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { importWords } from '../../src/content/note';
import { importIntoStorage } from '../../src/features/note/importIntoStorage';
import { bytesToBase64, estimatedBackupBytes, exportIncidentBackup, exportIncidentJson, maxBackupBytes } from '../../src/note/exportJson';
import { base64ToBytes, defaultImportLimitBytes, importAsNewIncident, parseIncidentImport } from '../../src/note/importJson';
import { openDatabase } from '../../src/record/database';
import { indexedDbEvidenceFiles } from '../../src/record/evidenceFiles';
import { maxEvidenceFileBytes } from '../../src/record/evidenceRules';
import { indexedDbRepository, memoryRepository } from '../../src/record/incidentStore';
import { dueForDeletion } from '../../src/record/retention';
import { incidentRecord, listLimits, type IncidentRecord } from '../../src/record/schema';
import { mildGoogleReview, noteTime } from './incidents';

const now = noteTime;

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});

async function indexedDbTarget() {
  const name = `backups-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  opened.push(async () => {
    db.close();
    await deleteDB(name);
  });
  return { incidents: indexedDbRepository(db), evidenceFiles: indexedDbEvidenceFiles(db) };
}

/** A PNG's signature followed by bytes that change all the way through, so any slip shows. */
function screenshot(size: number, seed: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  let x = seed * 2_654_435_761 + 1;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.buffer;
}

/** Export an incident stored with these screenshots, import the backup, and compare every byte. */
async function roundTrip(sizes: readonly number[]): Promise<{ backupBytes: number }> {
  const source = await indexedDbTarget();
  const created = await source.incidents.create({ kind: 'live', now });
  const refs = [];
  for (const [index, size] of sizes.entries()) {
    const put = await source.evidenceFiles.put(created.id, {
      name: `shot-${index + 1}.png`,
      type: 'image/png',
      bytes: screenshot(size, index + 1),
    });
    refs.push({
      fileId: put.fileId,
      name: `shot-${index + 1}.png`,
      type: put.type,
      size: put.size,
      sha256: put.sha256,
      addedAt: now.toISOString(),
    });
  }
  const record = await source.incidents.save({
    ...created,
    evidence: [{ id: 'post-1', platform: 'facebook', capturedAt: now.toISOString(), files: refs }],
  });
  const stored = await source.evidenceFiles.listFor(record.id);

  const built = exportIncidentBackup(record, stored, now);
  if (!built.ok) throw new Error(`backup refused: ${built.bytes} bytes`);

  const target = await indexedDbTarget();
  const outcome = await importIntoStorage(target, built.text, now, defaultImportLimitBytes);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const back = await target.evidenceFiles.listFor(outcome.record.id);
  expect(back).toHaveLength(sizes.length);
  const bySha = new Map(stored.map((file) => [file.sha256, file]));
  for (const file of back) {
    const original = bySha.get(file.sha256);
    expect(original).toBeDefined();
    expect(Buffer.from(file.bytes).equals(Buffer.from(original?.bytes ?? new ArrayBuffer(0)))).toBe(true);
  }
  expect(outcome.record.evidence[0]?.files.map((f) => f.sha256)).toEqual(refs.map((f) => f.sha256));
  return { backupBytes: built.text.length };
}

describe('a backup with large screenshots', () => {
  it('decodes 20 MB of base64 without a stack overflow, and refuses damaged base64', () => {
    const bytes = new Uint8Array(screenshot(maxEvidenceFileBytes, 7));
    const text = bytesToBase64(bytes);
    const back = base64ToBytes(text);
    expect(back?.length).toBe(bytes.length);
    expect(Buffer.from(back ?? []).equals(Buffer.from(bytes))).toBe(true);
    for (const tail of [1, 2]) {
      const cut = bytes.subarray(0, 10 + tail);
      expect(Array.from(base64ToBytes(bytesToBase64(cut)) ?? [])).toEqual(Array.from(cut));
    }
    expect(base64ToBytes('')?.length).toBe(0);
    expect(base64ToBytes(`${text.slice(0, 4_000_000)}*${text.slice(4_000_001)}`)).toBeNull();
    expect(base64ToBytes('QQ=A')).toBeNull();
    expect(base64ToBytes('QQ')).toBeNull();
    expect(base64ToBytes('Q===')).toBeNull();
    expect(base64ToBytes('é'.repeat(4))).toBeNull();
  });

  it('round-trips two 20 MB screenshots (the largest the evidence log takes) through IndexedDB', async () => {
    const { backupBytes } = await roundTrip([maxEvidenceFileBytes, maxEvidenceFileBytes]);
    expect(backupBytes).toBeGreaterThan(50 * 1024 * 1024);
  }, 120_000);

  it('round-trips fifty 2 MB screenshots through IndexedDB', async () => {
    const { backupBytes } = await roundTrip(Array.from({ length: 50 }, () => 2 * 1024 * 1024));
    expect(backupBytes).toBeGreaterThan(130 * 1024 * 1024);
  }, 180_000);

  it('reads any backup the app will write: the import limit is the export limit', () => {
    expect(defaultImportLimitBytes).toBe(maxBackupBytes);
    // Ten screenshots at the evidence log's own limit still fit.
    expect(
      estimatedBackupBytes(
        mildGoogleReview(),
        Array.from({ length: 9 }, () => ({ size: maxEvidenceFileBytes })),
      ),
    ).toBeLessThan(maxBackupBytes);
  });

  it('refuses, in words, to write a backup it could not read back', () => {
    const record = mildGoogleReview();
    const file = { id: 'f', bytes: new ArrayBuffer(3000), type: 'image/png', size: 3000, sha256: '0'.repeat(64) };
    const refused = exportIncidentBackup(record, [file], now, 2000);
    expect(refused).toMatchObject({ ok: false, tooLarge: true, limit: 2000 });
    // Built and measured when the estimate is close: still refused, still never written.
    const close = exportIncidentBackup(record, [file], now, 4500);
    expect(close.ok).toBe(false);
    const fits = exportIncidentBackup(record, [file], now, maxBackupBytes);
    expect(fits.ok).toBe(true);
  });
});

// --- Lists read from a file -------------------------------------------------------------------

function envelopeWith(change: (record: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(exportIncidentJson({ ...mildGoogleReview(), evidence: [] }, [], now)) as {
    record: Record<string, unknown>;
  };
  change(envelope.record);
  return JSON.stringify(envelope);
}

async function problemsOf(text: string): Promise<readonly string[]> {
  const result = await parseIncidentImport(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

describe('a crafted backup with endless lists', () => {
  const longLists: [string, (record: Record<string, unknown>) => void, RegExp][] = [
    [
      'visited',
      (r) => (r['visited'] = Array.from({ length: 100_000 }, () => 'start')),
      /visited: has 100,000 items; this app never makes more than 200/,
    ],
    ['returnPath', (r) => (r['returnPath'] = Array.from({ length: 100_000 }, () => 'start')), /returnPath: has 100,000 items/],
    [
      'timeline',
      (r) => (r['timeline'] = Array.from({ length: 100_000 }, () => ({ at: now.toISOString(), kind: 'step', summary: 'x' }))),
      /timeline: has 100,000 items; this app never makes more than 50,000/,
    ],
    [
      'evidence',
      (r) => (r['evidence'] = Array.from({ length: 5_000 }, (_, i) => ({ id: `e${i}`, capturedAt: now.toISOString(), files: [] }))),
      /evidence: has 5,000 items/,
    ],
    [
      'references',
      (r) => (r['references'] = Array.from({ length: 5_000 }, (_, i) => ({ id: `r${i}`, kind: 'police', at: now.toISOString() }))),
      /references: has 5,000 items/,
    ],
    ['an answer', (r) => (r['answers'] = { risks: Array.from({ length: 100_000 }, () => 'none') }), /answers\.risks: has 100,000 items/],
    [
      'answers',
      (r) => (r['answers'] = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, 'x']))),
      /answers: has more than 500 entries/,
    ],
  ];

  it.each(longLists)('refuses a %s list longer than the app makes, in moments and in words', async (_name, change, message) => {
    const text = envelopeWith(change);
    const started = performance.now();
    const problems = await problemsOf(text);
    const took = performance.now() - started;
    if (process.env['SHOW_TIMES']) console.log(_name, Math.round(took), 'ms');
    expect(problems.join(' ')).toMatch(message);
    expect(took).toBeLessThan(2_000);
  });

  it('refuses the same lists when a stored record is read, not only on import', async () => {
    const repository = memoryRepository();
    const created = await repository.create({ kind: 'live', now });
    expect(incidentRecord.safeParse({ ...created, visited: Array.from({ length: listLimits.steps + 1 }, () => 'start') }).success).toBe(
      false,
    );
    expect(incidentRecord.safeParse({ ...created, visited: Array.from({ length: listLimits.steps }, () => 'start') }).success).toBe(true);
  });
});

// --- Messages that agree with themselves ------------------------------------------------------

describe('import messages', () => {
  it('says "more than 0" for a value that must be positive, not "at least 0, found 0"', async () => {
    const problems = await problemsOf(envelopeWith((r) => (r['machineVersion'] = 0)));
    expect(problems.join(' ')).toContain('machineVersion: must be more than 0, found 0');
    expect(problems.join(' ')).not.toContain('at least 0, found 0');
  });

  it('says what is wrong with a list answer, rather than "expected a list, found a list"', async () => {
    const problems = await problemsOf(envelopeWith((r) => (r['answers'] = { risks: ['none', 7] })));
    expect(problems.join(' ')).toContain(
      'answers.risks: expected text or a list of text, found a list with something other than text in it',
    );
  });

  it('calls a fractional version damaged, not newer', async () => {
    const json = exportIncidentJson(mildGoogleReview(), [], now).replace('"formatVersion": 1', '"formatVersion": 1.5');
    const problems = await problemsOf(json);
    expect(problems.join(' ')).not.toMatch(/newer version/);
    expect(problems.join(' ')).toContain('formatVersion: expected 1, found 1.5');
    const record = await problemsOf(envelopeWith((r) => (r['schemaVersion'] = 3.5)));
    expect(record.join(' ')).not.toMatch(/newer version/);
  });

  it('accepts a byte-order mark at the start, as the file picker does', async () => {
    const json = exportIncidentJson({ ...mildGoogleReview(), evidence: [] }, [], now);
    const result = await parseIncidentImport(`\uFEFF${json}`);
    expect(result.ok).toBe(true);
  });
});

// --- Retention ----------------------------------------------------------------------------------

describe('a backup of an incident closed over 12 months ago', () => {
  it('is given a fresh 12 months, and its timeline says so, instead of being deleted at once', async () => {
    const closedLongAgo: IncidentRecord = {
      ...mildGoogleReview(),
      evidence: [],
      status: 'closed',
      closedAt: '2024-03-01T10:00:00.000Z',
      outcome: 'Resolved',
      keep: false,
    };
    expect(dueForDeletion([closedLongAgo], now)).toHaveLength(1);
    const parsed = await parseIncidentImport(exportIncidentJson(closedLongAgo, [], now));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const repository = memoryRepository();
    const imported = await importAsNewIncident(repository, parsed, now);
    expect(dueForDeletion([imported], now)).toHaveLength(0);
    expect(imported.closedAt).toBe(now.toISOString());
    const deleteOn = imported.timeline.at(-1)?.summary.match(/kept until (.+) unless/)?.[1] ?? '';
    expect(imported.timeline.at(-1)?.summary).toBe(importWords.retentionRenewed('1 March 2024', deleteOn));
    expect(deleteOn).toMatch(/2027$/);
  });

  it('keeps a recently closed incident exactly as it was', async () => {
    const recent: IncidentRecord = { ...mildGoogleReview(), evidence: [], status: 'closed', closedAt: now.toISOString(), keep: false };
    const parsed = await parseIncidentImport(exportIncidentJson(recent, [], now));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const imported = await importAsNewIncident(memoryRepository(), parsed, now);
    expect(imported.closedAt).toBe(recent.closedAt);
    expect(imported.timeline.at(-1)?.kind).toBe('imported');
  });
});
