/**
 * Two tabs on one incident: when this tab's save was refused because another tab saved first,
 * its version can still be kept, as a new incident marked as a copy, beside the latest (issue #14,
 * point 5). Evidence files go with it, copied to the new incident; and the files this tab stored
 * for posts that never reached the saved record are collected, so nothing is left stored with
 * nothing pointing at it.
 */
import { saveStatusWords } from '../content/home';
import type { EvidenceFileStore } from './evidenceFiles';
import type { IncidentRepository } from './incidentStore';
import type { IncidentRecord } from './schema';

/** The timeline `ref` that marks an incident as a copy: "copy:SM-2026-0042". */
export const copyRefPrefix = 'copy:';

/** The reference this incident is a copy of, or undefined. */
export function copyOf(record: IncidentRecord): string | undefined {
  const entry = record.timeline.find((e) => e.kind === 'created' && e.ref?.startsWith(copyRefPrefix) === true);
  return entry?.ref?.slice(copyRefPrefix.length);
}

function fileIdsOf(record: IncidentRecord): Set<string> {
  return new Set(record.evidence.flatMap((item) => item.files.map((file) => file.fileId)));
}

/** Saves `stale` as a new incident marked as a copy, with its own copies of the evidence files. */
export async function saveStaleCopy(
  incidents: IncidentRepository,
  files: EvidenceFileStore,
  stale: IncidentRecord,
  now: Date = new Date(),
): Promise<IncidentRecord> {
  const fresh = await incidents.create({ kind: stale.kind, now });
  const copied = new Map<string, string>();
  try {
    for (const id of fileIdsOf(stale)) {
      const stored = await files.get(id);
      if (stored === undefined) continue;
      const put = await files.put(fresh.id, { name: id, type: stored.type, bytes: stored.bytes });
      copied.set(id, put.fileId);
    }
    const at = now.toISOString();
    return await incidents.save({
      ...stale,
      id: fresh.id,
      reference: fresh.reference,
      revision: fresh.revision,
      createdAt: fresh.createdAt,
      updatedAt: fresh.updatedAt,
      keep: false,
      evidence: stale.evidence.map((item) => ({
        ...item,
        files: item.files.flatMap((file) => {
          const fileId = copied.get(file.fileId);
          return fileId === undefined ? [] : [{ ...file, fileId }];
        }),
      })),
      timeline: [
        ...stale.timeline,
        { at, kind: 'created', summary: saveStatusWords.copyOf(stale.reference), ref: `${copyRefPrefix}${stale.reference}` },
      ],
    });
  } catch (error) {
    // Nothing half made: the new incident and its files go again.
    await incidents.remove(fresh.id).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes the files this tab stored for `stale` that the saved record does not point at (a post
 * added here after another tab saved first). Only this tab's own files are considered, so a post
 * another tab is adding at this moment is never touched. Returns how many were removed.
 */
export async function collectOrphanFiles(incidents: IncidentRepository, files: EvidenceFileStore, stale: IncidentRecord): Promise<number> {
  const latest = await incidents.load(stale.id);
  const kept = latest.ok ? fileIdsOf(latest.record) : new Set<string>();
  if (!latest.ok && latest.reason === 'unreadable') return 0;
  let removed = 0;
  for (const id of fileIdsOf(stale)) {
    if (kept.has(id)) continue;
    await files.remove(id);
    removed += 1;
  }
  return removed;
}
