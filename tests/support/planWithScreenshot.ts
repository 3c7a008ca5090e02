/**
 * Storage holding one incident on its plan (the mild review walked through the machine) with a
 * real screenshot in the evidence store, as the export, import and handover tests all start from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryRepository } from '../../src/record/incidentStore';
import type { EvidenceItem, IncidentRecord } from '../../src/record/schema';
import type { Storage } from '../../src/record/storageContext';
import { memoryStorage } from './renderApp';
import { mildReview, startWizard, walkToPlan } from './walk';

// Through a variable: Vite rewrites `new URL(path, import.meta.url)` as an asset URL.
const thisFile = import.meta.url;
export const pngBytes = readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile)));

export async function storageWithPlanAndScreenshot(
  now: Date,
  evidence: Partial<EvidenceItem> = {},
): Promise<{ storage: Storage; record: IncidentRecord }> {
  const storage = memoryStorage(memoryRepository());
  const created = await storage.incidents.create({ kind: 'live', now });
  const put = await storage.evidenceFiles.put(created.id, { name: 'shot.png', type: 'image/png', bytes: new Uint8Array(pngBytes).buffer });
  const wizard = startWizard();
  walkToPlan(mildReview, wizard);
  const { answers, visited } = wizard.getSnapshot().context;
  wizard.stop();
  const record = await storage.incidents.save({
    ...created,
    answers: answers as Record<string, string | string[]>,
    visited: [...visited],
    currentStep: 'plan',
    evidence: [
      {
        id: 'ev-1',
        platform: 'googleReviews',
        capturedAt: now.toISOString(),
        ...evidence,
        files: [{ fileId: put.fileId, name: 'shot.png', type: put.type, size: put.size, sha256: put.sha256, addedAt: now.toISOString() }],
      },
    ],
  });
  return { storage, record };
}

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}
