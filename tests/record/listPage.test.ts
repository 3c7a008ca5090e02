/**
 * Issue #15: the home list reads only what it draws, through the summaries' indexes (database
 * version 3): the newest rows of each table, the counts, the few incidents retention may delete
 * soon, and the records that cannot be read. Whenever the summaries do not account for every
 * record, it reads them all and rebuilds, so nothing ever drops out of the list.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { openDatabase, type Database } from '../../src/record/database';
import { emptyMemoryStores, indexedDbRepository, memoryRepository, type IncidentRepository } from '../../src/record/incidentStore';
import { newestFirst, pageOf, type ListPage, type ListRequest } from '../../src/record/listPage';
import { dueForDeletion, dueSoon, retentionStartedBy } from '../../src/record/retention';
import type { IncidentRecord } from '../../src/record/schema';
import { summaryFormat, summaryOf, unreadableMarker, type StoredSummary } from '../../src/record/storedSummary';

const now = new Date('2026-11-25T09:40:00.000Z');
const minute = 60_000;
const day = 24 * 3_600_000;
const opened: { db: Database; name: string }[] = [];

async function freshDatabase(): Promise<Database> {
  const name = `list-page-test-${crypto.randomUUID()}`;
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

function request(openRows: number, closedRows: number): ListRequest {
  return { openRows, closedRows, retentionStartedBy: retentionStartedBy(now) };
}

/** Every incident in one page: the slow path's answer to compare the indexed one with. */
const everything = request(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);

/** The page made the long way: every summary read, sorted and cut down. */
async function pageFromEverySummary(repository: IncidentRepository, wanted: ListRequest): Promise<ListPage> {
  const entries = await repository.listSummaries();
  return pageOf(
    entries.flatMap((e) => (e.ok ? [e.summary] : [])),
    entries.flatMap((e) => (e.ok ? [] : [e])),
    wanted,
  );
}

/** Retention and unreadable come in no particular order: sorted by id to compare. */
function comparable(page: ListPage) {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { ...page, retention: byId(page.retention), unreadable: byId(page.unreadable) };
}

/**
 * Counts what the list reads: values read from each store whole (get, getAll, cursors), and the
 * summaries a cursor on an index stops at. Counts and keys are not counted: the list may read those.
 */
function countReads() {
  const reads = { incidents: 0, summariesWhole: 0, rowsThroughIndex: 0 };
  const store = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['get', 'getAll', 'openCursor']) {
    const original = store[method]!;
    vi.spyOn(store, method as never).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'incidents') reads.incidents += 1;
      if (this.name === 'summaries') reads.summariesWhole += 1;
      return original.apply(this, args);
    } as never);
  }
  // The cursor's request fires once per row it stops at (and once, empty, at the end).
  const index = IDBIndex.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const openCursor = index['openCursor']!;
  vi.spyOn(index, 'openCursor' as never).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
    const request = openCursor.apply(this, args) as IDBRequest<IDBCursor | null>;
    request.addEventListener('success', () => {
      if (request.result !== null) reads.rowsThroughIndex += 1;
    });
    return request;
  } as never);
  return reads;
}

/**
 * `open` open incidents and `closed` closed ones, changed a minute apart, with some changed in the
 * same millisecond (ties are ordered by id), and closed ones spread over two years.
 */
async function seed(repository: IncidentRepository, open: number, closed: number): Promise<IncidentRecord[]> {
  const records: IncidentRecord[] = [];
  for (let i = 0; i < open + closed; i++) {
    const at = new Date(now.getTime() - Math.floor(i / 3) * minute);
    const record = await repository.create({ kind: 'live', now: at });
    if (i < open) {
      records.push(record);
      continue;
    }
    const closedAt = new Date(now.getTime() - (i - open) * 23 * day).toISOString();
    records.push(await savedAt(repository, { ...record, status: 'closed', closedAt, keep: i % 5 === 0 }, at));
  }
  return records;
}

/** Saves with the repository's clock set to `at`: the summary's last change is `at`. */
async function savedAt(repository: IncidentRepository, record: IncidentRecord, at: Date): Promise<IncidentRecord> {
  vi.useFakeTimers({ now: at, toFake: ['Date'] });
  try {
    return await repository.save(record);
  } finally {
    vi.useRealTimers();
  }
}

describe('the list page through the indexes', () => {
  it('is exactly the page made from every summary, for any number of rows', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    await seed(repository, 37, 23);
    for (const [openRows, closedRows] of [
      [0, 0],
      [1, 1],
      [10, 5],
      [36, 22],
      [37, 23],
      [50, 50],
    ] as const) {
      const wanted = request(openRows, closedRows);
      const page = await repository.listPage(wanted);
      expect(comparable(page)).toEqual(comparable(await pageFromEverySummary(repository, wanted)));
      expect(page.open).toHaveLength(Math.min(openRows, 37));
      expect(page.closed).toHaveLength(Math.min(closedRows, 23));
      expect(page).toMatchObject({ openCount: 37, closedCount: 23 });
    }
    const all = await repository.listPage(everything);
    expect(all.open.map((s) => s.id)).toEqual([...all.open].sort(newestFirst).map((s) => s.id));
    // Some incidents share a last change: the order between them is fixed, not left to chance.
    expect(new Set(all.open.map((s) => s.updatedAt)).size).toBeLessThan(all.open.length);
  });

  it('reads only the rows it draws, and no record, however many incidents there are', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    await seed(repository, 120, 0);
    await repository.listPage(request(10, 10)); // any rebuild done
    const reads = countReads();
    const page = await repository.listPage(request(10, 10));
    expect(page.open).toHaveLength(10);
    expect(page.openCount).toBe(120);
    expect(reads).toEqual({ incidents: 0, summariesWhole: 0, rowsThroughIndex: 10 });
    // The counter is not blind: the long way round reads every summary.
    await repository.listSummaries();
    expect(reads.summariesWhole).toBeGreaterThan(0);
  });

  it('gives the memory repository’s page for the same incidents', async () => {
    const memory = memoryRepository(emptyMemoryStores());
    const records = await seed(memory, 12, 9);
    const db = await freshDatabase();
    for (const record of records) {
      const stored = await memory.rawExport(record.id);
      await db.put('incidents', stored, record.id);
    }
    const repository = indexedDbRepository(db);
    for (const wanted of [request(5, 3), everything]) {
      expect(comparable(await repository.listPage(wanted))).toEqual(comparable(await memory.listPage(wanted)));
    }
  });
});

describe('nothing drops out of the list when the summaries are not in step', () => {
  /** A database of 8 incidents, 3 of them closed, every summary sound. */
  async function sound() {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const records = await seed(repository, 5, 3);
    const expected = comparable(await repository.listPage(everything));
    return { db, repository, records, expected };
  }

  const spoilers: readonly [string, (db: Database, record: IncidentRecord) => Promise<unknown>][] = [
    ['missing', (db, r) => db.delete('summaries', r.id)],
    ['of an older format', (db, r) => db.put('summaries', { ...summaryOf(r), format: '1/2' }, r.id)],
    ['of another status than open or closed', (db, r) => db.put('summaries', { ...summaryOf(r), status: 'opne' }, r.id)],
    [
      'without its last change (so not in the index)',
      (db, r) => {
        const { updatedAt: _updatedAt, ...rest } = summaryOf(r);
        return db.put('summaries', rest, r.id);
      },
    ],
    ['damaged in a field the index does not hold', (db, r) => db.put('summaries', { ...summaryOf(r), reference: 42 }, r.id)],
    ['another incident’s', (db, r) => db.put('summaries', { ...summaryOf(r), id: 'someone-else' }, r.id)],
    [
      'with a retention time its own fields do not give',
      (db, r) => db.put('summaries', { ...summaryOf(r), retentionFrom: '2000-01-01T00:00:00.000Z' }, r.id),
    ],
  ];

  it.each(spoilers)('lists every incident, and rebuilds, when a summary is %s', async (_what, spoil) => {
    const { db, repository, records, expected } = await sound();
    // The newest open one (drawn first) and the oldest closed one (never drawn in a short page).
    for (const record of [records[0]!, records.at(-1)!]) {
      await spoil(db, record);
      expect(comparable(await repository.listPage(everything))).toEqual(expected);
      const short = await repository.listPage(request(1, 1));
      expect(short).toMatchObject({ openCount: 5, closedCount: 3 });
    }
    // Rebuilt: the next list takes the short way again, reading no summary whole.
    const reads = countReads();
    await repository.listPage(request(2, 2));
    expect(reads.summariesWhole).toBe(0);
    expect(reads.incidents).toBe(0);
  });

  it('a summary left behind by a deleted record is not listed, and is cleared away', async () => {
    const { db, repository, records, expected } = await sound();
    await db.put('summaries', { ...summaryOf(records[0]!), id: 'gone' }, 'gone');
    expect(comparable(await repository.listPage(everything))).toEqual(expected);
    expect(await db.get('summaries', 'gone')).toBeUndefined();
  });

  it('a summary damaged beyond the rows drawn is still counted, and is rebuilt once drawn', async () => {
    const { db, repository, records, expected } = await sound();
    const oldestOpen = records[4]!;
    await db.put('summaries', { ...summaryOf(oldestOpen), reference: 42 }, oldestOpen.id);
    expect(await repository.listPage(request(2, 2))).toMatchObject({ openCount: 5 });
    expect(comparable(await repository.listPage(everything))).toEqual(expected);
    expect(await db.get('summaries', oldestOpen.id)).toEqual(summaryOf(oldestOpen));
  });
});

describe('records that cannot be read', () => {
  it('are marked once, then listed from their marks, reading only those records', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    await seed(repository, 3, 1);
    await db.put('incidents', { schemaVersion: 1, id: 'broken', answers: 42 }, 'broken');
    const first = await repository.listPage(request(50, 50));
    expect(first.unreadable).toEqual((await repository.list()).filter((e) => !e.ok));
    expect(await db.get('summaries', 'broken')).toEqual(unreadableMarker('broken'));

    const reads = countReads();
    const again = await repository.listPage(request(50, 50));
    expect(again).toEqual(first);
    expect(reads.incidents).toBe(1);
    expect(reads.summariesWhole).toBe(0);
  });

  it('a marked record that reads again (a newer app mended it) is listed as an incident', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const record = await repository.create({ kind: 'live', now });
    await db.put('summaries', unreadableMarker(record.id), record.id);
    const page = await repository.listPage(request(50, 50));
    expect(page).toMatchObject({ openCount: 1, open: [summaryOf(record)], unreadable: [] });
    expect(await db.get('summaries', record.id)).toEqual(summaryOf(record));
  });
});

describe('retention through its index', () => {
  it('finds the same incidents due and due soon as from every summary, and never an open or kept one', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    await seed(repository, 4, 30); // closed over 23-day steps back to about two years ago
    // One closed without a closing time: its last change stands in, as in retention.ts.
    const { closedAt: _closedAt, ...noClosingTime } = await repository.create({ kind: 'live', now: new Date(now.getTime() - 400 * day) });
    await savedAt(repository, { ...noClosingTime, status: 'closed' }, new Date(now.getTime() - 350 * day));

    const page = await repository.listPage(request(0, 0));
    const all = (await repository.listSummaries()).flatMap((e) => (e.ok ? [e.summary] : []));
    const ids = (list: readonly StoredSummary[]) => list.map((s) => s.id).sort();
    expect(ids(dueForDeletion(page.retention, now))).toEqual(ids(dueForDeletion(all, now)));
    expect(ids(dueSoon(page.retention, now).map((r) => r.record))).toEqual(ids(dueSoon(all, now).map((r) => r.record)));
    expect(dueForDeletion(all, now).length).toBeGreaterThan(0);
    expect(dueSoon(all, now).length).toBeGreaterThan(0);
    expect(page.retention.some((s) => s.id === noClosingTime.id)).toBe(true);
    expect(page.retention.every((s) => s.status === 'closed' && !s.keep)).toBe(true);
    // It reads the few near their 12 months, not every closed incident.
    expect(page.retention.length).toBeLessThan(all.filter((s) => s.status === 'closed').length);
  });

  it('keeps the retention time only on closed incidents not kept, in UTC', async () => {
    const record = await memoryRepository().create({ kind: 'live', now });
    expect(summaryOf({ ...record, status: 'closed', closedAt: '2026-01-01T10:00:00+01:00' })).toMatchObject({
      format: summaryFormat,
      retentionFrom: '2026-01-01T09:00:00.000Z',
    });
    expect(summaryOf({ ...record, status: 'closed', closedAt: '2026-01-01T10:00:00Z', keep: true })).not.toHaveProperty('retentionFrom');
    expect(summaryOf(record)).not.toHaveProperty('retentionFrom');
  });
});
