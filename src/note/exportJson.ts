/**
 * The whole incident as one JSON file, with its evidence files inside as base64: a backup, or a way
 * to move an incident to another computer. The envelope carries its own format name and version
 * so that a later app can still read it, and so that any other JSON file is recognised as not one.
 */
import { londonTime } from '../record/clock';
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

/** Built in slices: one String.fromCharCode call over megabytes would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const slice = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

export function exportIncidentJson(
  record: IncidentRecord,
  files: readonly ExportableFile[],
  now: Date = new Date(),
): string {
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

/** A file name for the download: the reference and the practice's date, nothing more. */
export function exportFileName(record: IncidentRecord, now: Date): string {
  const { year, month, day } = londonTime(now);
  const date = [year, month, day].map((part) => String(part).padStart(2, '0')).join('-');
  return `${record.reference}-${date}.json`;
}
