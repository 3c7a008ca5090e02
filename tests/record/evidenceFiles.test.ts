import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { storeEvidenceFiles } from '../../src/features/evidence/storeEvidenceFiles';
import { openDatabase, type Database, type StoredFile } from '../../src/record/database';
import { indexedDbEvidenceFiles, memoryEvidenceFiles, type EvidenceFileStore, type NewEvidenceFile } from '../../src/record/evidenceFiles';
import { checkBeforeReading, EvidenceFileRejectedError, maxEvidenceFileBytes, sniffEvidenceType } from '../../src/record/evidenceRules';
import type { EvidenceFileProblemKind } from '../../src/content/evidence';
import { emptyMemoryStores, memoryRepository, StorageFullError } from '../../src/record/incidentStore';

const thisFile = import.meta.url;
const fixture = readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile)));
const pngDigest = 'be650e33c78241894ea446e1f8919cceac90ebf9719dcc4fc13b941e42f77c53';

function png(): ArrayBuffer {
  const copy = new Uint8Array(fixture.byteLength);
  copy.set(fixture);
  return copy.buffer;
}

function bytesOf(...parts: (number[] | string)[]): ArrayBuffer {
  const all = parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part));
  return new Uint8Array(all).buffer;
}

const jpeg = () => bytesOf([0xff, 0xd8, 0xff, 0xe0], 'JFIF rest of a picture');
const pdf = () => bytesOf('%PDF-1.7\n% a saved page');

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});

async function indexedDbStore(): Promise<EvidenceFileStore> {
  const name = `t-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  opened.push(async () => {
    db.close();
    await deleteDB(name);
  });
  return indexedDbEvidenceFiles(db);
}

const makers: [string, () => Promise<EvidenceFileStore>][] = [
  ['memory', async () => memoryEvidenceFiles()],
  ['IndexedDB', indexedDbStore],
];

describe.each(makers)('the %s evidence file store', (_name, make) => {
  it('stores a file with its size, type and SHA-256, and gives the same bytes back', async () => {
    const store = await make();
    const put = await store.put('incident-1', { name: 'shot.png', type: 'image/png', bytes: png() });
    expect(put).toEqual({ fileId: expect.any(String), sha256: pngDigest, size: 69, type: 'image/png' });
    const stored = await store.get(put.fileId);
    expect(stored).toMatchObject({ id: put.fileId, incidentId: 'incident-1', type: 'image/png', size: 69, sha256: pngDigest });
    expect(new Uint8Array(stored?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(png()));
  });

  it('lists the files of one incident only, and removes one', async () => {
    const store = await make();
    const a = await store.put('incident-1', { name: 'a.png', type: 'image/png', bytes: png() });
    const b = await store.put('incident-1', { name: 'b.pdf', type: 'application/pdf', bytes: pdf() });
    await store.put('incident-2', { name: 'c.jpg', type: 'image/jpeg', bytes: jpeg() });
    expect((await store.listFor('incident-1')).map((f) => f.id).sort()).toEqual([a.fileId, b.fileId].sort());

    await store.remove(a.fileId);
    expect(await store.get(a.fileId)).toBeUndefined();
    expect((await store.listFor('incident-1')).map((f) => f.id)).toEqual([b.fileId]);
    // Removing what is already gone is not an error.
    await expect(store.remove(a.fileId)).resolves.toBeUndefined();
  });

  it('keeps the type the bytes really are, not the one the name claims', async () => {
    const store = await make();
    const renamed = await store.put('i', { name: 'photo.png', type: 'image/png', bytes: jpeg() });
    const pasted = await store.put('i', { name: 'image', type: '', bytes: png() });
    expect(renamed.type).toBe('image/jpeg');
    expect(pasted.type).toBe('image/png');
  });

  it('is not changed by the caller reusing its buffer afterwards', async () => {
    const store = await make();
    const bytes = png();
    const put = await store.put('i', { name: 'a.png', type: 'image/png', bytes });
    new Uint8Array(bytes).fill(0);
    const stored = await store.get(put.fileId);
    expect(new Uint8Array(stored?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(png()));
  });

  const tooBig = () => {
    const bytes = new Uint8Array(maxEvidenceFileBytes + 1);
    bytes.set(new Uint8Array(png()));
    return bytes.buffer;
  };

  it.each<[string, EvidenceFileProblemKind, () => NewEvidenceFile]>([
    ['over 20 MB', 'tooBig', () => ({ name: 'huge.png', type: 'image/png', bytes: tooBig() })],
    ['a web page', 'wrongType', () => ({ name: 'page.html', type: 'text/html', bytes: bytesOf('<img src=x onerror=alert(1)>') })],
    [
      'a Word document',
      'wrongType',
      () => ({ name: 'notes.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: bytesOf('PK') }),
    ],
    ['text named as a picture', 'notRecognised', () => ({ name: 'fake.png', type: 'image/png', bytes: bytesOf('hello') })],
    ['an empty file', 'empty', () => ({ name: 'empty.png', type: 'image/png', bytes: new ArrayBuffer(0) })],
  ])('refuses %s and stores nothing', async (_what, kind, file) => {
    const store = await make();
    const refused = store.put('incident-1', file());
    await expect(refused).rejects.toBeInstanceOf(EvidenceFileRejectedError);
    await expect(refused).rejects.toMatchObject({ problem: { kind } });
    expect(await store.listFor('incident-1')).toEqual([]);
  });

  it('stores a batch all or nothing: a failure part-way removes the files already stored', async () => {
    const store = await make();
    let puts = 0;
    const failing: EvidenceFileStore = {
      ...store,
      put: (incidentId, file) => (++puts === 2 ? Promise.reject(new StorageFullError()) : store.put(incidentId, file)),
    };
    const files = ['a', 'b', 'c'].map((key) => ({ key, name: `${key}.png`, type: 'image/png' as const, size: 69, bytes: png() }));
    await expect(storeEvidenceFiles(failing, 'incident-1', files, new Date().toISOString())).rejects.toBeInstanceOf(StorageFullError);
    expect(await store.listFor('incident-1')).toEqual([]);
  });
});

describe('evidence file rules', () => {
  it.each([
    ['PNG', png(), 'image/png'],
    ['JPEG', jpeg(), 'image/jpeg'],
    ['GIF', bytesOf('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytesOf('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['PDF', pdf(), 'application/pdf'],
    ['HTML', bytesOf('<!doctype html>'), null],
    ['a RIFF file that is not WebP', bytesOf('RIFF', [0, 0, 0, 0], 'WAVEfmt '), null],
    ['nothing', new ArrayBuffer(0), null],
  ])('recognises %s from its first bytes', (_what, bytes, type) => {
    expect(sniffEvidenceType(bytes)).toBe(type);
  });

  it('allows exactly 20 MB and no more, without reading the file', () => {
    expect(checkBeforeReading({ name: 'a.png', type: 'image/png', size: maxEvidenceFileBytes })).toBeNull();
    expect(checkBeforeReading({ name: 'a.png', type: 'image/png', size: maxEvidenceFileBytes + 1 })).toEqual({
      kind: 'tooBig',
      name: 'a.png',
    });
  });

  it('leaves files with no type, or an old JPEG spelling, to be judged by their bytes', () => {
    for (const type of ['', 'application/octet-stream', 'image/jpg', 'IMAGE/PNG']) {
      expect(checkBeforeReading({ name: 'x', type, size: 10 })).toBeNull();
    }
    expect(checkBeforeReading({ name: 'clip.mp4', type: 'video/mp4', size: 10 })).toEqual({ kind: 'wrongType', name: 'clip.mp4' });
  });
});

describe('with the incident store', () => {
  it('deleting an incident from memory deletes its files when the stores share the files map', async () => {
    const stores = emptyMemoryStores();
    const incidents = memoryRepository(stores);
    const files = memoryEvidenceFiles(stores.files);
    const record = await incidents.create({ kind: 'training', now: new Date('2026-11-25T09:30:00Z') });
    await files.put(record.id, { name: 'a.png', type: 'image/png', bytes: png() });
    await incidents.remove(record.id);
    expect(await files.listFor(record.id)).toEqual([]);
  });

  it('reports a full disk as StorageFullError and stores nothing', async () => {
    const full = { put: () => Promise.reject(new DOMException('No room', 'QuotaExceededError')) } as unknown as Database;
    await expect(indexedDbEvidenceFiles(full).put('i', { name: 'a.png', type: 'image/png', bytes: png() })).rejects.toBeInstanceOf(
      StorageFullError,
    );
  });
});

describe('files read back from storage (issue 15)', () => {
  it('treats a stored value that is not a file as missing, in get and in listFor', async () => {
    const files = new Map<string, unknown>();
    const store = memoryEvidenceFiles(files as Map<string, StoredFile>);
    const put = await store.put('incident-1', { name: 'a.png', type: 'image/png', bytes: png() });
    const sound = files.get(put.fileId) as StoredFile;
    const damaged: Record<string, unknown> = {
      'bytes-as-text': { ...sound, id: 'bytes-as-text', bytes: 'AAAA' },
      'wrong-size': { ...sound, id: 'wrong-size', size: 999 },
      'no-fingerprint': { ...sound, id: 'no-fingerprint', sha256: 'x' },
      'not-an-object': 'hello',
    };
    for (const [id, value] of Object.entries(damaged)) files.set(id, value);
    for (const id of Object.keys(damaged)) expect(await store.get(id), id).toBeUndefined();
    expect((await store.listFor('incident-1')).map((f) => f.id)).toEqual([put.fileId]);
    expect((await store.get(put.fileId))?.sha256).toBe(sound.sha256);
  });
});
