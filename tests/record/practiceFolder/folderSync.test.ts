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
    expect(folder.names()).toEqual([`${first.reference} deleted.json`, `${second.reference} incident.json`]);
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

  it('a folder emptied by hand but for one incident deletes nothing either, and gets the others back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const first = await newIncident(a);
    const second = await newIncident(a);
    await syncWithFolder(b.context);
    folder.files.delete(`${first.reference} incident.json`);
    const outcome = await syncWithFolder(b.context);
    expect(outcome.removed).toBe(0);
    expect((await b.incidents.load(first.id)).ok).toBe(true);
    expect((await b.incidents.load(second.id)).ok).toBe(true);
    expect(folder.names()).toEqual([`${first.reference} incident.json`, `${second.reference} incident.json`]);
    await syncWithFolder(a.context);
    expect((await a.incidents.load(first.id)).ok).toBe(true);
  });

  it('an incident deleted while the folder was out of reach is deleted from the folder at the next check', async () => {
    const folder = memoryFolder();
    const a = pc(folder);
    const created = await newIncident(a);
    await a.incidents.remove(created.id);
    expect(folder.names()).toEqual([`${created.reference} incident.json`]);
    const outcome = await syncWithFolder(a.context);
    expect(outcome.removed).toBe(1);
    expect(folder.names()).toEqual([`${created.reference} deleted.json`]);
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

  it('two incidents given the same reference on two PCs at the same moment are both kept, on both PCs', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const onA = await a.incidents.create({ kind: 'live', now: clock() });
    const onB = await b.incidents.create({ kind: 'live', now: clock() });
    expect(onB.reference).toBe(onA.reference);
    await Promise.all([pushSaved(a.context, onA, null), pushSaved(b.context, onB, null)]);
    expect(folder.names()).toHaveLength(2);
    for (const computer of [a, b, a, b]) {
      expect((await syncWithFolder(computer.context)).removed).toBe(0);
    }
    for (const computer of [a, b]) {
      expect((await computer.latest(onA.id)).id).toBe(onA.id);
      expect((await computer.latest(onB.id)).id).toBe(onB.id);
    }
    const ids = [...(await readIndex(a.context)).main.keys()].sort();
    expect(ids).toEqual([onA.id, onB.id].sort());
  });

  it('a damaged incident file is reported by name, never used and never removed', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const other = await newIncident(a);
    await syncWithFolder(b.context);
    const name = `${created.reference} incident.json`;
    const whole = folder.files.get(name) ?? new Uint8Array();
    const damaged = whole.slice(0, whole.byteLength / 2);
    folder.files.set(name, damaged);
    const outcome = await syncWithFolder(b.context);
    expect(outcome.index.unreadable).toEqual([{ fileName: name, problem: 'it is not a JSON file, or it is cut short' }]);
    expect(outcome.removed).toBe(0);
    expect(await b.latest(created.id)).toEqual(created);
    expect(await b.latest(other.id)).toEqual(other);
    expect(folder.files.get(name)).toEqual(damaged);
    // A PC that never had it does not take it in either.
    const c = pc(folder);
    await syncWithFolder(c.context);
    expect((await c.incidents.load(created.id)).ok).toBe(false);
    expect(folder.files.get(name)).toEqual(damaged);
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

  it('a file changed in the folder is not taken in, nor the version that lists it, until the file is right', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const { created, put } = await withScreenshot(folder, a);
    const evidenceFolder = `${created.reference} evidence`;
    const path = `${evidenceFolder}/${folder.names(evidenceFolder)[0]}`;
    const whole = folder.files.get(path)?.slice() ?? new Uint8Array();
    const changed = whole.slice();
    changed.set([(changed.at(-1) ?? 0) ^ 0xff], changed.length - 1);
    folder.files.set(path, changed);
    const outcome = await syncWithFolder(b.context);
    expect(outcome.broughtIn).toBe(0);
    expect(outcome.index.unreadable.map((problem) => problem.fileName)).toEqual([`${created.reference} incident.json`]);
    expect(outcome.index.unreadable[0]?.problem).toContain('1 of its evidence files is missing');
    expect((await b.incidents.load(created.id)).ok).toBe(false);
    expect(await b.files.get(put.fileId)).toBeUndefined();
    // The file as it should be (a cloud share catching up): the next check takes both in.
    folder.files.set(path, whole);
    expect((await syncWithFolder(b.context)).broughtIn).toBe(1);
    expect((await b.latest(created.id)).evidence).toHaveLength(1);
    expect((await b.files.get(put.fileId))?.sha256).toBe(put.sha256);
  });

  it('a newer version whose files are not all in the folder yet leaves the older copy here, with its files', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const { created } = await withScreenshot(folder, a);
    await syncWithFolder(b.context);
    const onB = await b.latest(created.id);
    const second = await a.files.put(created.id, { name: 'second.png', type: 'image/png', bytes: pngBytes().slice(0) });
    const base = await a.latest(created.id);
    const evidence = base.evidence[0];
    if (evidence === undefined) throw new Error('no evidence');
    const ref = {
      fileId: second.fileId,
      name: 'second.png',
      type: second.type,
      size: second.size + 1,
      sha256: 'f'.repeat(64),
      addedAt: created.createdAt,
    };
    await a.save({ ...base, evidence: [{ ...evidence, files: [...evidence.files, ref] }] });
    const outcome = await syncWithFolder(b.context);
    expect(outcome.broughtIn).toBe(0);
    expect(outcome.index.unreadable).toHaveLength(1);
    expect(await b.latest(created.id)).toEqual(onB);
  });
});

describe('nothing is lost to a file this PC cannot read, a deletion or a choice', () => {
  /** The incident file as a newer version of the app might write it: this PC cannot read it. */
  function fromNewerApp(folder: MemoryFolder, name: string, keepId = true) {
    const envelope = JSON.parse(folder.text([name]) ?? '{}') as { record: Record<string, unknown> };
    envelope.record['schemaVersion'] = 999;
    if (!keepId) delete envelope.record['id'];
    const text = JSON.stringify({ ...envelope, newer: 'NEWER' });
    folder.files.set(name, new TextEncoder().encode(text));
    return text;
  }

  it("a newer app's incident file is neither taken as a deletion nor written over", async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const other = await newIncident(a);
    await syncWithFolder(b.context);
    const name = `${created.reference} incident.json`;
    const newer = fromNewerApp(folder, name);

    const outcome = await syncWithFolder(b.context);
    expect(outcome.removed).toBe(0);
    expect(outcome.index.unreadable).toMatchObject([{ fileName: name, id: created.id }]);
    expect(await b.latest(created.id)).toEqual(created);

    // Saved on B meanwhile: neither the save nor the next check writes over the newer file.
    const { pushed } = await b.save({ ...(await b.latest(created.id)), answers: { platform: 'ownPage' } });
    expect(pushed).toBe('held');
    await syncWithFolder(b.context);
    expect(folder.text([name])).toBe(newer);
    expect(folder.names()).toEqual([name, `${other.reference} incident.json`]);
    expect((await b.latest(created.id)).answers).toEqual({ platform: 'ownPage' });
  });

  it('a file whose incident cannot be told stops every deletion in that check', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const other = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    await a.incidents.remove(other.id);
    await removeFromFolder(a.context, other.id);
    const name = `${created.reference} incident.json`;
    const newer = fromNewerApp(folder, name, false);
    const outcome = await syncWithFolder(b.context);
    expect(outcome.index.unreadable).toEqual([{ fileName: name, problem: expect.any(String) }]);
    expect(outcome.removed).toBe(0);
    expect(await b.latest(created.id)).toEqual(created);
    expect(await b.latest(other.id)).toEqual(other);
    expect(folder.text([name])).toBe(newer);
    // A save of that incident here cannot tell the file is its own: it goes beside it, never over it.
    expect((await b.save({ ...created, answers: { platform: 'ownPage' } })).pushed).toBe('written');
    expect(folder.text([name])).toBe(newer);
    expect(folder.names().filter((fileName) => fileName.startsWith(`${created.reference} (`))).toHaveLength(1);
  });

  it('deleting on one PC leaves a newer version saved on another in the folder, and it comes back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    const { saved: kept, pushed } = await b.save({ ...(await b.latest(created.id)), keep: true, answers: { platform: 'ownPage' } });
    expect(pushed).toBe('written');
    // A deletes its older copy (by hand, or the 12-month rule) before it has seen B's save.
    await a.incidents.remove(created.id);
    await removeFromFolder(a.context, created.id);
    expect(folder.names()).toContain(`${created.reference} incident.json`);
    expect(folder.names()).not.toContain(`${created.reference} deleted.json`);

    expect((await syncWithFolder(b.context)).removed).toBe(0);
    expect(await b.latest(created.id)).toEqual(kept);
    expect((await syncWithFolder(a.context)).broughtIn).toBe(1);
    expect(await a.latest(created.id)).toEqual(kept);
  });

  it('a deletion leaves a marker naming the incident, and only a PC still holding that version deletes its copy', async () => {
    const folder = memoryFolder();
    const [a, b, c] = [pc(folder), pc(folder), pc(folder)];
    const created = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    await syncWithFolder(c.context);
    // C changed it while the folder was out of reach.
    await c.incidents.save({ ...(await c.latest(created.id)), answers: { platform: 'x' } });
    await a.incidents.remove(created.id);
    await removeFromFolder(a.context, created.id);
    const markerName = `${created.reference} deleted.json`;
    expect(JSON.parse(folder.text([markerName]) ?? '{}')).toMatchObject({ id: created.id, reference: created.reference });
    expect(folder.names()).not.toContain(`${created.reference} incident.json`);

    expect((await syncWithFolder(b.context)).removed).toBe(1);
    expect((await b.incidents.load(created.id)).ok).toBe(false);
    // C's changed copy is kept, and written back for the practice to see.
    expect((await syncWithFolder(c.context)).removed).toBe(0);
    expect((await c.latest(created.id)).answers).toEqual({ platform: 'x' });
    expect(folder.names()).toContain(`${created.reference} incident.json`);
  });

  it('a PC that has forgotten what was in step (the folder chosen again) still obeys a deletion note, and never writes it back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    const forgetful: SyncContext = { ...b.context, memory: memoryFolderMemory() };
    await a.incidents.remove(created.id);
    await removeFromFolder(a.context, created.id);
    expect((await syncWithFolder(forgetful)).removed).toBe(1);
    expect((await b.incidents.load(created.id)).ok).toBe(false);
    expect(folder.names()).not.toContain(`${created.reference} incident.json`);
    await syncWithFolder(a.context);
    expect((await a.incidents.load(created.id)).ok).toBe(false);
  });

  it('deleting while the incident file is missing for now still leaves the note, so no PC writes it back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    // The file is half way through a cloud sync, or moved for a moment.
    folder.files.delete(`${created.reference} incident.json`);
    await a.incidents.remove(created.id);
    await removeFromFolder(a.context, created.id, created.reference);
    expect(folder.names().some((name) => name.endsWith('deleted.json'))).toBe(true);
    expect((await syncWithFolder(b.context)).removed).toBe(1);
    expect((await b.incidents.load(created.id)).ok).toBe(false);
    await syncWithFolder(a.context);
    expect((await a.incidents.load(created.id)).ok).toBe(false);
    expect(folder.names()).not.toContain(`${created.reference} incident.json`);
  });

  it('an incident file gone without a marker (moved, or an older backup put back) deletes nothing', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const other = await newIncident(a);
    await syncWithFolder(b.context);
    const name = `${created.reference} incident.json`;
    const moved = folder.files.get(name);
    folder.files.delete(name);
    expect((await syncWithFolder(b.context)).removed).toBe(0);
    expect(await b.latest(created.id)).toEqual(created);
    expect(folder.files.get(name)).toBeDefined();
    expect(moved).toBeDefined();
    expect(await b.latest(other.id)).toEqual(other);
  });

  it('an older version put back in the folder (a restored backup) never replaces the newer one a PC holds: it goes back', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    const name = `${created.reference} incident.json`;
    const { saved: first } = await a.save({ ...created, answers: { platform: 'ownPage' } });
    const older = folder.files.get(name);
    const { saved: newer } = await a.save({ ...first, answers: { platform: 'googleReviews' } });
    await syncWithFolder(b.context);
    expect(await b.latest(created.id)).toEqual(newer);
    // The share is put back from last night's backup: the folder holds the older version again.
    folder.files.set(name, older ?? new Uint8Array());
    for (const computer of [a, b]) {
      await syncWithFolder(computer.context);
      expect(await computer.latest(created.id)).toEqual(newer);
    }
    const inFolder = readFolderRecord(folder.files.get(name) ?? new Uint8Array());
    expect(inFolder.ok && inFolder.record).toEqual(newer);
  });

  it('a deletion synced to another PC forgets the typing copies kept for it there', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await newIncident(a);
    await syncWithFolder(b.context);
    sessionStorage.setItem(`smiw:typing:${created.id}:answers`, 'half a sentence');
    localStorage.setItem(`smiw:closing:${created.id}`, 'half a sentence');
    await a.incidents.remove(created.id);
    await removeFromFolder(a.context, created.id);
    expect((await syncWithFolder(b.context)).removed).toBe(1);
    expect(sessionStorage.getItem(`smiw:typing:${created.id}:answers`)).toBeNull();
    expect(localStorage.getItem(`smiw:closing:${created.id}`)).toBeNull();
  });

  it('"Keep this one" does not write over a save made here while it was being kept: the conflict shows again', async () => {
    const folder = memoryFolder();
    const [a, b] = [pc(folder), pc(folder)];
    const created = await newIncident(a);
    await syncWithFolder(b.context);
    await a.save({ ...created, answers: { platform: 'ownPage' } });
    await b.save({ ...(await b.latest(created.id)), answers: { platform: 'instagram' } });
    const conflictName = folder.names().find((name) => name.includes('(conflict, ')) ?? '';
    // B saves again between reading its copy and taking the kept version in.
    const adopt = b.context.copy.adopt;
    let savedMeanwhile: IncidentRecord | undefined;
    const racing: SyncContext = {
      ...b.context,
      copy: {
        adopt: async (record, files, expected) => {
          savedMeanwhile = await b.incidents.save({ ...(await b.latest(created.id)), answers: { platform: 'tiktok' } });
          return adopt(record, files, expected);
        },
      },
    };
    const kept = await keepVersion(racing, created.id, conflictName);
    expect(await b.latest(created.id)).toEqual(savedMeanwhile);

    await syncWithFolder(b.context);
    const main = readFolderRecord(folder.files.get(`${created.reference} incident.json`) ?? new Uint8Array());
    expect(main.ok && main.record).toEqual(kept);
    const conflicts = conflictsIn(await readIndex(b.context));
    expect(conflicts.map((c) => c.versions.map((v) => v.record.answers))).toEqual([[kept.answers, { platform: 'tiktok' }]]);
  });
});
