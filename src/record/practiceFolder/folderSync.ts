/**
 * Keeping this browser's incidents and the practice folder in step. The rules, for each incident,
 * compare three versions: the folder's, this browser's, and the one last known to be the same in
 * both (FolderMemory.synced):
 *
 * - only the folder's has moved on (another PC saved): it is brought into this browser;
 * - only this browser's has moved on (saved while the folder was not connected): it is written out;
 * - both have moved on: nothing is overwritten. This browser's version is written beside the
 *   other as "… incident (conflict, …).json", and the practice chooses which to keep
 *   (keepVersion); the one not kept stays in the folder as "… incident (not kept, …).json".
 *
 * Evidence files are written before the incident file that lists them, so a reader never finds a
 * record whose files are not there yet, and each is checked against its SHA-256 when read back; a
 * version whose files are not all there is not taken in (this browser keeps its own until they are).
 *
 * Nothing is deleted because it is missing from the folder (a folder restored from an older
 * backup, files moved into an archive, a cloud share part way through syncing): a PC deletes its
 * copy only when a deletion marker ("SM-2026-0007 deleted.json", written when an incident is
 * deleted in the app) names that incident and the version it still has. An incident file that
 * cannot be read (a newer app's, say) is never used, overwritten or removed, and while its incident
 * cannot be told, nothing is deleted anywhere.
 */
import { practiceFolderWords } from '../../content/practiceFolder';
import type { StoredFile } from '../database';
import type { EvidenceFileStore } from '../evidenceFiles';
import type { IncidentRepository } from '../incidentStore';
import type { IncidentRecord } from '../schema';
import { sha256Hex } from '../sha256';
import { forgetTabCopies } from '../tabCopies';
import type { BrowserCopy } from './browserCopy';
import type { FolderMemory } from './folderMemory';
import type { PracticeFolderIO } from './folderIO';
import {
  baseName,
  deletionFileName,
  evidenceFileName,
  evidenceFolderName,
  fileRole,
  incidentFileName,
  isDeletionFile,
  setAsideFileName,
  type FileRole,
} from './folderNames';
import {
  deletionMarkerText,
  folderRecordText,
  readDeletionMarker,
  readFolderRecord,
  versionKey,
  type DeletionMarker,
  type ReadDeletionMarker,
  type ReadFolderRecord,
} from './folderRecordFile';

export interface SyncContext {
  readonly io: PracticeFolderIO;
  readonly local: Pick<IncidentRepository, 'load' | 'listSummaries' | 'remove'>;
  readonly files: Pick<EvidenceFileStore, 'get'>;
  readonly copy: BrowserCopy;
  readonly memory: Pick<FolderMemory, 'synced' | 'setSynced'>;
  readonly now: () => Date;
  /** Files already read, by name, size and time: an unchanged file is not read again. */
  readonly cache?: Map<string, { readonly stamp: string; readonly read: ReadFolderRecord | ReadDeletionMarker }>;
}

export interface FolderVersion {
  readonly fileName: string;
  readonly role: FileRole;
  /** The name its files share: "SM-2026-0007" or "SM-2026-0007 (b41c09e2)". */
  readonly base: string;
  readonly record: IncidentRecord;
  readonly evidenceFolder: string;
}

export interface FolderIndex {
  /** The incident file of each incident, by id. */
  readonly main: ReadonlyMap<string, FolderVersion>;
  /** Conflict and not-kept files, by incident id. */
  readonly setAside: ReadonlyMap<string, readonly FolderVersion[]>;
  /**
   * Files that could not be read (or, after a check, versions not taken in): reported, never used,
   * overwritten or removed. `id` is the incident's, when it could be found in the file.
   */
  readonly unreadable: readonly FolderFileProblem[];
  /** Deletion markers, by incident id. */
  readonly deleted: ReadonlyMap<string, DeletionMarker & { readonly fileName: string }>;
}

export interface FolderFileProblem {
  readonly fileName: string;
  readonly problem: string;
  readonly id?: string;
}

/** Incidents with a file that cannot be read: nothing of theirs is written, deleted or taken in. */
function heldIds(index: FolderIndex): ReadonlySet<string> {
  return new Set(index.unreadable.flatMap((file) => (file.id === undefined ? [] : [file.id])));
}

/** A file whose incident cannot be told might be any incident's: then nothing is deleted. */
function anyUnknown(index: FolderIndex): boolean {
  return index.unreadable.some((file) => file.id === undefined);
}

/** Reads every incident file at the top of the folder. */
export async function readIndex(context: SyncContext): Promise<FolderIndex> {
  const main = new Map<string, FolderVersion>();
  const setAside = new Map<string, FolderVersion[]>();
  const unreadable: FolderFileProblem[] = [];
  const deleted = new Map<string, DeletionMarker & { readonly fileName: string }>();
  const entries = (await context.io.listFiles()).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const marker = isDeletionFile(entry.name);
    const role = marker ? null : fileRole(entry.name);
    if (!marker && role === null) continue;
    const stamp = `${entry.size}:${entry.lastModified}`;
    const cached = context.cache?.get(entry.name);
    let read = cached?.stamp === stamp ? cached.read : undefined;
    if (read === undefined) {
      const bytes = await context.io.read([entry.name]);
      if (bytes === undefined) continue;
      read = marker ? readDeletionMarker(bytes) : readFolderRecord(bytes);
      context.cache?.set(entry.name, { stamp, read });
    }
    if (!read.ok) {
      unreadable.push(
        read.id === undefined
          ? { fileName: entry.name, problem: read.problem }
          : { fileName: entry.name, problem: read.problem, id: read.id },
      );
      continue;
    }
    if ('marker' in read) {
      if (!deleted.has(read.marker.id)) deleted.set(read.marker.id, { ...read.marker, fileName: entry.name });
      continue;
    }
    if (role === null) continue;
    const version: FolderVersion = {
      fileName: entry.name,
      role: role.role,
      base: role.base,
      record: read.record,
      evidenceFolder: read.evidenceFolder,
    };
    if (role.role === 'incident' && !main.has(read.record.id)) main.set(read.record.id, version);
    else setAside.set(read.record.id, [...(setAside.get(read.record.id) ?? []), version]);
  }
  return { main, setAside, unreadable, deleted };
}

function fileRefs(record: IncidentRecord) {
  return record.evidence.flatMap((item) => item.files);
}

/** The base name for a new incident file: its reference, unless another incident has it already. */
function newBase(index: FolderIndex, record: IncidentRecord): string {
  const plain = baseName(record.reference, record.id, false);
  const taken = [...index.main.values(), ...[...index.setAside.values()].flat()].some(
    (version) => version.base === plain && version.record.id !== record.id,
  );
  return taken ? baseName(record.reference, record.id, true) : plain;
}

function baseFor(index: FolderIndex, record: IncidentRecord): string {
  return index.main.get(record.id)?.base ?? index.setAside.get(record.id)?.[0]?.base ?? newBase(index, record);
}

/** Writes the evidence files the folder lacks (from this browser's store), then the incident file. */
async function writeVersion(context: SyncContext, record: IncidentRecord, base: string, fileName: string): Promise<void> {
  const evidenceFolder = evidenceFolderName(base);
  const present = new Map((await context.io.listFiles(evidenceFolder)).map((entry) => [entry.name, entry.size]));
  for (const ref of fileRefs(record)) {
    const name = evidenceFileName(ref.name, ref.sha256);
    if (present.get(name) === ref.size) continue;
    const stored = await context.files.get(ref.fileId);
    // A file this browser does not have (treated as missing here too) cannot be written.
    if (stored === undefined || stored.sha256 !== ref.sha256) continue;
    await context.io.writeAtomic([evidenceFolder, name], new Uint8Array(stored.bytes));
    present.set(name, ref.size);
  }
  await context.io.writeAtomic([fileName], folderRecordText(record, evidenceFolder, context.now()));
}

/** Whether the file at the top of the folder is there and is not this incident's (another's, or unreadable). */
async function holdsOther(context: SyncContext, fileName: string, id: string): Promise<boolean> {
  const bytes = await context.io.read([fileName]);
  if (bytes === undefined) return false;
  const read = readFolderRecord(bytes);
  return !read.ok || read.record.id !== id;
}

/**
 * Writes an incident file, never over another incident's (two PCs that gave the same reference at
 * the same moment, or a file this PC cannot read): it is read first, and read back after, and the
 * version goes under the name with the incident's short id instead. False if neither name was free.
 */
async function writeIncident(context: SyncContext, record: IncidentRecord, base: string, fileName: string): Promise<boolean> {
  const own = baseName(record.reference, record.id, true);
  const choices: [string, string][] = [[base, fileName]];
  if (own !== base) choices.push([own, incidentFileName(own)]);
  for (const [choiceBase, name] of choices) {
    if (await holdsOther(context, name, record.id)) continue;
    await writeVersion(context, record, choiceBase, name);
    if (!(await holdsOther(context, name, record.id))) return true;
  }
  return false;
}

/** The evidence files of a folder version, each checked against its SHA-256; files this browser has are not read again. */
async function evidenceFrom(context: SyncContext, version: FolderVersion): Promise<{ files: StoredFile[]; missing: number }> {
  const files: StoredFile[] = [];
  let missing = 0;
  for (const ref of fileRefs(version.record)) {
    const here = await context.files.get(ref.fileId);
    if (here !== undefined && here.sha256 === ref.sha256) continue;
    const bytes = await context.io.read([version.evidenceFolder, evidenceFileName(ref.name, ref.sha256)]);
    const buffer = bytes === undefined ? undefined : (bytes.slice().buffer as ArrayBuffer);
    if (buffer === undefined || buffer.byteLength !== ref.size || (await sha256Hex(buffer)) !== ref.sha256) {
      missing += 1;
      continue;
    }
    files.push({ id: ref.fileId, incidentId: version.record.id, bytes: buffer, type: ref.type, size: ref.size, sha256: ref.sha256 });
  }
  return { files, missing };
}

async function adopt(
  context: SyncContext,
  version: FolderVersion,
  expected: string | null,
  problems: FolderFileProblem[],
): Promise<boolean> {
  const { files, missing } = await evidenceFrom(context, version);
  if (missing > 0) {
    problems.push({
      fileName: version.fileName,
      problem: practiceFolderWords.missingEvidence(missing, version.evidenceFolder, expected !== null),
      id: version.record.id,
    });
    return false;
  }
  const adopted = await context.copy.adopt(version.record, files, expected);
  if (adopted) await context.memory.setSynced(version.record.id, versionKey(version.record));
  return adopted;
}

/** 'held': not written, because a file of this incident in the folder cannot be read (or its names are taken). */
export type PushResult = 'written' | 'conflict' | 'held';

/**
 * Whether `version` is the save an edit started from. The record handed to save() carries the new
 * content with the old revision and time, so only those two can be compared.
 */
function sameSave(version: IncidentRecord, startedFrom: IncidentRecord): boolean {
  return version.revision === startedFrom.revision && version.updatedAt === startedFrom.updatedAt;
}

/**
 * After a save in this browser: `saved` is the new version, `startedFrom` the one it was made
 * from. Written over the incident file if the folder still holds what this browser last knew (or
 * nothing); otherwise written beside it as a conflict, and nothing is overwritten.
 */
export async function pushSaved(context: SyncContext, saved: IncidentRecord, startedFrom: IncidentRecord | null): Promise<PushResult> {
  const index = await readIndex(context);
  if (heldIds(index).has(saved.id)) return 'held';
  const inFolder = index.main.get(saved.id);
  const base = baseFor(index, saved);
  const synced = await context.memory.synced(saved.id);
  const folderKey = inFolder === undefined ? undefined : versionKey(inFolder.record);
  const inStep =
    folderKey === undefined ||
    folderKey === synced ||
    folderKey === versionKey(saved) ||
    (inFolder !== undefined && startedFrom !== null && sameSave(inFolder.record, startedFrom));
  if (inStep) {
    if (!(await writeIncident(context, saved, base, inFolder?.fileName ?? incidentFileName(base)))) return 'held';
    await context.memory.setSynced(saved.id, versionKey(saved));
    return 'written';
  }
  await writeVersion(context, saved, base, setAsideFileName(base, 'conflict', saved.updatedAt, saved.revision));
  // Saving on from a version already waiting as a conflict: the new one replaces it, so the
  // practice chooses between the latest versions, not every autosave.
  const superseded = (index.setAside.get(saved.id) ?? []).filter(
    (v) => v.role === 'conflict' && startedFrom !== null && sameSave(v.record, startedFrom),
  );
  for (const version of superseded) await context.io.remove([version.fileName]);
  return 'conflict';
}

export interface SyncOutcome {
  /** Incidents brought into this browser, new or newer. */
  readonly broughtIn: number;
  /** Incidents written out from this browser. */
  readonly writtenOut: number;
  /** Incidents deleted on one side and so removed from the other (unchanged there since they were last in step). */
  readonly removed: number;
  readonly index: FolderIndex;
}

/** Brings the folder and this browser into step, by the rules at the top of this file. */
export async function syncWithFolder(context: SyncContext): Promise<SyncOutcome> {
  let index = await readIndex(context);
  let broughtIn = 0;
  let writtenOut = 0;
  let removed = 0;
  let wroteConflict = false;
  const held = heldIds(index);
  const problems: FolderFileProblem[] = [];

  for (const [id, version] of index.main) {
    if (held.has(id)) continue;
    const here = await context.local.load(id);
    if (!here.ok && here.reason === 'unreadable') continue;
    const folderKey = versionKey(version.record);
    const hereKey = here.ok ? versionKey(here.record) : null;
    const synced = await context.memory.synced(id);
    const setAside = index.setAside.get(id) ?? [];
    const hereAs = (role: 'conflict' | 'notKept') => setAside.some((v) => v.role === role && versionKey(v.record) === hereKey);
    if (!here.ok && synced === folderKey) {
      // Deleted here while the folder was out of reach, and not changed in the folder since.
      await removeFromFolder(context, id);
      removed += 1;
    } else if (hereKey === folderKey) {
      if (synced !== folderKey) await context.memory.setSynced(id, folderKey);
    } else if (hereAs('conflict')) {
      // Waiting for the practice to choose: this browser keeps its version until then.
      continue;
    } else if (here.ok && hereKey === synced && version.record.revision < here.record.revision) {
      // Older than the version both last agreed on (the share put back from a backup, say): every
      // save counts the revision up, so this PC's newer version goes back rather than being replaced.
      await writeVersion(context, here.record, version.base, version.fileName);
      writtenOut += 1;
    } else if (!here.ok || hereKey === synced || hereAs('notKept')) {
      // Not kept means the practice chose the folder's version over this one, which is in the folder still.
      if (await adopt(context, version, hereKey, problems)) broughtIn += 1;
    } else if (folderKey === synced) {
      await writeVersion(context, here.record, version.base, version.fileName);
      await context.memory.setSynced(id, hereKey ?? undefined);
      writtenOut += 1;
    } else {
      await writeVersion(
        context,
        here.record,
        version.base,
        setAsideFileName(version.base, 'conflict', here.record.updatedAt, here.record.revision),
      );
      wroteConflict = true;
    }
  }

  for (const entry of await context.local.listSummaries()) {
    if (!entry.ok || index.main.has(entry.summary.id) || held.has(entry.summary.id)) continue;
    const summary = entry.summary;
    const here = await context.local.load(summary.id);
    if (!here.ok || here.record.kind !== 'live') continue;
    const synced = await context.memory.synced(summary.id);
    const hereKey = versionKey(here.record);
    // Deleted on another PC only if a deletion marker says so, for this very version (and no
    // unreadable file might be a newer one). Checked whatever this PC remembers, so a PC that has
    // forgotten what was in step (the folder chosen again) never brings a deleted incident back.
    const marker = index.deleted.get(summary.id);
    if (marker !== undefined && marker.version === hereKey && !anyUnknown(index)) {
      await context.local.remove(summary.id);
      forgetTabCopies(summary.id);
      await context.memory.setSynced(summary.id, undefined);
      removed += 1;
      continue;
    }
    if (synced === hereKey) {
      // It was in the folder, unchanged here since, and has gone without a marker: moved, restored
      // from an older backup, not synced yet. Nothing is deleted; it is written back, unless the
      // folder has no incidents at all (more likely emptied or swapped by hand) or holds a file
      // that might be it in a form this PC cannot read.
      if (index.main.size === 0 || anyUnknown(index)) continue;
    }
    const base = baseFor(index, here.record);
    if (!(await writeIncident(context, here.record, base, incidentFileName(base)))) continue;
    await context.memory.setSynced(summary.id, hereKey);
    writtenOut += 1;
    index = await readIndex(context);
  }

  if (wroteConflict) index = await readIndex(context);
  return { broughtIn, writtenOut, removed, index: { ...index, unreadable: [...index.unreadable, ...problems] } };
}

export interface Conflict {
  readonly id: string;
  readonly reference: string;
  /** The incident file first, then each conflict file, oldest first. */
  readonly versions: readonly FolderVersion[];
}

/** Incidents with a conflict file waiting for the practice to choose. */
export function conflictsIn(index: FolderIndex): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [id, setAside] of index.setAside) {
    const waiting = setAside.filter((v) => v.role === 'conflict').sort((a, b) => a.record.updatedAt.localeCompare(b.record.updatedAt));
    const main = index.main.get(id);
    if (waiting.length === 0 || main === undefined) continue;
    conflicts.push({ id, reference: main.record.reference, versions: [main, ...waiting] });
  }
  return conflicts.sort((a, b) => a.reference.localeCompare(b.reference));
}

/**
 * The practice chose `keptFileName` among an incident's versions. It becomes the incident, with a
 * revision above all of them so every PC takes it; each version not kept is written as a
 * "not kept" file first (so a crash part-way leaves an extra file, never a lost version), and the
 * conflict files are removed only after that.
 */
export async function keepVersion(context: SyncContext, id: string, keptFileName: string): Promise<IncidentRecord> {
  const index = await readIndex(context);
  const conflict = conflictsIn(index).find((c) => c.id === id);
  const kept = conflict?.versions.find((v) => v.fileName === keptFileName);
  const main = index.main.get(id);
  if (conflict === undefined || kept === undefined || main === undefined) {
    throw new Error('These versions have changed in the practice folder since they were shown.');
  }
  const here = await context.local.load(id);
  const revisions = [...conflict.versions.map((v) => v.record.revision), here.ok ? here.record.revision : 0];
  const record: IncidentRecord = { ...kept.record, revision: Math.max(...revisions) + 1, updatedAt: context.now().toISOString() };

  const { files } = await evidenceFrom(context, kept);
  for (const version of conflict.versions) {
    if (version === kept) continue;
    const notKept = setAsideFileName(main.base, 'notKept', version.record.updatedAt, version.record.revision);
    await context.io.writeAtomic([notKept], folderRecordText(version.record, version.evidenceFolder, context.now()));
  }
  await context.io.writeAtomic([main.fileName], folderRecordText(record, main.evidenceFolder, context.now()));
  for (const version of conflict.versions) if (version.role === 'conflict') await context.io.remove([version.fileName]);

  const hereKey = here.ok ? versionKey(here.record) : null;
  // Saved here meanwhile: this PC's new version is not in step with the one kept, so the next
  // check puts it beside the kept one as a conflict instead of writing over the practice's choice.
  if (await context.copy.adopt(record, files, hereKey)) await context.memory.setSynced(id, versionKey(record));
  return record;
}

/**
 * Deleting an incident in the app deletes its files in the folder too, evidence and set-aside
 * versions included, and leaves a deletion marker so the other PCs delete their copy. Only if the
 * folder still holds the version this PC last had in step: a newer one saved on another PC (or a
 * file of it this PC cannot read) is left alone, and the next check brings it back here.
 */
export async function removeFromFolder(context: SyncContext, id: string, reference?: string): Promise<void> {
  const index = await readIndex(context);
  const synced = await context.memory.synced(id);
  // Forgotten only once done: a write cut off here is finished by the next check.
  const done = () => context.memory.setSynced(id, undefined);
  if (synced === undefined || heldIds(index).has(id)) return done();
  const main = index.main.get(id);
  if (main !== undefined && versionKey(main.record) !== synced) return done();
  // With no incident file (moved, or not synced yet), only the marker is written: set-aside
  // versions are removed with the incident file, never on their own.
  const versions = main === undefined ? [] : [main, ...(index.setAside.get(id) ?? [])];
  const named = main ?? index.setAside.get(id)?.[0];
  // Nothing of it in the folder for now (a share still syncing, a file moved): the note is still
  // written, under the reference the caller read before deleting, so the others do not write it back.
  const markerReference = named?.record.reference ?? reference;
  if (markerReference === undefined) return done();
  let markerName = deletionFileName(named?.base ?? baseName(markerReference, id, true));
  const there = await context.io.read([markerName]);
  if (there !== undefined) {
    const read = readDeletionMarker(there);
    if (!read.ok || read.marker.id !== id) markerName = deletionFileName(baseName(markerReference, id, true));
  }
  // The marker first: stopped part way, the incident is still whole in the folder.
  const marker: DeletionMarker = { id, reference: markerReference, version: synced, deletedAt: context.now().toISOString() };
  await context.io.writeAtomic([markerName], deletionMarkerText(marker));
  for (const version of versions) await context.io.remove([version.fileName]);
  const folders = new Set(versions.map((v) => v.evidenceFolder));
  for (const folder of folders) await context.io.remove([folder], { recursive: true });
  await done();
}
