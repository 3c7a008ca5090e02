/** Issue 18: the practice folder as the app uses it: a layer over the store, permission after a restart, conflicts shown. */
import { describe, expect, it } from 'vitest';
import { memoryEvidenceFiles } from '../../../src/record/evidenceFiles';
import { emptyMemoryStores, memoryRepository } from '../../../src/record/incidentStore';
import { memoryBrowserCopy } from '../../../src/record/practiceFolder/browserCopy';
import { memoryFolderMemory, type FolderMemory } from '../../../src/record/practiceFolder/folderMemory';
import { readFolderRecord } from '../../../src/record/practiceFolder/folderRecordFile';
import { folderRepository } from '../../../src/record/practiceFolder/folderRepository';
import { lazyPracticeFolder } from '../../../src/record/practiceFolder/lazyPracticeFolder';
import { practiceFolder, type PracticeFolder } from '../../../src/record/practiceFolder/practiceFolder';
import { memoryFolder, type MemoryFolder } from '../../support/memoryFolder';

/** A folder handle whose permission the test sets, as Chromium's is after a restart ('prompt'). */
function fakeHandle(permission: { state: PermissionState; asked: number }) {
  return {
    kind: 'directory',
    name: 'Practice shared drive',
    queryPermission: async () => permission.state,
    requestPermission: async () => {
      permission.asked += 1;
      permission.state = 'granted';
      return permission.state;
    },
  } as unknown as FileSystemDirectoryHandle;
}

function computer(
  folder: MemoryFolder,
  memory: FolderMemory = memoryFolderMemory(),
  permission = { state: 'granted' as PermissionState, asked: 0 },
) {
  const stores = emptyMemoryStores();
  const inner = memoryRepository(stores);
  const files = memoryEvidenceFiles(stores.files);
  const handle = fakeHandle(permission);
  const practice: PracticeFolder = practiceFolder({
    local: inner,
    files,
    memory,
    copy: async () => memoryBrowserCopy(stores),
    supported: true,
    io: async () => folder,
    pick: async () => handle,
  });
  return { incidents: folderRepository(inner, practice), practice, memory, permission, stores };
}

/** The folder's writes run in the background after a save; this waits for them. */
const settled = (practice: PracticeFolder) => practice.checkNow();

describe('the practice folder in the app', () => {
  it('writes every save to the folder once a folder is chosen, and copies in what was there before', async () => {
    const folder = memoryFolder();
    const pc = computer(folder);
    const before = await pc.incidents.create({ kind: 'live', now: new Date() });
    await pc.practice.choose();
    expect(pc.practice.status()).toMatchObject({
      connection: 'connected',
      folderName: 'Practice shared drive',
      lastOutcome: { writtenOut: 1 },
    });
    const saved = await pc.incidents.save({ ...before, answers: { platform: 'x' } });
    await settled(pc.practice);
    const read = readFolderRecord(folder.files.get(`${before.reference} incident.json`) ?? new Uint8Array());
    expect(read.ok && read.record).toEqual(saved);
  });

  it('after a restart, asks for permission only when "Reconnect" is clicked, and until then writes nothing', async () => {
    const folder = memoryFolder();
    const memory = memoryFolderMemory();
    const permission = { state: 'granted' as PermissionState, asked: 0 };
    const first = computer(folder, memory, permission);
    await first.practice.choose();
    permission.asked = 0;

    // The browser restarts: the handle is kept, the permission is not.
    permission.state = 'prompt';
    const restarted = computer(folder, memory, permission);
    await restarted.practice.start();
    expect(restarted.practice.status()).toMatchObject({ connection: 'needsPermission', folderName: 'Practice shared drive' });
    expect(permission.asked).toBe(0);
    const created = await restarted.incidents.create({ kind: 'live', now: new Date() });
    expect(folder.names()).toEqual([]);

    await restarted.practice.reconnect();
    expect(permission.asked).toBe(1);
    expect(restarted.practice.status().connection).toBe('connected');
    expect(folder.names()).toEqual([`${created.reference} incident.json`]);
  });

  it("a save that crosses another PC's save is shown as a conflict to choose, and choosing settles it", async () => {
    const folder = memoryFolder();
    const [a, b] = [computer(folder), computer(folder)];
    await a.practice.choose();
    const created = await a.incidents.create({ kind: 'live', now: new Date() });
    await settled(a.practice);
    await b.practice.choose();
    const onB = await b.incidents.load(created.id);
    if (!onB.ok) throw new Error('not brought in');

    await a.incidents.save({ ...created, answers: { platform: 'x' } });
    await settled(a.practice);
    await b.incidents.save({ ...onB.record, answers: { platform: 'tiktok' } });
    await settled(b.practice);
    const [conflict] = b.practice.status().conflicts;
    expect(conflict?.versions.map((v) => v.record.answers)).toEqual([{ platform: 'x' }, { platform: 'tiktok' }]);

    const kept = await b.practice.keep(created.id, conflict?.versions[1]?.fileName ?? '');
    expect(kept?.answers).toEqual({ platform: 'tiktok' });
    expect(b.practice.status().conflicts).toEqual([]);
    await a.practice.checkNow();
    const onA = await a.incidents.load(created.id);
    expect(onA.ok && onA.record.answers).toEqual({ platform: 'tiktok' });
  });

  it('gives a new incident a reference above those in the folder, so two PCs do not share one', async () => {
    const folder = memoryFolder();
    const [a, b] = [computer(folder), computer(folder)];
    await b.incidents.create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') }); // SM-2026-0001 on B, B's counter at 1
    await a.practice.choose();
    for (let i = 0; i < 3; i++) await a.incidents.create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') });
    await settled(a.practice);
    await b.practice.choose(); // copies B's SM-2026-0001 in, beside A's own SM-2026-0001
    const next = await b.incidents.create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') });
    expect(next.reference).toBe('SM-2026-0004');
  });

  it('"Delete all data on this computer" leaves the folder as it is, and stops using it here', async () => {
    const folder = memoryFolder();
    const pc = computer(folder);
    await pc.practice.choose();
    const created = await pc.incidents.create({ kind: 'live', now: new Date() });
    await settled(pc.practice);
    await pc.incidents.removeAll();
    expect(folder.names()).toEqual([`${created.reference} incident.json`]);
    expect(pc.practice.status().connection).toBe('off');
    expect(await pc.memory.loadHandle()).toBeUndefined();
  });

  it('says the browser cannot use a folder where the API is missing, and keeps working as before', async () => {
    const stores = emptyMemoryStores();
    const inner = memoryRepository(stores);
    const practice = practiceFolder({
      local: inner,
      files: memoryEvidenceFiles(stores.files),
      memory: memoryFolderMemory(),
      copy: async () => memoryBrowserCopy(stores),
      supported: false,
    });
    await practice.start();
    expect(practice.status().connection).toBe('unsupported');
    const incidents = folderRepository(inner, practice);
    const created = await incidents.create({ kind: 'live', now: new Date() });
    expect((await incidents.save(created)).revision).toBe(1);
  });
});

describe('the folder code loaded in a chunk of its own', () => {
  it('a chunk that will not load is said in the status, never left as an unhandled rejection, and is tried again', async () => {
    let attempts = 0;
    const real = computer(memoryFolder()).practice;
    const folder = lazyPracticeFolder(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return real;
    });
    const stores = emptyMemoryStores();
    const incidents = folderRepository(memoryRepository(stores), folder);
    const created = await incidents.create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') });
    // Every call the app makes with `void` resolves.
    await expect(folder.afterSave(created, null)).resolves.toBeUndefined();
    expect(folder.status().problem).toBe('unreachable');
    expect(folder.status()).toBe(folder.status());
    await expect(folder.checkNow()).resolves.toBeUndefined();
    expect(attempts).toBe(2);
    expect(folder.status().problem).toBeNull();
  });
});
