/**
 * Issue #15: the home list reads a small summary per incident instead of every full record. The
 * summaries are written with the record in one transaction, rebuilt from the record when missing
 * or damaged (a database from before summaries), and never hide a record that cannot be read.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { closeIncident } from '../../src/app/storageActions';
import { exportIncidentJson } from '../../src/note/exportJson';
import { importIncidentFile } from '../../src/note/importJson';
import { databaseVersion, openDatabase, type Database } from '../../src/record/database';
import {
  RevisionConflictError,
  emptyMemoryStores,
  indexedDbRepository,
  loadListed,
  memoryRepository,
  type IncidentRepository,
  type ListEntry,
  type LoadResult,
} from '../../src/record/incidentStore';
import { dueForDeletion } from '../../src/record/retention';
import type { IncidentRecord } from '../../src/record/schema';
import { saveStaleCopy } from '../../src/record/staleCopy';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { readSummary, summaryFormat, summaryOf, unreadableMarker, type StoredSummary } from '../../src/record/storedSummary';

const now = new Date('2026-11-25T09:40:00.000Z');
const opened: { db: Database; name: string }[] = [];

async function freshDatabase(name = `summaries-test-${crypto.randomUUID()}`): Promise<Database> {
  const db = await openDatabase(name);
  opened.push({ db, name });
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

function expectLoaded(result: LoadResult): IncidentRecord {
  if (!result.ok) throw new Error(`Expected a readable record, got: ${result.problem}`);
  return result.record;
}

/** The summaries the list gives, by incident id. */
async function listed(repository: IncidentRepository): Promise<Map<string, StoredSummary>> {
  const entries = await repository.listSummaries();
  return new Map(entries.flatMap((e) => (e.ok ? [[e.summary.id, e.summary] as const] : [])));
}

/**
 * The point of the store: for every incident, the summary kept in IndexedDB and the one listed
 * are exactly what its record says now.
 */
async function expectInStep(db: Database, repository: IncidentRepository): Promise<void> {
  const ids = await db.getAllKeys('incidents');
  const stored = await db.getAllKeys('summaries');
  expect([...stored].sort()).toEqual([...ids].sort());
  const fromList = await listed(repository);
  expect(fromList.size).toBe(ids.length);
  for (const id of ids) {
    const expected = summaryOf(expectLoaded(await repository.load(id)));
    expect(await db.get('summaries', id)).toEqual(expected);
    expect(fromList.get(id)).toEqual(expected);
  }
}

/** A record with what the list shows filled in: where, who about, the found time and screen. */
function withAnswers(record: IncidentRecord): IncidentRecord {
  return {
    ...record,
    foundAt: '2026-11-25T09:30:00.000Z',
    answers: { ...record.answers, platform: 'googleReviews', about: ['practice'] },
    currentStep: 'plan',
  };
}

/** Counts reads of whole values from one object store; keys alone are not counted. */
function countValueReads(storeName: string): { readonly count: () => number } {
  let reads = 0;
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['get', 'getAll', 'openCursor']) {
    const original = proto[method]!;
    vi.spyOn(proto, method as never).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === storeName) reads += 1;
      return original.apply(this, args);
    } as never);
  }
  return { count: () => reads };
}

describe('summaries kept in step with every write', () => {
  it('create, save, close, reopen, keep, a stale copy, import, delete and delete all', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });

    const created = await repository.create({ kind: 'live', now });
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).toMatchObject({ reference: 'SM-2026-0001', status: 'open', revision: 0 });

    const saved = await repository.save(withAnswers(created));
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).toMatchObject({
      platform: 'googleReviews',
      about: ['practice'],
      currentStep: 'plan',
      revision: 1,
    });

    const closing = await closeIncident(repository, saved, 'Review taken down', () => now);
    expect(closing.ok).toBe(true);
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).toMatchObject({ status: 'closed', closedAt: now.toISOString() });

    const closed = expectLoaded(await repository.load(created.id));
    const { closedAt: _closedAt, ...open } = closed;
    const reopened = await repository.save({ ...open, status: 'open' });
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).not.toHaveProperty('closedAt');

    await repository.save({ ...reopened, keep: true });
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).toMatchObject({ keep: true });

    const copy = await saveStaleCopy(repository, memoryEvidenceFiles(), reopened, now);
    await expectInStep(db, repository);
    expect(await db.get('summaries', copy.id)).toMatchObject({ copyOf: reopened.reference });

    const imported = await importIncidentFile(repository, exportIncidentJson(withAnswers(created), [], now), now);
    if (!imported.ok) throw new Error(imported.problems.join('; '));
    await expectInStep(db, repository);
    expect(await db.get('summaries', imported.record.id)).toMatchObject({
      platform: 'googleReviews',
      reference: imported.record.reference,
    });

    await repository.remove(created.id);
    await expectInStep(db, repository);
    expect(await db.get('summaries', created.id)).toBeUndefined();

    await repository.removeAll();
    expect(await db.count('summaries')).toBe(0);
    expect(await repository.listSummaries()).toEqual([]);
  });

  it('a refused save writes neither the record nor its summary', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const otherTab = indexedDbRepository(db, { now: () => now });
    const record = await repository.create({ kind: 'live', now });
    await otherTab.save({ ...record, keep: true });
    await expect(repository.save(withAnswers(record))).rejects.toBeInstanceOf(RevisionConflictError);
    await expectInStep(db, repository);
    expect(await db.get('summaries', record.id)).toMatchObject({ keep: true, revision: 1 });
    expect(await db.get('summaries', record.id)).not.toHaveProperty('platform');
  });

  it('record and summary are one transaction: if the summary cannot be written, neither is', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const record = await repository.create({ kind: 'live', now });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'summaries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(repository.save(withAnswers(record))).rejects.toThrow(/no room left/);
    await expect(repository.create({ kind: 'live', now })).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect(expectLoaded(await repository.load(record.id)).revision).toBe(0);
    expect(await db.count('incidents')).toBe(1);
    await expectInStep(db, repository);
  });
});

describe('a database from before summaries (version 1)', () => {
  it('upgrades with every record, file and setting kept, and lists them all from rebuilt summaries', async () => {
    // Records as the previous version saved them, made here in memory.
    const memory = memoryRepository(emptyMemoryStores(), { now: () => now });
    const first = await memory.save(withAnswers(await memory.create({ kind: 'live', now })));
    const second = await memory.create({ kind: 'training', now });
    const name = `summaries-v1-${crypto.randomUUID()}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('incidents');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
        db.createObjectStore('settings');
      },
    });
    await old.put('incidents', first, first.id);
    await old.put('incidents', second, second.id);
    await old.put('incidents', { schemaVersion: 1, id: 'broken', answers: 42 }, 'broken');
    await old.put('files', {
      id: 'f1',
      incidentId: first.id,
      bytes: new Uint8Array([1]).buffer,
      type: 'image/png',
      size: 1,
      sha256: 'a'.repeat(64),
    });
    await old.put('settings', 2, 'referenceCounter:2026');
    old.close();

    const db = await freshDatabase(name);
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames].sort()).toEqual(['files', 'incidents', 'settings', 'summaries']);
    expect(await db.count('summaries')).toBe(0);
    expect(await db.count('files')).toBe(1);
    expect(await db.get('settings', 'referenceCounter:2026')).toBe(2);

    const repository = indexedDbRepository(db, { now: () => now });
    const entries = await repository.listSummaries();
    expect(entries).toHaveLength(3);
    const summaries = await listed(repository);
    expect(summaries.get(first.id)).toEqual(summaryOf(first));
    expect(summaries.get(second.id)).toEqual(summaryOf(second));
    expect(entries.find((e) => !e.ok)).toMatchObject({ ok: false, id: 'broken', reason: 'unreadable' });
    // Rebuilt once: the readable records now have summaries, and the next list reads only those.
    expect(await db.get('summaries', first.id)).toEqual(summaryOf(first));
    // The record that cannot be read is marked as such, so the list need not read it to know.
    expect(await db.get('summaries', 'broken')).toEqual(unreadableMarker('broken'));
    expect(await db.get('incidents', first.id)).toEqual(first);
    const reads = countValueReads('incidents');
    await repository.listSummaries();
    expect(reads.count()).toBe(1); // the unreadable record, read again to say what is wrong with it
  });
});

describe('a damaged summary', () => {
  const damage: readonly [string, (good: StoredSummary) => unknown][] = [
    ['not an object', () => 'garbage'],
    ['missing a field', ({ reference: _reference, ...rest }) => rest],
    ['a field of the wrong type', (good) => ({ ...good, revision: 'one' })],
    ['another incident’s', (good) => ({ ...good, id: 'someone-else' })],
    ['written under other rules (an older format)', (good) => ({ ...good, format: '0/2' })],
  ];

  it.each(damage)('is rebuilt from its record when it is %s', async (_what, spoil) => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const record = await repository.save(withAnswers(await repository.create({ kind: 'live', now })));
    const good = summaryOf(record);
    await db.put('summaries', spoil(good), record.id);
    expect(readSummary(record.id, await db.get('summaries', record.id))).toBeNull();

    const reads = countValueReads('incidents');
    expect(await repository.listSummaries()).toEqual([{ ok: true, summary: good }]);
    expect(reads.count()).toBe(1);
    expect(await db.get('summaries', record.id)).toEqual(good);
  });

  it('a summary left with no record is not listed, and is cleared away', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const record = await repository.create({ kind: 'live', now });
    await db.put('summaries', { ...summaryOf(record), id: 'gone' }, 'gone');
    expect(await repository.listSummaries()).toEqual([{ ok: true, summary: summaryOf(record) }]);
    expect(await db.get('summaries', 'gone')).toBeUndefined();
  });

  it('when the browser will not store the rebuilt summary, the list still shows the incident', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const record = await repository.create({ kind: 'live', now });
    await db.delete('summaries', record.id);
    for (const method of ['put', 'delete'] as const) {
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
    }
    expect(await repository.listSummaries()).toEqual([{ ok: true, summary: summaryOf(record) }]);
    vi.restoreAllMocks();
    expect(await db.get('summaries', record.id)).toBeUndefined();
  });
});

describe('a record that cannot be read', () => {
  it('is listed as unreadable, with the same problem as today, whatever its summary says', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const good = await repository.create({ kind: 'live', now });
    await db.put('incidents', { schemaVersion: 1, id: 'broken', answers: 42 }, 'broken');
    // A record damaged after its summary was written, and the summary damaged too.
    const other = await repository.create({ kind: 'live', now });
    await db.put('incidents', { ...other, revision: 'many' }, other.id);
    await db.put('summaries', 'garbage', other.id);

    const wholeRecords = await repository.list();
    const entries = await repository.listSummaries();
    const failures = (list: readonly (LoadResult | ListEntry)[]) =>
      list.flatMap((e) => (e.ok ? [] : [e])).sort((a, b) => a.id.localeCompare(b.id));
    expect(failures(entries)).toEqual(failures(wholeRecords));
    expect(failures(entries)).toHaveLength(2);
    expect(entries.filter((e) => e.ok)).toEqual([{ ok: true, summary: summaryOf(good) }]);
  });
});

describe('the list reads no full record', () => {
  it('when every summary is sound, however many incidents there are', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    for (let i = 0; i < 25; i++) await repository.create({ kind: 'live', now });
    const reads = countValueReads('incidents');
    const entries = await repository.listSummaries();
    expect(entries).toHaveLength(25);
    expect(entries.every((e) => e.ok)).toBe(true);
    expect(reads.count()).toBe(0);
    // The counter is not blind: listing whole records counts as reading them.
    await repository.list();
    expect(reads.count()).toBeGreaterThan(0);
  });
});

describe('retention from summaries', () => {
  it('finds the same incidents due for deletion as from records, and deleting one deletes its summary', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const longClosed = await repository.create({ kind: 'live', now: new Date('2025-10-01T10:00:00.000Z') });
    await repository.save({ ...longClosed, status: 'closed', closedAt: '2025-10-01T10:00:00.000Z' });
    const kept = await repository.create({ kind: 'live', now: new Date('2025-10-01T10:00:00.000Z') });
    await repository.save({ ...kept, status: 'closed', closedAt: '2025-10-01T10:00:00.000Z', keep: true });
    await repository.create({ kind: 'live', now });

    const records = (await repository.list()).flatMap((e) => (e.ok ? [e.record] : []));
    const summaries = [...(await listed(repository)).values()];
    const due = dueForDeletion(summaries, now).map((s) => s.id);
    expect(due).toEqual([longClosed.id]);
    expect(dueForDeletion(records, now).map((r) => r.id)).toEqual(due);

    await repository.remove(longClosed.id);
    expect(await db.get('summaries', longClosed.id)).toBeUndefined();
    await expectInStep(db, repository);
  });
});

describe('acting on a listed incident', () => {
  it('gives the record as listed, or a conflict if it changed, was deleted or cannot be read since', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db, { now: () => now });
    const record = await repository.create({ kind: 'live', now });
    const [entry] = await repository.listSummaries();
    if (!entry?.ok) throw new Error('expected a summary');
    expect(await loadListed(repository, entry.summary)).toEqual(record);

    await repository.save({ ...record, keep: true });
    await expect(loadListed(repository, entry.summary)).rejects.toBeInstanceOf(RevisionConflictError);
    await db.put('incidents', { broken: true }, record.id);
    await expect(loadListed(repository, entry.summary)).rejects.toThrow(/cannot read/);
    await repository.remove(record.id);
    await expect(loadListed(repository, entry.summary)).rejects.toThrow(/deleted/);
  });
});

describe('the memory repository', () => {
  it('lists the same summaries and unreadable records as IndexedDB would', async () => {
    const stores = emptyMemoryStores();
    const repository = memoryRepository(stores, { now: () => now });
    const record = await repository.save(withAnswers(await repository.create({ kind: 'live', now })));
    stores.incidents.set('broken', { schemaVersion: 1, id: 'broken', answers: 42 });
    const entries = await repository.listSummaries();
    expect(entries.filter((e) => e.ok)).toEqual([{ ok: true, summary: summaryOf(record) }]);
    expect(entries.filter((e) => !e.ok)).toEqual((await repository.list()).filter((e) => !e.ok));
    expect(summaryOf(record).format).toBe(summaryFormat);
  });
});
