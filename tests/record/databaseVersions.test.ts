/**
 * Two tabs on two versions of the app (issue 15): the newer one says why it is waiting instead of
 * loading for ever, and a tab on this version steps aside when a newer one needs the database.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { databaseVersion, openDatabase } from '../../src/record/database';

const freshName = () => `versions-${crypto.randomUUID()}`;

describe('opening the database beside another version', () => {
  it('waits for a tab still on the older version, says so, and opens once that tab lets go', async () => {
    const name = freshName();
    const olderTab = await openDB(name, databaseVersion - 1, {
      upgrade(db) {
        db.createObjectStore('incidents');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
        db.createObjectStore('settings');
      },
    });
    const onBlocked = vi.fn();
    const opening = openDatabase(name, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
    olderTab.close();
    const db = await opening;
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames]).toContain('summaries');
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
