/** Issue 18: the practice folder's sync rules, with two "PCs" (two browser stores) sharing one folder kept in memory. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryEvidenceFiles } from '../../../src/record/evidenceFiles';
import { emptyMemoryStores, memoryRepository } from '../../../src/record/incidentStore';
import { memoryBrowserCopy } from '../../../src/record/practiceFolder/browserCopy';
import { memoryFolderMemory } from '../../../src/record/practiceFolder/folderMemory';
import { readFolderRecord } from '../../../src/record/practiceFolder/folderRecordFile';
import {
  conflictsIn,
  keepVersion,
  pushSaved,
  readIndex,
  removeFromFolder,
  syncWithFolder,
  type SyncContext,
} from '../../../src/record/practiceFolder/folderSync';
import type { IncidentRecord } from '../../../src/record/schema';
import { sha256Hex } from '../../../src/record/sha256';
import { memoryFolder, type MemoryFolder } from '../../support/memoryFolder';

const thisFile = import.meta.url;
const png = readFileSync(fileURLToPath(new URL('../../fixtures/one-red-pixel.png', thisFile)));
const pngBytes = () => png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);

let tick = Date.parse('2026-11-30T09:00:00Z');
const clock = () => new Date((tick += 1000));

/** One PC: its own browser store and its own memory of what is in step, on the shared folder. */
function pc(folder: MemoryFolder) {
  const stores = emptyMemoryStores();
  const incidents = memoryRepository(stores, { now: clock });
  const files = memoryEvidenceFiles(stores.files);
  const context: SyncContext = {
    io: folder,
    local: incidents,
    files,
    copy: memoryBrowserCopy(stores),
    memory: memoryFolderMemory(),
    now: clock,
  };
  /** A save in the app, then its write to the folder, as folderRepository does. */
  const save = async (record: IncidentRecord) => {
    const saved = await incidents.save(record);
    return { saved, pushed: await pushSaved(context, saved, record) };
  };
  const latest = async (id: string) => {
    const loaded = await incidents.load(id);
    if (!loaded.ok) throw new Error(`not on this PC: ${id}`);
    return loaded.record;
  };
  return { stores, incidents, files, context, save, latest };
}

async function newIncident(computer: ReturnType<typeof pc>) {
  const created = await computer.incidents.create({ kind: 'live', now: clock() });
  await pushSaved(computer.context, created, null);
  return created;
}

describe('writing an incident to the folder', () => {
  it('writes one incident file named by its reference, holding the record as the browser stores it', async () => {
    const folder = memoryFolder();
    const a = pc(folder);
    const created = await newIncident(a);
    const { saved } = await a.save({ ...created, answers: { platform: 'googleReviews' } });
    expect(folder.names()).toEqual([`${created.reference} incident.json`]);
    const read = readFolderRecord(folder.files.get(`${created.reference} incident.json`) ?? new Uint8Array());
    expect(read.ok && read.record).toEqual(saved);
    expect(JSON.parse(folder.text([`${created.reference} incident.json`]) ?? '{}')).toMatchObject({
      format: 'social-media-incident-wizard',
      formatVersion: 1,
      files: [],
      evidenceFolder: `${created.reference} evidence`,
    });
  });

  it('a write that stops half way leaves the previous version whole, and the next check writes the new one', async () => {
    const folder = memoryFolder();
    const a = pc(folder);
    const created = await newIncident(a);
    const { saved: first } = await a.save({ ...created, answers: { platform: 'googleReviews' } });
    folder.failNextWrite = true;
    const second = await a.incidents.save({ ...first, answers: { platform: 'ownPage' } });
    await expect(pushSaved(a.context, second, first)).rejects.toThrow('half way');
    const afterCrash = readFolderRecord(folder.files.get(`${created.reference} incident.json`) ?? new Uint8Array());
    expect(afterCrash.ok && afterCrash.record.revision).toBe(first.revision);

    const outcome = await syncWithFolder(a.context);
    expect(outcome.writtenOut).toBe(1);
    const healed = readFolderRecord(folder.files.get(`${created.reference} incident.json`) ?? new Uint8Array());
    expect(healed.ok && healed.record).toEqual(second);
  });

  it('copies incidents kept only in this browser into the folder on the first check', async () => {
    const folder = memoryFolder();
    const a = pc(folder);
    const before = await a.incidents.create({ kind: 'live', now: clock() });
    expect(folder.names()).toEqual([]);
    const outcome = await syncWithFolder(a.context);
    expect(outcome.writtenOut).toBe(1);
    expect(folder.names()).toEqual([`${before.reference} incident.json`]);
  });
});

describe('two PCs on one folder', () => {
  it('an incident started on one PC appears on the other, with the same id and revision', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const { saved } = await a.save({ ...created, answers: { platform: 'googleReviews' } });
    const outcome = await syncWithFolder(b.context);
    expect(outcome.broughtIn).toBe(1);
    expect(await b.latest(created.id)).toEqual(saved);
  });

  it('an edit on one PC replaces the older copy on the other, and an edit there comes back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await syncWithFolder(b.context);
    const { saved: onA } = await a.save({ ...created, answers: { platform: 'ownPage' } });
    await syncWithFolder(b.context);
    expect((await b.latest(created.id)).answers).toEqual({ platform: 'ownPage' });

    const { saved: onB, pushed } = await b.save({ ...(await b.latest(created.id)), answers: { platform: 'x' } });
    expect(pushed).toBe('written');
    expect(onB.revision).toBe(onA.revision + 1);
    await syncWithFolder(a.context);
    expect(await a.latest(created.id)).toEqual(onB);
  });

  it('two PCs changing the same version keep both: the later save is written beside, and nothing is overwritten', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await syncWithFolder(b.context);
    const onB = await b.latest(created.id);
    const { saved: savedA } = await a.save({ ...created, answers: { platform: 'ownPage' } });
    const { saved: savedB, pushed } = await b.save({ ...onB, answers: { platform: 'instagram' } });

    expect(pushed).toBe('conflict');
    const main = readFolderRecord(folder.files.get(`${created.reference} incident.json`) ?? new Uint8Array());
    expect(main.ok && main.record).toEqual(savedA);
    const conflictName = folder.names().find((name) => name.includes('(conflict, '));
    expect(conflictName).toMatch(/^SM-\d{4}-\d{4} incident \(conflict, 2026-11-30 \d\d\.\d\d\.\d\d rev 1\)\.json$/);
    const conflicts = conflictsIn(await readIndex(b.context));
    expect(conflicts.map((c) => c.versions.map((v) => v.record.answers))).toEqual([[{ platform: 'ownPage' }, { platform: 'instagram' }]]);

    // A later check on A leaves A's version alone (A has not been asked to choose yet).
    await syncWithFolder(a.context);
    expect(await a.latest(created.id)).toEqual(savedA);

    // The practice keeps B's version; A's is kept as a file, not deleted.
    const kept = await keepVersion(b.context, created.id, conflictName ?? '');
    expect(kept.answers).toEqual(savedB.answers);
    expect(kept.revision).toBeGreaterThan(Math.max(savedA.revision, savedB.revision));
    expect(folder.names().some((name) => name.includes('(conflict, '))).toBe(false);
    const notKeptName = folder.names().find((name) => name.includes('(not kept, '));
    const notKept = readFolderRecord(folder.files.get(notKeptName ?? '') ?? new Uint8Array());
    expect(notKept.ok && notKept.record).toEqual(savedA);
    expect(conflictsIn(await readIndex(a.context))).toEqual([]);

    // Both PCs now hold the version kept.
    expect(await b.latest(created.id)).toEqual(kept);
    await syncWithFolder(a.context);
    expect(await a.latest(created.id)).toEqual(kept);
  });

  it('saving on from a version waiting as a conflict replaces it, so the choice is between the latest two', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await syncWithFolder(b.context);
    await a.save({ ...created, answers: { platform: 'ownPage' } });
    const { saved: firstOnB } = await b.save({ ...(await b.latest(created.id)), answers: { platform: 'x' } });
    // B's check leaves B's version alone while the practice has not chosen.
    await syncWithFolder(b.context);
    expect(await b.latest(created.id)).toEqual(firstOnB);
    const { pushed } = await b.save({ ...firstOnB, answers: { platform: 'tiktok' } });
    expect(pushed).toBe('conflict');
    const conflicts = conflictsIn(await readIndex(b.context));
    expect(conflicts.map((c) => c.versions.map((v) => v.record.answers))).toEqual([[{ platform: 'ownPage' }, { platform: 'tiktok' }]]);
  });

  it('an incident deleted on one PC goes from the other, unless it was changed there since', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const first = await newIncident(a);
    const second = await newIncident(a);
    await syncWithFolder(b.context);
    await b.save({ ...(await b.latest(second.id)), answers: { platform: 'x' } }); // written out
    await a.incidents.remove(first.id);
    await removeFromFolder(a.context, first.id);
    expect(folder.names()).toEqual([`${second.reference} incident.json`]);
    const outcome = await syncWithFolder(b.context);
    expect(outcome.removed).toBe(1);
    expect((await b.incidents.load(first.id)).ok).toBe(false);
    expect((await b.incidents.load(second.id)).ok).toBe(true);
  });

  it('a folder emptied by hand deletes nothing from the PCs', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await syncWithFolder(b.context);
    folder.files.clear();
    const outcome = await syncWithFolder(b.context);
    expect(outcome.removed).toBe(0);
    expect((await b.incidents.load(created.id)).ok).toBe(true);
  });

  it('an incident deleted while the folder was out of reach is deleted from the folder at the next check', async () => {
    const folder = memoryFolder();
    const a = pc(folder);
    const created = await newIncident(a);
    await a.incidents.remove(created.id);
    expect(folder.names()).toEqual([`${created.reference} incident.json`]);
    const outcome = await syncWithFolder(a.context);
    expect(outcome.removed).toBe(1);
    expect(folder.names()).toEqual([]);
  });

  it('two incidents given the same reference on two PCs are kept apart by a short id in the name', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const onA = await newIncident(a);
    const onB = await newIncident(b);
    expect(onB.reference).toBe(onA.reference);
    expect(folder.names()).toHaveLength(2);
    await syncWithFolder(a.context);
    expect((await a.latest(onB.id)).id).toBe(onB.id);
    expect((await a.latest(onA.id)).id).toBe(onA.id);
  });

  it('a damaged incident file is reported by name, never used and never removed', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const name = `${created.reference} incident.json`;
    const whole = folder.files.get(name) ?? new Uint8Array();
    folder.files.set(name, whole.slice(0, whole.byteLength / 2));
    const outcome = await syncWithFolder(b.context);
    expect(outcome.index.unreadable).toEqual([{ fileName: name, problem: 'it is not a JSON file, or it is cut short' }]);
    expect((await b.incidents.load(created.id)).ok).toBe(false);
    expect(folder.files.get(name)?.byteLength).toBe(Math.floor(whole.byteLength / 2));
  });
});

describe('evidence files', () => {
  async function withScreenshot(folder: MemoryFolder, a: ReturnType<typeof pc>) {
    const created = await newIncident(a);
    const put = await a.files.put(created.id, { name: 'Post: "review".png', type: 'image/png', bytes: pngBytes() });
    const record: IncidentRecord = {
      ...created,
      evidence: [
        {
          id: 'ev-1',
          capturedAt: created.createdAt,
          files: [
            {
              fileId: put.fileId,
              name: 'Post: "review".png',
              type: put.type,
              size: put.size,
              sha256: put.sha256,
              addedAt: created.createdAt,
            },
          ],
        },
      ],
    };
    await a.save(record);
    return { created, put };
  }

  it('are written beside the incident under a readable name, and keep their SHA-256 on the other PC', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const { created, put } = await withScreenshot(folder, a);
    const evidenceFolder = `${created.reference} evidence`;
    expect(folder.names(evidenceFolder)).toEqual([`Post_ _review_ (${put.sha256.slice(0, 8)}).png`]);
    const written = folder.files.get(`${evidenceFolder}/${folder.names(evidenceFolder)[0]}`) ?? new Uint8Array();
    expect(await sha256Hex(written.slice().buffer as ArrayBuffer)).toBe(await sha256Hex(pngBytes()));

    await syncWithFolder(b.context);
    const onB = await b.files.get(put.fileId);
    expect(onB?.sha256).toBe(put.sha256);
    expect(await sha256Hex(onB?.bytes ?? new ArrayBuffer(0))).toBe(put.sha256);
  });

  it('a file changed in the folder is not taken in: the incident comes without it, as a missing file', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const { created, put } = await withScreenshot(folder, a);
    const evidenceFolder = `${created.reference} evidence`;
    const path = `${evidenceFolder}/${folder.names(evidenceFolder)[0]}`;
    const changed = folder.files.get(path)?.slice() ?? new Uint8Array();
    changed.set([(changed.at(-1) ?? 0) ^ 0xff], changed.length - 1);
    folder.files.set(path, changed);
    await syncWithFolder(b.context);
    expect((await b.latest(created.id)).evidence).toHaveLength(1);
    expect(await b.files.get(put.fileId)).toBeUndefined();
  });
});
