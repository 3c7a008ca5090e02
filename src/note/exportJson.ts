/**
 * The whole incident as one JSON file, with its evidence files inside as base64: a backup, or a way
 * to move an incident to another computer. The envelope carries its own format name and version
 * so that a later app can still read it, and so that any other JSON file is recognised as not one.
 */
import { bytesPerMegabyte } from '../record/byteSizes';
import { formatFileDate } from '../record/practiceTimeFormat';
import type { IncidentRecord } from '../record/schema';

export const exportFormat = 'social-media-incident-wizard';
export const exportFormatVersion = 1;

/** An evidence file as the store keeps it (see StoredFile in src/record/database.ts). */
export interface ExportableFile {
  readonly id: string;
  readonly bytes: ArrayBuffer;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ExportedFile {
  readonly id: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
  readonly base64: string;
}

export interface IncidentExport {
  readonly format: typeof exportFormat;
  readonly formatVersion: typeof exportFormatVersion;
  readonly exportedAt: string;
  readonly record: IncidentRecord;
  readonly files: readonly ExportedFile[];
}

/**
 * The largest backup this app writes, and so the largest it reads back. Set from the browser, not
 * from a guess about screenshots: a backup is read as one string and parsed in one go, and Chromium
 * cannot hold a string of more than about 512 million characters. 256 MB leaves room for the parsed
 * copy beside it, and holds about 190 MB of evidence files (ten 19 MB screenshots, or ninety 2 MB
 * ones). The export refuses, in words, to write a backup over this size, so it never writes one it
 * cannot restore.
 */
export const maxBackupBytes = 256 * bytesPerMegabyte;

/** The length of the base64 text for `size` bytes. */
function base64Length(size: number): number {
  return Math.ceil(size / 3) * 4;
}

/**
 * Roughly how large the backup of this record and these files will be, before it is built: the
 * files' base64 plus the record. Close enough to refuse a backup that is too large without
 * building 300 MB of text first; the built text is measured again before it is offered.
 */
export function estimatedBackupBytes(record: IncidentRecord, files: readonly Pick<ExportableFile, 'size'>[]): number {
  const recordBytes = new TextEncoder().encode(JSON.stringify(record)).length * 2;
  return files.reduce((total, file) => total + base64Length(file.size) + 400, recordBytes + 400);
}

/** Built in slices: one String.fromCharCode call over megabytes would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const slice = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

export function exportIncidentJson(record: IncidentRecord, files: readonly ExportableFile[], now: Date = new Date()): string {
  const envelope: IncidentExport = {
    format: exportFormat,
    formatVersion: exportFormatVersion,
    exportedAt: now.toISOString(),
    record,
    files: files.map((file) => ({
      id: file.id,
      type: file.type,
      size: file.size,
      sha256: file.sha256,
      base64: bytesToBase64(new Uint8Array(file.bytes)),
    })),
  };
  return JSON.stringify(envelope, null, 2);
}

/** UTF-8 length without building a copy of a 250 MB string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export type BackupResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly tooLarge: true; readonly bytes: number; readonly limit: number };

/**
 * The backup, or a refusal when it would be larger than this app can read back (`maxBackupBytes`):
 * a backup that cannot be restored is never written.
 */
export function exportIncidentBackup(
  record: IncidentRecord,
  files: readonly ExportableFile[],
  now: Date = new Date(),
  limit: number = maxBackupBytes,
): BackupResult {
  const estimate = estimatedBackupBytes(record, files);
  if (estimate > limit * 1.5) return { ok: false, tooLarge: true, bytes: estimate, limit };
  const text = exportIncidentJson(record, files, now);
  const bytes = text.length > limit ? text.length : utf8Length(text);
  if (bytes > limit) return { ok: false, tooLarge: true, bytes, limit };
  return { ok: true, text };
}

/** A file name for the download: the reference and the practice's date, nothing more. */
export function exportFileName(record: IncidentRecord, now: Date): string {
  return `${record.reference}-${formatFileDate(now)}.json`;
}
