/**
 * Evidence files (screenshots, saved pages) kept apart from the incident record: the record holds
 * only a reference to each, so autosaving a change of wording never rewrites megabytes. Bytes are
 * stored rather than Blobs because some IndexedDB implementations do not keep Blobs.
 *
 * Every file is checked (src/record/evidenceRules.ts) and fingerprinted here, whatever the caller
 * has already checked, so nothing unchecked can reach storage.
 */
import type { Database, StoredFile } from './database';
import { checkEvidenceBytes, EvidenceFileRejectedError } from './evidenceRules';
import { StorageFullError } from './incidentStore';
import { newId } from './newId';
import { sha256Hex } from './sha256';

export interface NewEvidenceFile {
  /** Used only to name the file in a refusal; the record keeps the name. */
  readonly name: string;
  /** As declared by the browser; the stored type comes from the bytes. */
  readonly type: string;
  readonly bytes: ArrayBuffer;
}

export interface PutEvidenceFile {
  readonly fileId: string;
  readonly sha256: string;
  readonly size: number;
  readonly type: string;
}

export interface EvidenceFileStore {
  /** Checks, fingerprints and stores one file; throws EvidenceFileRejectedError or StorageFullError, storing nothing. */
  put(incidentId: string, file: NewEvidenceFile): Promise<PutEvidenceFile>;
  get(fileId: string): Promise<StoredFile | undefined>;
  /** Removing a file that is not there is not an error: the result is the same. */
  remove(fileId: string): Promise<void>;
  listFor(incidentId: string): Promise<StoredFile[]>;
}

async function prepare(incidentId: string, file: NewEvidenceFile): Promise<StoredFile> {
  const checked = checkEvidenceBytes(file);
  if (!checked.ok) throw new EvidenceFileRejectedError(checked.problem);
  // A copy, so a caller reusing its buffer cannot change what was fingerprinted.
  const bytes = file.bytes.slice(0);
  return {
    id: newId(),
    incidentId,
    bytes,
    type: checked.type,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
  };
}

/**
 * A stored file exactly as this module writes it. Browser storage can hold anything (a half-written
 * value, another version's data), so what is read back is checked first: a file that does not fit
 * is treated as missing, which every screen already handles, instead of reaching code that draws it.
 */
function isStoredFile(value: unknown): value is StoredFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file['id'] === 'string' &&
    typeof file['incidentId'] === 'string' &&
    // Not instanceof: bytes read back through another realm's IndexedDB are still an ArrayBuffer.
    Object.prototype.toString.call(file['bytes']) === '[object ArrayBuffer]' &&
    typeof file['type'] === 'string' &&
    file['size'] === (file['bytes'] as ArrayBuffer).byteLength &&
    typeof file['sha256'] === 'string' &&
    /^[0-9a-f]{64}$/.test(file['sha256'])
  );
}

function summary(stored: StoredFile): PutEvidenceFile {
  return { fileId: stored.id, sha256: stored.sha256, size: stored.size, type: stored.type };
}

function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // Older Firefox names it differently.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function indexedDbEvidenceFiles(db: Database): EvidenceFileStore {
  return {
    put: async (incidentId, file) => {
      const stored = await prepare(incidentId, file);
      try {
        await db.put('files', stored);
      } catch (error) {
        throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
      }
      return summary(stored);
    },
    get: async (fileId) => {
      const stored: unknown = await db.get('files', fileId);
      return isStoredFile(stored) ? stored : undefined;
    },
    remove: (fileId) => db.delete('files', fileId),
    listFor: async (incidentId) => ((await db.getAllFromIndex('files', 'byIncident', incidentId)) as unknown[]).filter(isStoredFile),
  };
}

/**
 * The same contract in memory, for tests and for a browser that will not store anything. Pass the
 * `files` map of the memory repository's stores so that deleting an incident deletes its files.
 * Bytes are copied in and out, as IndexedDB would.
 */
export function memoryEvidenceFiles(files: Map<string, StoredFile> = new Map()): EvidenceFileStore {
  const copy = (file: StoredFile): StoredFile => ({ ...file, bytes: file.bytes.slice(0) });
  return {
    put: async (incidentId, file) => {
      const stored = await prepare(incidentId, file);
      files.set(stored.id, copy(stored));
      return summary(stored);
    },
    get: async (fileId) => {
      const stored: unknown = files.get(fileId);
      return isStoredFile(stored) ? copy(stored) : undefined;
    },
    remove: async (fileId) => {
      files.delete(fileId);
    },
    listFor: async (incidentId) =>
      ([...files.values()] as unknown[])
        .filter(isStoredFile)
        .filter((f) => f.incidentId === incidentId)
        .map(copy),
  };
}
