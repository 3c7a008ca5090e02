import type { FolderEntry, FolderPath, PracticeFolderIO } from '../../src/record/practiceFolder/folderIO';

/**
 * A practice folder kept in memory, for the sync rules' tests. Like createWritable(), a write
 * builds the new content apart and swaps it in only when complete: `failNextWrite` makes the next
 * write stop half way, as a crash would, and the old file must then be unchanged.
 */
export interface MemoryFolder extends PracticeFolderIO {
  readonly files: Map<string, Uint8Array>;
  failNextWrite: boolean;
  text(path: FolderPath): string | undefined;
  names(subfolder?: string): string[];
}

export function memoryFolder(): MemoryFolder {
  const files = new Map<string, Uint8Array>();
  const times = new Map<string, number>();
  let clock = 1;
  const key = (path: FolderPath) => path.join('/');
  const folder: MemoryFolder = {
    files,
    failNextWrite: false,
    listFiles: async (subfolder) => {
      const entries: FolderEntry[] = [];
      for (const [path, bytes] of files) {
        const parts = path.split('/');
        const inFolder = subfolder === undefined ? parts.length === 1 : parts.length === 2 && parts[0] === subfolder;
        if (inFolder) entries.push({ name: parts[parts.length - 1] ?? '', size: bytes.byteLength, lastModified: times.get(path) ?? 0 });
      }
      return entries;
    },
    read: async (path) => files.get(key(path))?.slice(),
    writeAtomic: async (path, data) => {
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data.slice();
      // The swap file: the new bytes exist apart until the write completes.
      const swap = new Uint8Array(bytes.byteLength);
      if (folder.failNextWrite) {
        folder.failNextWrite = false;
        swap.set(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
        throw new Error('The write stopped half way');
      }
      swap.set(bytes);
      files.set(key(path), swap);
      times.set(key(path), (clock += 1));
    },
    remove: async (path, options = {}) => {
      const prefix = `${key(path)}/`;
      files.delete(key(path));
      if (options.recursive === true) for (const name of [...files.keys()]) if (name.startsWith(prefix)) files.delete(name);
    },
    text: (path) => {
      const bytes = files.get(key(path));
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    names: (subfolder) =>
      [...files.keys()]
        .map((path) => path.split('/'))
        .filter((parts) => (subfolder === undefined ? parts.length === 1 : parts[0] === subfolder && parts.length === 2))
        .map((parts) => parts[parts.length - 1] ?? '')
        .sort(),
  };
  return folder;
}
