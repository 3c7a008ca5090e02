/**
 * What this browser remembers about the practice folder, in an IndexedDB database of its own (so
 * the incident database's versions are untouched): the folder's handle, which the browser can
 * keep and give back after a restart (permission to use it is asked again), and, for each
 * incident, the version last known to be the same here and in the folder. That last one is what
 * tells "changed on this PC", "changed on another PC" and "changed on both" apart.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface FolderMemory {
  loadHandle(): Promise<FileSystemDirectoryHandle | undefined>;
  /** undefined forgets the folder and every incident's last synced version with it. */
  saveHandle(handle: FileSystemDirectoryHandle | undefined): Promise<void>;
  /** The versionKey last known to be both here and in the folder. */
  synced(id: string): Promise<string | undefined>;
  setSynced(id: string, version: string | undefined): Promise<void>;
}

interface FolderMemorySchema extends DBSchema {
  state: { key: string; value: unknown };
  synced: { key: string; value: string };
}

const handleKey = 'folder';

function isDirectoryHandle(value: unknown): value is FileSystemDirectoryHandle {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory';
}

export function indexedDbFolderMemory(name: string): FolderMemory {
  let opening: Promise<IDBPDatabase<FolderMemorySchema>> | undefined;
  const db = () =>
    (opening ??= openDB<FolderMemorySchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('state');
        database.createObjectStore('synced');
      },
    }));
  return {
    loadHandle: async () => {
      const stored = await (await db()).get('state', handleKey);
      return isDirectoryHandle(stored) ? stored : undefined;
    },
    saveHandle: async (handle) => {
      const tx = (await db()).transaction(['state', 'synced'], 'readwrite');
      await Promise.all([
        handle === undefined ? tx.objectStore('state').delete(handleKey) : tx.objectStore('state').put(handle, handleKey),
        // Another folder, or none: nothing is known to be in step with it yet.
        tx.objectStore('synced').clear(),
      ]);
      await tx.done;
    },
    synced: async (id) => (await db()).get('synced', id),
    setSynced: async (id, version) => {
      const database = await db();
      await (version === undefined ? database.delete('synced', id) : database.put('synced', version, id));
    },
  };
}

export function memoryFolderMemory(): FolderMemory {
  let handle: FileSystemDirectoryHandle | undefined;
  const synced = new Map<string, string>();
  return {
    loadHandle: async () => handle,
    saveHandle: async (next) => {
      handle = next;
      synced.clear();
    },
    synced: async (id) => synced.get(id),
    setSynced: async (id, version) => {
      if (version === undefined) synced.delete(id);
      else synced.set(id, version);
    },
  };
}
