import type { EvidenceFileStore } from '../../record/evidenceFiles';
import type { EvidenceItem } from '../../record/schema';
import type { PendingFile } from './readEvidenceFiles';

export type EvidenceFileRef = EvidenceItem['files'][number];

/**
 * Stores a post's new files one by one; if any fails (a full disk), the ones already stored are
 * removed again, so a failed save leaves nothing behind.
 */
export async function storeEvidenceFiles(
  store: EvidenceFileStore,
  incidentId: string,
  files: readonly PendingFile[],
  addedAt: string,
): Promise<EvidenceFileRef[]> {
  const stored: EvidenceFileRef[] = [];
  try {
    for (const file of files) {
      const put = await store.put(incidentId, { name: file.name, type: file.type, bytes: file.bytes });
      stored.push({ fileId: put.fileId, name: file.name, type: put.type, size: put.size, sha256: put.sha256, addedAt });
    }
  } catch (error) {
    await Promise.allSettled(stored.map((ref) => store.remove(ref.fileId)));
    throw error;
  }
  return stored;
}
