/**
 * Bringing a backup into this computer's storage: the import from src/note/importJson.ts, with its
 * evidence files kept in the evidence store.
 *
 * The import names each file it stores (`<new incident id>/file-1`) and writes those names into
 * the new record, but the evidence store chooses its own ids and checks every file again. So the
 * files are stored through the store, and the record is then pointed at the ids the store chose
 * and saved once more. If anything fails on the way, the new incident and any files stored for it
 * are removed: the incidents already on this computer are never touched.
 */
import { importWords } from '../../content/note';
import { importPanelWords } from '../../content/importPanel';
import { importIncidentFile, type ImportOutcome, type StoreFiles } from '../../note/importJson';
import type { EvidenceFileStore, PutEvidenceFile } from '../../record/evidenceFiles';
import { EvidenceFileRejectedError } from '../../record/evidenceRules';
import type { IncidentRepository } from '../../record/incidentStore';
import type { IncidentRecord } from '../../record/schema';

export interface ImportTarget {
  readonly incidents: IncidentRepository;
  readonly evidenceFiles: EvidenceFileStore;
}

function storageProblem(error: unknown): string {
  return error instanceof Error && error.name === 'StorageFullError' ? error.message : importWords.unexpected;
}

function pointedAtStoredFiles(record: IncidentRecord, stored: ReadonlyMap<string, PutEvidenceFile>): IncidentRecord {
  return {
    ...record,
    evidence: record.evidence.map((item) => ({
      ...item,
      files: item.files.map((file) => {
        const put = stored.get(file.fileId);
        // The store names the type from the bytes; the fingerprint is of the same bytes.
        return put === undefined ? file : { ...file, fileId: put.fileId, type: put.type };
      }),
    })),
  };
}

export async function importIntoStorage(target: ImportTarget, text: string, now: Date, maxBytes?: number): Promise<ImportOutcome> {
  const stored = new Map<string, PutEvidenceFile>();
  let refused = false;
  const storeFiles: StoreFiles = async (files) => {
    // One at a time: a backup can hold many screenshots, and each is copied and fingerprinted.
    for (const file of files) {
      try {
        const put = await target.evidenceFiles.put(file.incidentId, { name: file.id, type: file.type, bytes: file.bytes });
        stored.set(file.id, put);
      } catch (error) {
        refused = error instanceof EvidenceFileRejectedError;
        throw error;
      }
    }
  };
  const removeStoredFiles = () =>
    Promise.all([...stored.values()].map((put) => target.evidenceFiles.remove(put.fileId).catch(() => undefined)));

  const outcome = await importIncidentFile(target.incidents, text, now, { storeFiles, ...(maxBytes === undefined ? {} : { maxBytes }) });
  if (!outcome.ok) {
    // The import has removed the half-made incident; files stored for it go too.
    await removeStoredFiles();
    return refused ? { ok: false, problems: [importPanelWords.fileRefused] } : outcome;
  }
  if (stored.size === 0) return outcome;
  try {
    return { ...outcome, record: await target.incidents.save(pointedAtStoredFiles(outcome.record, stored)) };
  } catch (error) {
    await target.incidents.remove(outcome.record.id).catch(() => undefined);
    await removeStoredFiles();
    return { ok: false, problems: [storageProblem(error)] };
  }
}
