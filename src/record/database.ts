/**
 * The app's one IndexedDB database, through `idb`. Everything the app keeps lives here, on this
 * device only. Stored values are typed `unknown` on purpose: whatever is read back is checked
 * against the schema before use, because browser storage can hold anything (an older version's
 * records, a half-written value, another tab's newer data).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const databaseName = 'social-media-incident-wizard';
export const databaseVersion = 1;

export interface StoredFile {
  readonly id: string;
  readonly incidentId: string;
  /** Bytes rather than a Blob: some IndexedDB implementations (and fake-indexeddb) do not keep Blobs. */
  readonly bytes: ArrayBuffer;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

export interface WizardDatabase extends DBSchema {
  /** Incident records, validated on read (see src/record/schema.ts). */
  incidents: { key: string; value: unknown };
  /** Evidence files, kept apart so autosaving a record never rewrites megabytes. */
  files: { key: string; value: StoredFile; indexes: { byIncident: string } };
  /** Practice settings and small counters, by name. */
  settings: { key: string; value: unknown };
}

export type Database = IDBPDatabase<WizardDatabase>;

export function openDatabase(name: string = databaseName): Promise<Database> {
  return openDB<WizardDatabase>(name, databaseVersion, {
    upgrade(db, oldVersion) {
      // One block per version, so an old database is brought up step by step.
      if (oldVersion < 1) {
        db.createObjectStore('incidents');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
        db.createObjectStore('settings');
      }
    },
  });
}
