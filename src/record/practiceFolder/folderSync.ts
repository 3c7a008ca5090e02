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
 * record whose files are not there yet, and each is checked against its SHA-256 when read back.
 */
import type { StoredFile } from '../database';
import type { EvidenceFileStore } from '../evidenceFiles';
import type { IncidentRepository } from '../incidentStore';
import type { IncidentRecord } from '../schema';
import { sha256Hex } from '../sha256';
import type { BrowserCopy } from './browserCopy';
import type { FolderMemory } from './folderMemory';
import type { PracticeFolderIO } from './folderIO';
import { baseName, evidenceFileName, evidenceFolderName, fileRole, incidentFileName, setAsideFileName, type FileRole } from './folderNames';
import { folderRecordText, readFolderRecord, versionKey, type ReadFolderRecord } from './folderRecordFile';

export interface SyncContext {
  readonly io: PracticeFolderIO;
  readonly local: Pick<IncidentRepository, 'load' | 'listSummaries' | 'remove'>;
  readonly files: Pick<EvidenceFileStore, 'get'>;
  readonly copy: BrowserCopy;
  readonly memory: Pick<FolderMemory, 'synced' | 'setSynced'>;
  readonly now: () => Date;
  /** Files already read, by name, size and time: an unchanged file is not read again. */
  readonly cache?: Map<string, { readonly stamp: string; readonly read: ReadFolderRecord }>;
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
  /** Incident files that could not be read: reported, never used or removed. */
  readonly unreadable: readonly { readonly fileName: string; readonly problem: string }[];
}

/** Reads every incident file at the top of the folder. */
export async function readIndex(context: SyncContext): Promise<FolderIndex> {
  const main = new Map<string, FolderVersion>();
  const setAside = new Map<string, FolderVersion[]>();
  const unreadable: { fileName: string; problem: string }[] = [];
  const entries = (await context.io.listFiles()).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const role = fileRole(entry.name);
    if (role === null) continue;
    const stamp = `${entry.size}:${entry.lastModified}`;
    const cached = context.cache?.get(entry.name);
    let read = cached?.stamp === stamp ? cached.read : undefined;
    if (read === undefined) {
      const bytes = await context.io.read([entry.name]);
      if (bytes === undefined) continue;
      read = readFolderRecord(bytes);
      context.cache?.set(entry.name, { stamp, read });
    }
    if (!read.ok) {
      unreadable.push({ fileName: entry.name, problem: read.problem });
      continue;
    }
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
  return { main, setAside, unreadable };
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

async function adopt(context: SyncContext, version: FolderVersion, expected: string | null): Promise<boolean> {
  const { files } = await evidenceFrom(context, version);
  const adopted = await context.copy.adopt(version.record, files, expected);
  if (adopted) await context.memory.setSynced(version.record.id, versionKey(version.record));
  return adopted;
}

export type PushResult = 'written' | 'conflict';

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
    await writeVersion(context, saved, base, inFolder?.fileName ?? incidentFileName(base));
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

  for (const [id, version] of index.main) {
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
    } else if (!here.ok || hereKey === synced || hereAs('notKept')) {
      // Not kept means the practice chose the folder's version over this one, which is in the folder still.
      if (await adopt(context, version, hereKey)) broughtIn += 1;
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
    if (!entry.ok || index.main.has(entry.summary.id)) continue;
    const summary = entry.summary;
    const here = await context.local.load(summary.id);
    if (!here.ok || here.record.kind !== 'live') continue;
    const synced = await context.memory.synced(summary.id);
    const hereKey = versionKey(here.record);
    if (synced === hereKey) {
      // It was in the folder, unchanged here since, and has gone: deleted on another PC. A folder
      // with no incidents at all is more likely emptied or swapped by hand: nothing is deleted.
      if (index.main.size === 0) continue;
      await context.local.remove(summary.id);
      await context.memory.setSynced(summary.id, undefined);
      removed += 1;
      continue;
    }
    const base = baseFor(index, here.record);
    await writeVersion(context, here.record, base, incidentFileName(base));
    await context.memory.setSynced(summary.id, hereKey);
    writtenOut += 1;
    index = await readIndex(context);
  }

  if (wroteConflict) index = await readIndex(context);
  return { broughtIn, writtenOut, removed, index };
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
  await context.copy.adopt(record, files, hereKey);
  await context.memory.setSynced(id, versionKey(record));
  return record;
}

/** Deleting an incident in the app deletes its files in the folder too, evidence and set-aside versions included. */
export async function removeFromFolder(context: SyncContext, id: string): Promise<void> {
  const index = await readIndex(context);
  const versions = [...(index.main.has(id) ? [index.main.get(id) as FolderVersion] : []), ...(index.setAside.get(id) ?? [])];
  for (const version of versions) await context.io.remove([version.fileName]);
  const folders = new Set(versions.map((v) => v.evidenceFolder));
  for (const folder of folders) await context.io.remove([folder], { recursive: true });
  await context.memory.setSynced(id, undefined);
}
