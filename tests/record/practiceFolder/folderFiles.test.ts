/** Issue 18: the practice folder's file names, and writing through createWritable's swap file. */
import { describe, expect, it } from 'vitest';
import { directoryHandleFolder } from '../../../src/record/practiceFolder/folderIO';
import { baseName, evidenceFileName, fileRole, incidentFileName, setAsideFileName } from '../../../src/record/practiceFolder/folderNames';

describe('file names', () => {
  it('say what each file is, and are read back to the same role', () => {
    expect(incidentFileName('SM-2026-0007')).toBe('SM-2026-0007 incident.json');
    const conflict = setAsideFileName('SM-2026-0007', 'conflict', '2026-11-30T17:05:12.345Z', 6);
    expect(conflict).toBe('SM-2026-0007 incident (conflict, 2026-11-30 17.05.12 rev 6).json');
    expect(fileRole(conflict)).toEqual({ role: 'conflict', base: 'SM-2026-0007' });
    expect(fileRole(setAsideFileName('SM-2026-0007', 'notKept', '2026-11-30T17:05:12Z', 6))).toEqual({
      role: 'notKept',
      base: 'SM-2026-0007',
    });
    expect(fileRole('SM-2026-0007 incident.json')).toEqual({ role: 'incident', base: 'SM-2026-0007' });
    // The swap file of a write in progress, and a person's own notes, are not incidents.
    expect(fileRole('SM-2026-0007 incident.json.crswap')).toBeNull();
    expect(fileRole('notes.docx')).toBeNull();
  });

  it('never hold a character Windows refuses, and keep two screenshots of the same name apart', () => {
    const sha = 'ab'.repeat(32);
    expect(evidenceFileName('C:\\Users\\me\\Post: "1/2"?.png', sha)).toBe('C__Users_me_Post_ _1_2__ (abababab).png');
    expect(evidenceFileName('image.png', 'cd'.repeat(32))).not.toBe(evidenceFileName('image.png', sha));
    expect(setAsideFileName('SM-2026-0007', 'conflict', '2026-11-30T17:05:12Z', 1)).not.toMatch(/[:*?"<>|]/);
  });

  it('add a short id when another incident already has the reference', () => {
    expect(baseName('SM-2026-0007', '0b41c09e-2f3a-4d5e', false)).toBe('SM-2026-0007');
    expect(baseName('SM-2026-0007', '0b41c09e-2f3a-4d5e', true)).toBe('SM-2026-0007 (0b41c09e)');
  });
});

/**
 * A folder handle with Chromium's write behaviour: createWritable() writes into a swap file, and
 * only close() puts it in place of the file; abort() throws the swap file away.
 */
function fakeDirectory(files: Map<string, string>, options: { failWrite?: boolean } = {}) {
  const log: string[] = [];
  const fileHandle = (name: string) => ({
    kind: 'file' as const,
    name,
    getFile: async () => new File([files.get(name) ?? ''], name),
    createWritable: async () => {
      let swap = '';
      log.push(`open ${name}`);
      return {
        write: async (data: string | Blob) => {
          if (options.failWrite === true) throw new Error('disk unplugged');
          swap += typeof data === 'string' ? data : await data.text();
        },
        close: async () => {
          files.set(name, swap);
          log.push(`close ${name}`);
        },
        abort: async () => {
          log.push(`abort ${name}`);
        },
      };
    },
  });
  const directory = {
    kind: 'directory' as const,
    name: 'Practice',
    getFileHandle: async (name: string) => fileHandle(name),
    getDirectoryHandle: async () => directory,
    removeEntry: async (name: string) => void files.delete(name),
    values: async function* () {
      for (const name of files.keys()) yield fileHandle(name);
    },
  };
  return { directory: directory as unknown as FileSystemDirectoryHandle, log };
}

describe('writing to the chosen folder', () => {
  it('replaces a file only when the whole of it has been written', async () => {
    const files = new Map([['SM-2026-0007 incident.json', 'old version']]);
    const { directory, log } = fakeDirectory(files);
    await directoryHandleFolder(directory).writeAtomic(['SM-2026-0007 incident.json'], 'new version');
    expect(files.get('SM-2026-0007 incident.json')).toBe('new version');
    expect(log).toEqual(['open SM-2026-0007 incident.json', 'close SM-2026-0007 incident.json']);
  });

  it('a write that fails leaves the old file as it was and throws the swap file away', async () => {
    const files = new Map([['SM-2026-0007 incident.json', 'old version']]);
    const { directory, log } = fakeDirectory(files, { failWrite: true });
    await expect(directoryHandleFolder(directory).writeAtomic(['SM-2026-0007 incident.json'], 'new version')).rejects.toThrow(
      'disk unplugged',
    );
    expect(files.get('SM-2026-0007 incident.json')).toBe('old version');
    expect(log).toEqual(['open SM-2026-0007 incident.json', 'abort SM-2026-0007 incident.json']);
  });
});
