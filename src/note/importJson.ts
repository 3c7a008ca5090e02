/**
 * Reading an exported incident back in, from a file picker or a drop. Whatever the file holds, the
 * answer is either a checked record with its checked files, or a list of problems in plain words:
 * parsing never throws, and nothing is stored until everything has passed. A valid import always
 * becomes a NEW incident with its own id and reference, so it can never overwrite one already on
 * this computer (a backup restored beside its original, or the same file dropped twice).
 */
import * as z from 'zod/mini';
import { importWords } from '../content/note';
import { formatLocalDate, formatLocalDateTime } from '../record/practiceTimeFormat';
import { megabytes } from '../record/byteSizes';
import type { StoredFile } from '../record/database';
import { describeProblems, type IncidentRepository } from '../record/incidentStore';
import { migrateToCurrent } from '../record/migrations';
import { deletionDueAt } from '../record/retention';
import { incidentRecord, listLimits, type IncidentRecord } from '../record/schema';
import { makeInert } from './escape';
import { exportFormat, exportFormatVersion, maxBackupBytes, utf8Length } from './exportJson';

/** The largest backup the app writes (see `maxBackupBytes`); a file picker can offer anything. */
export const defaultImportLimitBytes = maxBackupBytes;

export interface ImportedFile {
  readonly id: string;
  readonly bytes: ArrayBuffer;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ParsedImport {
  readonly ok: true;
  readonly record: IncidentRecord;
  /** The evidence files the record refers to, each checked against its SHA-256. */
  readonly files: readonly ImportedFile[];
  readonly exportedAt: string;
}

export type ImportResult = ParsedImport | { readonly ok: false; readonly problems: readonly string[] };

const exportedFile = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string(),
  size: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  base64: z.string(),
});

const envelope = z.object({
  format: z.literal(exportFormat),
  formatVersion: z.literal(exportFormatVersion),
  exportedAt: z.iso.datetime({ offset: true }),
  // Checked on its own after migrating, so an older record is not refused for its old shape.
  record: z.unknown(),
  files: z.array(exportedFile).check(z.maxLength(listLimits.evidence * 5)),
});

type ExportedFile = z.infer<typeof exportedFile>;

function failed(...problems: string[]): ImportResult {
  return { ok: false, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file name from the file, fit to appear in a message: one line, no steering characters, short. */
function shownName(name: string): string {
  const line = makeInert(name).replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The 64 letters of base64, by character code. */
const base64Letters = (() => {
  const table = new Uint8Array(128);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Characters decoded at a time: a multiple of 4, so each slice is whole base64 on its own. */
const base64Slice = 4 * 64 * 1024;

/**
 * Checked one character at a time and decoded in slices, so a 20 MB screenshot (27 million
 * characters) neither overflows the stack, as one regular expression over the whole text did,
 * nor needs a second 20 MB string.
 */
export function base64ToBytes(base64: string): Uint8Array | null {
  const length = base64.length;
  if (length % 4 !== 0) return null;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  for (let i = 0; i < length - padding; i += 1) {
    const code = base64.charCodeAt(i);
    if (code >= 128 || base64Letters[code] !== 1) return null;
  }
  const bytes = new Uint8Array((length / 4) * 3 - padding);
  let at = 0;
  try {
    for (let start = 0; start < length; start += base64Slice) {
      const binary = atob(base64.slice(start, start + base64Slice));
      for (let i = 0; i < binary.length; i += 1) bytes[at + i] = binary.charCodeAt(i);
      at += binary.length;
    }
  } catch {
    return null;
  }
  return at === bytes.length ? bytes : null;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The evidence files, decoded and checked; only those the record refers to are kept. */
async function checkFiles(
  record: IncidentRecord,
  exported: readonly ExportedFile[],
): Promise<{ files: ImportedFile[]; problems: string[] }> {
  const problems: string[] = [];
  const names = new Map<string, string>();
  record.evidence.forEach((item) => item.files.forEach((file) => names.set(file.fileId, file.name)));
  const nameOf = (id: string) => shownName(names.get(id) ?? id);

  const byId = new Map<string, ExportedFile>();
  for (const file of exported) {
    if (byId.has(file.id)) problems.push(importWords.file(nameOf(file.id), importWords.duplicateFile));
    byId.set(file.id, file);
  }

  const files: ImportedFile[] = [];
  for (const [id, file] of byId) {
    if (!names.has(id)) continue;
    const bytes = base64ToBytes(file.base64);
    if (bytes === null) {
      problems.push(importWords.file(nameOf(id), importWords.notBase64));
      continue;
    }
    if (bytes.length !== file.size) {
      problems.push(importWords.file(nameOf(id), importWords.sizeMismatch(file.size, bytes.length)));
      continue;
    }
    if ((await sha256Hex(bytes)) !== file.sha256) {
      problems.push(importWords.file(nameOf(id), importWords.fingerprintMismatch));
      continue;
    }
    files.push({ id, bytes: bytes.buffer as ArrayBuffer, type: file.type, size: file.size, sha256: file.sha256 });
  }

  record.evidence.forEach((item, index) => {
    for (const ref of item.files) {
      const file = byId.get(ref.fileId);
      if (file === undefined) problems.push(importWords.file(shownName(ref.name), importWords.missingFile(index + 1)));
      else if (file.sha256 !== ref.sha256 || file.size !== ref.size) {
        problems.push(importWords.file(shownName(ref.name), importWords.fileChanged(index + 1)));
      }
    }
  });
  return { files, problems };
}

async function parse(input: unknown, maxBytes: number): Promise<ImportResult> {
  if (typeof input !== 'string') return failed(importWords.notText);
  // A byte-order mark, as Notepad writes, is not part of the JSON; the file picker drops it too.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  // UTF-16 length never exceeds the UTF-8 size, so a long text is refused before it is measured.
  const size = text.length > maxBytes ? text.length : utf8Length(text);
  if (size > maxBytes) return failed(importWords.tooLarge(megabytes(size), megabytes(maxBytes)));

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failed(importWords.notJson);
  }
  if (!isObject(raw) || raw['format'] !== exportFormat) return failed(importWords.notExport);
  const version = raw['formatVersion'];
  // Only a whole number is a version; 1.5 is a damaged file, not one from a newer app.
  if (typeof version === 'number' && Number.isInteger(version) && version > exportFormatVersion) {
    return failed(importWords.newerFormat(version, exportFormatVersion));
  }

  const problems: string[] = [];
  const checkedEnvelope = envelope.safeParse(raw);
  if (!checkedEnvelope.success) problems.push(importWords.envelope(describeProblems(checkedEnvelope.error, raw)));

  const migrated = migrateToCurrent(raw['record']);
  const checkedRecord = incidentRecord.safeParse(migrated);
  if (!checkedRecord.success) problems.push(importWords.record(describeProblems(checkedRecord.error, migrated)));

  if (!checkedEnvelope.success || !checkedRecord.success) return { ok: false, problems };

  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return failed(importWords.noCrypto);
  const { files, problems: fileProblems } = await checkFiles(checkedRecord.data, checkedEnvelope.data.files);
  if (fileProblems.length > 0) return { ok: false, problems: fileProblems };
  return { ok: true, record: checkedRecord.data, files, exportedAt: checkedEnvelope.data.exportedAt };
}

/**
 * Checks an exported incident. Never throws and never stores anything: `importAsNewIncident`
 * does that with the result. `text` is typed as a string but anything is handled.
 */
export async function parseIncidentImport(text: string, maxBytes: number = defaultImportLimitBytes): Promise<ImportResult> {
  try {
    return await parse(text, maxBytes);
  } catch {
    return failed(importWords.unexpected);
  }
}

/** Stores the evidence files of a new incident; from the evidence store (issue 5). */
export type StoreFiles = (files: readonly StoredFile[]) => Promise<void>;

function whenExported(iso: string): string {
  try {
    return formatLocalDateTime(iso);
  } catch {
    return iso;
  }
}

/**
 * A closed incident whose 12 months have already run out would be deleted by the retention rule the
 * moment the list is shown again. Brought in on purpose, it gets a fresh 12 months, counted from
 * today, and its timeline says so (the original "closed" entry keeps the real date).
 */
export function renewedRetention(record: IncidentRecord, now: Date): { summary: string } | null {
  const due = deletionDueAt(record);
  if (due === null || due.getTime() > now.getTime()) return null;
  const renewedDue = deletionDueAt({ ...record, closedAt: now.toISOString() });
  if (renewedDue === null) return null;
  return { summary: importWords.retentionRenewed(formatLocalDate(record.closedAt ?? record.updatedAt), formatLocalDate(renewedDue)) };
}

/**
 * Makes the checked import a new incident: a new id and reference from `repository.create`, the
 * imported content copied in with an 'imported' timeline entry, and its files stored under new ids
 * (so they can never replace the files of the incident they came from). `currentStep` and
 * `visited` are kept, so the app can open it at its saved screen.
 *
 * If storing files or the record fails, the new incident is removed again and the error is thrown
 * on: the incidents already stored are never touched. Files need `storeFiles`; without it an
 * import that has files is refused before anything is created.
 */
export async function importAsNewIncident(
  repository: IncidentRepository,
  parsed: ParsedImport,
  now: Date,
  storeFiles?: StoreFiles,
): Promise<IncidentRecord> {
  if (parsed.files.length > 0 && storeFiles === undefined) {
    throw new Error('importAsNewIncident: this import has evidence files, but no way to store them was given');
  }
  const created = await repository.create({ kind: parsed.record.kind, now });
  const renewed = renewedRetention(parsed.record, now);
  const newFileIds = new Map(parsed.files.map((file, index) => [file.id, `${created.id}/file-${index + 1}`]));
  const imported = parsed.record;
  const record: IncidentRecord = {
    ...imported,
    id: created.id,
    reference: created.reference,
    revision: created.revision,
    evidence: imported.evidence.map((item) => ({
      ...item,
      files: item.files.map((file) => ({ ...file, fileId: newFileIds.get(file.fileId) ?? file.fileId })),
    })),
    timeline: [
      ...imported.timeline,
      {
        at: now.toISOString(),
        kind: 'imported',
        summary: importWords.timeline(imported.reference, whenExported(parsed.exportedAt)),
        ref: imported.reference,
      },
      ...(renewed === null ? [] : [{ at: now.toISOString(), kind: 'imported' as const, summary: renewed.summary }]),
    ],
    ...(renewed === null ? {} : { closedAt: now.toISOString() }),
  };
  try {
    if (storeFiles !== undefined && parsed.files.length > 0) {
      await storeFiles(
        parsed.files.map((file) => ({
          id: newFileIds.get(file.id) ?? file.id,
          incidentId: created.id,
          bytes: file.bytes,
          type: file.type,
          size: file.size,
          sha256: file.sha256,
        })),
      );
    }
    return await repository.save(record);
  } catch (error) {
    // The half-made incident goes (with any files stored under it); the original error stands.
    await repository.remove(created.id).catch(() => undefined);
    throw error;
  }
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly record: IncidentRecord;
      /** Something the person bringing the file in should be told: its retention was renewed. */
      readonly notice?: string;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Everything the import button needs in one call: check, then store as a new incident. Storage
 * failures come back as problems in plain words too (a full disk says so), never as a throw.
 */
export async function importIncidentFile(
  repository: IncidentRepository,
  text: string,
  now: Date,
  options: { maxBytes?: number; storeFiles?: StoreFiles } = {},
): Promise<ImportOutcome> {
  const parsed = await parseIncidentImport(text, options.maxBytes);
  if (!parsed.ok) return parsed;
  try {
    const notice = renewedRetention(parsed.record, now)?.summary;
    const record = await importAsNewIncident(repository, parsed, now, options.storeFiles);
    return notice === undefined ? { ok: true, record } : { ok: true, record, notice };
  } catch (error) {
    const message = error instanceof Error && error.name === 'StorageFullError' ? error.message : importWords.unexpected;
    return { ok: false, problems: [message] };
  }
}
