/** Issue #14, point 5: a stale tab's version kept as a copy, and its orphaned files collected. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { emptyMemoryStores, memoryRepository } from '../../src/record/incidentStore';
import type { IncidentRecord } from '../../src/record/schema';
import { collectOrphanFiles, copyOf, saveStaleCopy } from '../../src/record/staleCopy';

const thisFile = import.meta.url;
const png = readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile)));
const bytes = () => png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);

/** Two tabs on one incident: the other saved first, this one added a post with a screenshot. */
async function twoTabs() {
  const stores = emptyMemoryStores();
  const incidents = memoryRepository(stores);
  const files = memoryEvidenceFiles(stores.files);
  const opened = await incidents.create({ kind: 'live', now: new Date() });
  await incidents.save({ ...opened, answers: { platform: 'googleReviews' } });
  const put = await files.put(opened.id, { name: 'post.png', type: 'image/png', bytes: bytes() });
  const stale: IncidentRecord = {
    ...opened,
    answers: { description: 'typed in the stale tab' },
    evidence: [
      {
        id: 'ev-1',
        account: 'Stale account',
        capturedAt: opened.createdAt,
        files: [{ fileId: put.fileId, name: 'post.png', type: put.type, size: put.size, sha256: put.sha256, addedAt: opened.createdAt }],
      },
    ],
  };
  await expect(incidents.save(stale)).rejects.toThrow();
  return { stores, incidents, files, opened, stale, fileId: put.fileId };
}

describe('saveStaleCopy', () => {
  it('saves the stale version as a new incident marked as a copy, with its own copy of each file', async () => {
    const { incidents, files, opened, stale, fileId } = await twoTabs();
    const copy = await saveStaleCopy(incidents, files, stale);
    expect(copy.id).not.toBe(opened.id);
    expect(copy.reference).not.toBe(opened.reference);
    expect(copyOf(copy)).toBe(opened.reference);
    expect(copy.answers).toEqual({ description: 'typed in the stale tab' });
    const copiedId = copy.evidence[0]?.files[0]?.fileId;
    expect(copiedId).toBeDefined();
    expect(copiedId).not.toBe(fileId);
    expect((await files.get(copiedId!))?.incidentId).toBe(copy.id);
    // The latest version is untouched.
    const latest = await incidents.load(opened.id);
    expect(latest.ok && latest.record.answers).toEqual({ platform: 'googleReviews' });
  });
});

describe('collectOrphanFiles', () => {
  it('removes the files this tab stored that the saved record does not point at', async () => {
    const { incidents, files, opened, stale, fileId } = await twoTabs();
    expect(await collectOrphanFiles(incidents, files, stale)).toBe(1);
    expect(await files.get(fileId)).toBeUndefined();
    expect(await files.listFor(opened.id)).toEqual([]);
  });

  it('keeps files the saved record still points at', async () => {
    const { incidents, files, stale, fileId } = await twoTabs();
    const latest = await incidents.load(stale.id);
    if (!latest.ok) throw new Error('not stored');
    await incidents.save({ ...latest.record, evidence: stale.evidence });
    expect(await collectOrphanFiles(incidents, files, stale)).toBe(0);
    expect(await files.get(fileId)).toBeDefined();
  });
});
