/**
 * Bringing a version from the practice folder into this browser's store exactly as it is: same id,
 * same revision, same evidence file ids. The repository's public methods cannot do that (create
 * makes a new id and save adds one to the revision), so this writes the record, its summary and
 * its files in one transaction, as the repository's own save does, and only if the browser's copy
 * is still the version the sync compared against. A tab with the old version open is then told,
 * on its next save, that the incident changed elsewhere, exactly as with two tabs.
 */
import type { Database, StoredFile } from '../database';
import { migrateToCurrent } from '../migrations';
import { incidentRecord, type IncidentRecord } from '../schema';
import { summaryOf } from '../storedSummary';
import type { MemoryStores } from '../incidentStore';
import { versionKey } from './folderRecordFile';

export interface BrowserCopy {
  /**
   * Stores `record` and `files` as they are, if the browser's copy is still `expected` (a
   * versionKey, or null for none). Resolves false, writing nothing, if it has moved on.
   */
  adopt(record: IncidentRecord, files: readonly StoredFile[], expected: string | null): Promise<boolean>;
}

function storedVersion(raw: unknown): string | null {
  if (raw === undefined) return null;
  const parsed = incidentRecord.safeParse(migrateToCurrent(raw));
  // An unreadable copy matches nothing: it is never replaced without a person seeing it.
  return parsed.success ? versionKey(parsed.data) : 'unreadable';
}

export function indexedDbBrowserCopy(db: Database): BrowserCopy {
  return {
    adopt: async (record, files, expected) => {
      const tx = db.transaction(['incidents', 'summaries', 'files'], 'readwrite');
      if (storedVersion(await tx.objectStore('incidents').get(record.id)) !== expected) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return false;
      }
      await Promise.all([
        ...files.map((file) => tx.objectStore('files').put(file)),
        tx.objectStore('incidents').put(record, record.id),
        tx.objectStore('summaries').put(summaryOf(record), record.id),
      ]);
      await tx.done;
      return true;
    },
  };
}

/** The same over the memory stores (tests, and a browser that will not store anything). */
export function memoryBrowserCopy(stores: MemoryStores): BrowserCopy {
  return {
    adopt: async (record, files, expected) => {
      if (storedVersion(stores.incidents.get(record.id)) !== expected) return false;
      for (const file of files) stores.files.set(file.id, { ...file, bytes: file.bytes.slice(0) });
      stores.incidents.set(record.id, structuredClone(record));
      return true;
    },
  };
}
