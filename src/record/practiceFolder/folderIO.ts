/**
 * The practice folder as the sync code sees it: a few file operations on paths of one or two
 * names (a file at the top, or a file in one sub-folder). Behind this small interface so the sync
 * rules can be tested against a folder kept in memory (tests/support/memoryFolder.ts).
 *
 * Writes are atomic through the File System Access API itself: `createWritable()` writes to a
 * swap file beside the target (Chromium's `<name>.crswap`), and only `close()` replaces the target
 * with it. A crash, a closed tab or an error before `close()` leaves the old file as it was; on an
 * error the swap file is thrown away with `abort()`. No write-then-rename of our own is needed.
 */

/** ['SM-2026-0007 incident.json'] or ['SM-2026-0007 evidence', 'image (3f2a9c1b).png']. */
export type FolderPath = readonly [string] | readonly [string, string];

export interface FolderEntry {
  readonly name: string;
  /** When the file was last written, so an unchanged file need not be read again. */
  readonly lastModified: number;
  readonly size: number;
}

export interface PracticeFolderIO {
  /** The files (not folders) directly in the folder, or in one sub-folder of it. */
  listFiles(subfolder?: string): Promise<FolderEntry[]>;
  /** The file's bytes, or undefined if there is no such file. */
  read(path: FolderPath): Promise<Uint8Array | undefined>;
  /** Replaces the file all at once, creating its sub-folder if need be. */
  writeAtomic(path: FolderPath, data: Uint8Array | string): Promise<void>;
  /** Removing what is not there is not an error. */
  remove(path: FolderPath, options?: { recursive?: boolean }): Promise<void>;
}

function isNotFound(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'NotFoundError' || name === 'TypeMismatchError';
}

/** The File System Access API over a folder the practice chose (or, in tests, the origin-private one). */
export function directoryHandleFolder(root: FileSystemDirectoryHandle): PracticeFolderIO {
  const folderOf = async (path: FolderPath, create: boolean): Promise<FileSystemDirectoryHandle> =>
    path.length === 2 ? root.getDirectoryHandle(path[0], { create }) : root;
  const fileName = (path: FolderPath): string => (path.length === 2 ? path[1] : path[0]);

  return {
    listFiles: async (subfolder) => {
      let folder: FileSystemDirectoryHandle;
      try {
        folder = subfolder === undefined ? root : await root.getDirectoryHandle(subfolder);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
      const entries: FolderEntry[] = [];
      // values() is in the DOM's async-iterable types, which this project's lib setting leaves out.
      const handles = (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
      for await (const handle of handles) {
        if (handle.kind !== 'file') continue;
        const file = await (handle as FileSystemFileHandle).getFile();
        entries.push({ name: handle.name, lastModified: file.lastModified, size: file.size });
      }
      return entries;
    },

    read: async (path) => {
      try {
        const folder = await folderOf(path, false);
        const handle = await folder.getFileHandle(fileName(path));
        return new Uint8Array(await (await handle.getFile()).arrayBuffer());
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    writeAtomic: async (path, data) => {
      const folder = await folderOf(path, true);
      const handle = await folder.getFileHandle(fileName(path), { create: true });
      // Everything goes to the swap file; the target changes only when close() succeeds.
      const writable = await handle.createWritable({ keepExistingData: false });
      try {
        await writable.write(typeof data === 'string' ? data : new Blob([data as Uint8Array<ArrayBuffer>]));
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },

    remove: async (path, options = {}) => {
      try {
        const folder = await folderOf(path, false);
        await folder.removeEntry(fileName(path), { recursive: options.recursive === true });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
}
