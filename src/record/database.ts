/**
 * The app's one IndexedDB database, through `idb`. Everything the app keeps lives here, on this
 * device only. Stored values are typed `unknown` on purpose: whatever is read back is checked
 * against the schema before use, because browser storage can hold anything (an older version's
 * records, a half-written value, another tab's newer data).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const databaseName = 'social-media-incident-wizard';
/**
 * 2 added `summaries`; 3 indexed them for the home list (and emptied them, to be rebuilt in the
 * new shape). An older database is brought up step by step with nothing else changed.
 */
export const databaseVersion = 3;

/**
 * The home list's index on summaries: format, then status, then last change. The list reads each
 * table newest first through it, and counts each status within the current format, so a summary
 * of another format or with a field missing is never counted and the list rebuilds the summaries.
 */
export const summariesByList = 'byList';
/** Closed incidents not kept, by when their 12 months began (src/record/retention.ts), within the current format. */
export const summariesByRetention = 'byRetention';

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
  /**
   * What the home list shows of each incident, by incident id, written with the record in one
   * transaction (src/record/storedSummary.ts). Missing or damaged ones are rebuilt from the record.
   */
  summaries: {
    key: string;
    value: unknown;
    indexes: { [summariesByList]: [string, string, string]; [summariesByRetention]: [string, string] };
  };
}

export type Database = IDBPDatabase<WizardDatabase>;

/** What another tab's version of the app means for opening the database. */
export interface VersionEvents {
  /**
   * A tab running an older version still has the database open, so this newer one cannot bring it
   * up to date yet: the open waits (it finishes by itself once that tab reloads or closes).
   */
  readonly onBlocked?: () => void;
  /**
   * A tab with a newer version needs the database: this connection is closed so that it can go on,
   * and this tab must reload to keep saving.
   */
  readonly onNewerVersion?: () => void;
}

export function openDatabase(name: string = databaseName, events: VersionEvents = {}): Promise<Database> {
  let opened: Database | undefined;
  const database = openDB<WizardDatabase>(name, databaseVersion, {
    blocked() {
      events.onBlocked?.();
    },
    blocking() {
      opened?.close();
      events.onNewerVersion?.();
    },
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One block per version, so an old database is brought up step by step.
      if (oldVersion < 1) {
        db.createObjectStore('incidents');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
        db.createObjectStore('settings');
      }
      // Left empty: the list rebuilds each summary from its record the first time it is missing.
      if (oldVersion < 2) {
        db.createObjectStore('summaries');
      }
      // Emptied rather than indexed as they are: each summary is rebuilt in the shape the index
      // needs the first time the list is read (storedSummary.ts), and nothing is lost meanwhile.
      if (oldVersion < 3) {
        const summaries = transaction.objectStore('summaries');
        void summaries.clear();
        summaries.createIndex(summariesByList, ['format', 'status', 'updatedAt']);
        summaries.createIndex(summariesByRetention, ['format', 'retentionFrom']);
      }
    },
  });
  return database.then((db) => (opened = db));
}
