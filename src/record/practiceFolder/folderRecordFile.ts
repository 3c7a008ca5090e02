/**
 * One incident file in the practice folder: the backup's own envelope (src/note/exportJson.ts's
 * format name and version, the record as the app stores it), with `files` left empty because the
 * evidence files sit beside it in their own folder, as themselves, for a person to open. Read back,
 * the record goes through the same migration and schema check as a record read from the browser's
 * store or a backup; a file that fails is reported, never used and never deleted.
 */
import { migrateToCurrent } from '../migrations';
import { incidentRecord, type IncidentRecord } from '../schema';
import { describeProblems } from '../incidentStore';

// The envelope's name and version, as src/note/exportJson.ts writes them (record cannot import note).
const exportFormat = 'social-media-incident-wizard';
const exportFormatVersion = 1;

export interface FolderRecordFile {
  readonly format: typeof exportFormat;
  readonly formatVersion: typeof exportFormatVersion;
  readonly exportedAt: string;
  readonly record: IncidentRecord;
  /** Empty: the evidence files are in `evidenceFolder`, named by evidenceFileName(). */
  readonly files: readonly [];
  readonly evidenceFolder: string;
}

export function folderRecordText(record: IncidentRecord, evidenceFolder: string, now: Date): string {
  const file: FolderRecordFile = {
    format: exportFormat,
    formatVersion: exportFormatVersion,
    exportedAt: now.toISOString(),
    record,
    files: [],
    evidenceFolder,
  };
  return JSON.stringify(file, null, 2);
}

export type ReadFolderRecord =
  | { readonly ok: true; readonly record: IncidentRecord; readonly evidenceFolder: string }
  | { readonly ok: false; readonly problem: string; readonly id?: string };

/** The incident id in a file that cannot be used, when it can be found at all (a newer app's file, say). */
function idIn(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = (raw as Record<string, unknown>)['record'];
  const fromRecord = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)['id'] : undefined;
  const id = fromRecord ?? (raw as Record<string, unknown>)['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function withId(problem: string, raw: unknown): { readonly ok: false; readonly problem: string; readonly id?: string } {
  const id = idIn(raw);
  return id === undefined ? { ok: false, problem } : { ok: false, problem, id };
}

/** Never throws: anything that is not an incident file the app wrote comes back as a problem in words. */
export function readFolderRecord(bytes: Uint8Array): ReadFolderRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'it is not a JSON file, or it is cut short' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'it is not an incident file' };
  const envelope = raw as Record<string, unknown>;
  if (envelope['format'] !== exportFormat) return withId('it is not an incident file', raw);
  if (envelope['formatVersion'] !== exportFormatVersion) return withId('it was written by a newer version of the app', raw);
  const evidenceFolder = envelope['evidenceFolder'];
  if (typeof evidenceFolder !== 'string' || evidenceFolder === '' || /[\\/]/.test(evidenceFolder)) {
    return withId('it does not say where its evidence files are', raw);
  }
  try {
    const migrated = migrateToCurrent(envelope['record']);
    const parsed = incidentRecord.safeParse(migrated);
    if (!parsed.success) return withId(describeProblems(parsed.error, migrated), raw);
    return { ok: true, record: parsed.data, evidenceFolder };
  } catch {
    return withId('its record could not be read', raw);
  }
}

/**
 * Which version of an incident a record is. Two PCs saving from the same version give the same
 * revision, and could (in the same millisecond) give the same time, so a fingerprint of the
 * content (32-bit FNV-1a of its JSON: to tell versions apart, not to secure anything) goes with them.
 */
export function versionKey(record: IncidentRecord): string {
  const text = JSON.stringify(record);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${record.revision}@${record.updatedAt}#${hash.toString(16)}`;
}

const deletionFormat = 'social-media-incident-wizard-deletion';

/** A deletion marker: which incident was deleted in the app, its reference, the version deleted and when. */
export interface DeletionMarker {
  readonly id: string;
  readonly reference: string;
  /** The versionKey of the copy deleted: a PC whose copy is another version keeps it. */
  readonly version: string;
  readonly deletedAt: string;
}

export function deletionMarkerText(marker: DeletionMarker): string {
  return JSON.stringify(
    {
      format: deletionFormat,
      formatVersion: 1,
      note: `Incident ${marker.reference} was deleted in the app on one of the practice's computers. The other computers delete their copy too, unless it was changed there since.`,
      ...marker,
    },
    null,
    2,
  );
}

export type ReadDeletionMarker =
  { readonly ok: true; readonly marker: DeletionMarker } | { readonly ok: false; readonly problem: string; readonly id?: string };

/** Never throws. */
export function readDeletionMarker(bytes: Uint8Array): ReadDeletionMarker {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'it is not a JSON file, or it is cut short' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'it is not a deletion note' };
  const file = raw as Record<string, unknown>;
  const { id, reference, version, deletedAt } = file;
  if (file['format'] !== deletionFormat) return withId('it is not a deletion note', raw);
  if (file['formatVersion'] !== 1) return withId('it was written by a newer version of the app', raw);
  if (typeof id !== 'string' || typeof reference !== 'string' || typeof version !== 'string' || typeof deletedAt !== 'string') {
    return withId('it does not say which incident was deleted', raw);
  }
  return { ok: true, marker: { id, reference, version, deletedAt } };
}
