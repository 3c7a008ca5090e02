/**
 * What the evidence log will keep, checked before anything is stored so that a bad file never
 * leaves half an item behind. The limits are stated to the user next to the file picker
 * (src/content/evidence.ts), so these numbers and that text must change together.
 */
import type { EvidenceFileProblemKind } from '../content/evidence';
import { bytesPerMegabyte } from './byteSizes';

/** 20 MB: far more than any screenshot or saved page, small enough not to fill a shared PC. */
export const maxEvidenceFileBytes = 20 * bytesPerMegabyte;

/** Screenshots and pages saved as PDF; nothing that a browser would run or a viewer could script. */
export const allowedEvidenceTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'] as const;

export type EvidenceFileType = (typeof allowedEvidenceTypes)[number];

/** For the picker's `accept`: types and extensions, since Windows sometimes knows only the extension. */
export const evidenceFileAccept = [...allowedEvidenceTypes, '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf'].join(',');

export interface EvidenceFileProblem {
  readonly kind: EvidenceFileProblemKind;
  /** The file's name, as the user knows it, so the message can say which file. */
  readonly name: string;
}

/** A file the store refused; nothing was written. */
export class EvidenceFileRejectedError extends Error {
  override readonly name = 'EvidenceFileRejectedError';
  constructor(readonly problem: EvidenceFileProblem) {
    super(`Evidence file "${problem.name}" was not stored: ${problem.kind}`);
  }
}

/**
 * Declared types that may still turn out to be allowed once the bytes are read: no type at all
 * (pasted images and unusual extensions), the generic one, and old spellings of JPEG.
 */
const undecidedTypes = new Set(['', 'application/octet-stream', 'image/jpg', 'image/pjpeg', 'image/x-png']);

function declaredType(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

/** Checks that need no reading, so a 2 GB video is refused without loading it into memory. */
export function checkBeforeReading(file: { name: string; type: string; size: number }): EvidenceFileProblem | null {
  if (file.size > maxEvidenceFileBytes) return { kind: 'tooBig', name: file.name };
  const type = declaredType(file.type);
  if (!undecidedTypes.has(type) && !(allowedEvidenceTypes as readonly string[]).includes(type)) {
    return { kind: 'wrongType', name: file.name };
  }
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((value, index) => bytes[at + index] === value);
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/**
 * What the bytes really are, from their opening signature, or null when they are none of the
 * allowed types. The stored type comes from here rather than from the name, so a JPEG saved as
 * ".png" still gets a thumbnail and a renamed web page is not kept as a picture.
 */
export function sniffEvidenceType(buffer: ArrayBuffer): EvidenceFileType | null {
  const bytes = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, 16));
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export type CheckedBytes =
  { readonly ok: true; readonly type: EvidenceFileType } | { readonly ok: false; readonly problem: EvidenceFileProblem };

/** The full check, once the bytes are in hand: the store runs it again whatever the caller did. */
export function checkEvidenceBytes(file: { name: string; type: string; bytes: ArrayBuffer }): CheckedBytes {
  const early = checkBeforeReading({ name: file.name, type: file.type, size: file.bytes.byteLength });
  if (early) return { ok: false, problem: early };
  if (file.bytes.byteLength === 0) return { ok: false, problem: { kind: 'empty', name: file.name } };
  const type = sniffEvidenceType(file.bytes);
  if (type === null) return { ok: false, problem: { kind: 'notRecognised', name: file.name } };
  return { ok: true, type };
}
