/**
 * Two tabs on two versions of the app (issue 15): the newer one says why it is waiting instead of
 * loading for ever, and a tab on this version steps aside when a newer one needs the database.
 */
import 'fake-indexeddb/auto';
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { databaseVersion, openDatabase, summariesByList, summariesByRetention } from '../../src/record/database';
import { emptyMemoryStores, indexedDbRepository, memoryRepository } from '../../src/record/incidentStore';
import { retentionStartedBy } from '../../src/record/retention';
import { summaryOf } from '../../src/record/storedSummary';

const freshName = () => `versions-${crypto.randomUUID()}`;

/** The stores as version 2 of the app made them: summaries without indexes. */
function version2(db: IDBPDatabase): void {
  db.createObjectStore('incidents');
  db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
  db.createObjectStore('settings');
  db.createObjectStore('summaries');
}

describe('version 3: the home list index', () => {
  it('a version 2 database keeps every record, file and setting; its summaries are rebuilt, indexed, at the first list', async () => {
    const now = new Date('2026-11-25T09:40:00.000Z');
    const memory = memoryRepository(emptyMemoryStores(), { now: () => now });
    const open = await memory.create({ kind: 'live', now });
    const closed = await memory.save({
      ...(await memory.create({ kind: 'live', now })),
      status: 'closed',
      closedAt: '2025-11-01T10:00:00.000Z',
    });
    const name = freshName();
    const old = await openDB(name, 2, { upgrade: version2 });
    for (const record of [open, closed]) {
      await old.put('incidents', record, record.id);
      // As version 2 wrote them: format 1, no retention time.
      const { retentionFrom: _retentionFrom, ...summary } = summaryOf(record);
      await old.put('summaries', { ...summary, format: '1/3' }, record.id);
    }
    await old.put('files', {
      id: 'f1',
      incidentId: open.id,
      bytes: new Uint8Array([1]).buffer,
      type: 'image/png',
      size: 1,
      sha256: 'a'.repeat(64),
    });
    await old.put('settings', 2, 'referenceCounter:2026');
    old.close();

    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect(await db.count('summaries')).toBe(0);
    expect(await db.get('incidents', open.id)).toEqual(open);
    expect(await db.count('files')).toBe(1);
    expect(await db.get('settings', 'referenceCounter:2026')).toBe(2);

    const page = await indexedDbRepository(db).listPage({ openRows: 50, closedRows: 50, retentionStartedBy: retentionStartedBy(now) });
    expect(page).toMatchObject({ open: [summaryOf(open)], closed: [summaryOf(closed)], retention: [summaryOf(closed)], unreadable: [] });
    expect(await db.countFromIndex('summaries', summariesByList)).toBe(2);
    expect(await db.countFromIndex('summaries', summariesByRetention)).toBe(1);
    db.close();
    await deleteDB(name);
  });
});

describe('opening the database beside another version', () => {
  it('waits for a tab still on the older version, says so, and opens once that tab lets go', async () => {
    const name = freshName();
    const olderTab = await openDB(name, databaseVersion - 1, { upgrade: version2 });
    const onBlocked = vi.fn();
    const opening = openDatabase(name, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
    olderTab.close();
    const db = await opening;
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames]).toContain('summaries');
    expect([...db.transaction('summaries').store.indexNames].sort()).toEqual([summariesByList, summariesByRetention].sort());
    db.close();
  });

  it('closes its own connection when a newer version needs the database, and says so', async () => {
    const name = freshName();
    const onNewerVersion = vi.fn();
    const thisTab = await openDatabase(name, { onNewerVersion });
    const newerTab = await openDB(name, databaseVersion + 1);
    expect(onNewerVersion).toHaveBeenCalledTimes(1);
    expect(newerTab.version).toBe(databaseVersion + 1);
    newerTab.close();
    await expect(thisTab.get('settings', 'x')).rejects.toThrow();
  });
});
