/**
 * The handover file (issue 18): the same JSON backup the app exports (exportJson.ts), locked with a
 * passphrase so it can travel from a phone or home computer to the practice. WebCrypto only, no
 * library: PBKDF2-SHA-256 turns the passphrase into an AES-GCM 256-bit key, with a random 16-byte
 * salt and 12-byte IV for every file, and all of it sits in a small JSON envelope beside the
 * ciphertext. AES-GCM authenticates as it decrypts, so a wrong passphrase and a file changed by
 * even one bit fail in the same way, before anything is read; the unlocked text then goes through
 * the ordinary import (importJson.ts), so every check a backup gets still applies.
 *
 * Pure functions: nothing here stores anything or touches the page.
 */
import * as z from 'zod/mini';
import { handoverWords, minPassphraseLength } from '../content/handover';
import { importWords } from '../content/note';
import { megabytes } from '../record/byteSizes';
import { bytesToBase64, maxBackupBytes, utf8Length } from './exportJson';
import { base64ToBytes } from './importJson';

const words = handoverWords;

export const handoverFormat = 'social-media-incident-wizard-handover';
export const handoverFormatVersion = 1;

/**
 * OWASP's Password Storage Cheat Sheet (cheatsheetseries.owasp.org, "Password_Storage_Cheat_Sheet",
 * PBKDF2 section; raised from 310,000 in December 2022) asks for a work factor of 600,000 or more
 * for PBKDF2 with HMAC-SHA-256. Argon2id, its first choice, is not in WebCrypto.
 */
export const handoverIterations = 600_000;
/** More than this in a file is refused unread: a crafted file must not keep the tab busy for minutes. */
const maxIterations = 10_000_000;
export const saltLength = 16;
export const ivLength = 12;
export const keyBits = 256;
/** AES-GCM appends a 16-byte authentication tag to the ciphertext. */
const tagLength = 16;

export interface HandoverEnvelope {
  readonly format: typeof handoverFormat;
  readonly formatVersion: typeof handoverFormatVersion;
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number };
  readonly cipher: { readonly name: 'AES-GCM'; readonly keyBits: typeof keyBits };
  /** base64 */
  readonly salt: string;
  /** base64 */
  readonly iv: string;
  /** base64, the tag included */
  readonly ciphertext: string;
}

const envelope = z.object({
  format: z.literal(handoverFormat),
  formatVersion: z.literal(handoverFormatVersion),
  kdf: z.object({ name: z.string(), hash: z.string(), iterations: z.number() }),
  cipher: z.object({ name: z.string(), keyBits: z.number() }),
  salt: z.string(),
  iv: z.string(),
  ciphertext: z.string(),
});

function base64Length(size: number): number {
  return Math.ceil(size / 3) * 4;
}

/**
 * The largest handover file: the same as the largest backup, so the import panel keeps one limit and
 * refuses an oversized file before reading it. The base64 makes a handover file a third larger than
 * its backup, so a backup over about 190 MB cannot be handed over; the export says so in words.
 */
export const maxHandoverBytes = maxBackupBytes;

/** The size of the handover file for a backup of `backupBytes` (UTF-8): its ciphertext in base64, and the envelope. */
export function handoverBytesFor(backupBytes: number): number {
  return base64Length(backupBytes + tagLength) + 512;
}

export type EncryptResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };
export type DecryptResult = { readonly ok: true; readonly backupText: string } | { readonly ok: false; readonly problem: string };

/**
 * The passphrase as it is used: the same letters typed on a phone and on a PC can reach the page as
 * different code points (é as one character or two), and a phone keyboard often adds a final space.
 */
export function normalisedPassphrase(passphrase: string): string {
  return passphrase.normalize('NFC').trim();
}

/** Why a passphrase cannot lock a handover file, in words; null when it can. */
export function passphraseProblem(passphrase: string): string | null {
  const used = normalisedPassphrase(passphrase);
  if (used.length === 0) return words.passphraseMissing;
  // Counted in characters, not UTF-16 units, so an emoji is one.
  if ([...used].length < minPassphraseLength) return words.passphraseTooShort;
  return null;
}

/**
 * Whether a file's text is a handover file, from its first characters only (the file can be
 * hundreds of megabytes): the envelope is written with `format` first. A handover file cut short
 * is still recognised, so it is refused as damaged rather than as "not a backup".
 */
export function isHandoverText(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"social-media-incident-wizard-handover"/.test(text.slice(0, 200));
}

function subtleCrypto(): SubtleCrypto | null {
  return typeof crypto === 'undefined' || crypto.subtle === undefined ? null : crypto.subtle;
}

async function deriveKey(
  subtle: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const material = await subtle.importKey('raw', new TextEncoder().encode(normalisedPassphrase(passphrase)), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    { name: 'AES-GCM', length: keyBits },
    false,
    [usage],
  );
}

/** Locks a backup's text (exportIncidentBackup) with the passphrase, as the text of a handover file. */
export async function encryptHandover(backupText: string, passphrase: string): Promise<EncryptResult> {
  const problem = passphraseProblem(passphrase);
  if (problem !== null) return { ok: false, problem };
  const subtle = subtleCrypto();
  if (subtle === null) return { ok: false, problem: words.noCrypto };
  const size = handoverBytesFor(backupText.length > maxHandoverBytes ? backupText.length : utf8Length(backupText));
  if (size > maxHandoverBytes) return { ok: false, problem: words.tooLarge(megabytes(size), megabytes(maxHandoverBytes)) };

  const salt = crypto.getRandomValues(new Uint8Array(saltLength));
  const iv = crypto.getRandomValues(new Uint8Array(ivLength));
  const key = await deriveKey(subtle, passphrase, salt, handoverIterations, 'encrypt');
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(backupText));
  const sealed: HandoverEnvelope = {
    format: handoverFormat,
    formatVersion: handoverFormatVersion,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: handoverIterations },
    cipher: { name: 'AES-GCM', keyBits },
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  };
  return { ok: true, text: `${JSON.stringify(sealed)}\n` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refused(problem: string): DecryptResult {
  return { ok: false, problem };
}

async function decrypt(input: unknown, passphrase: string): Promise<DecryptResult> {
  if (typeof input !== 'string') return refused(words.notHandover);
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > maxHandoverBytes) return refused(importWords.tooLarge(megabytes(text.length), megabytes(maxHandoverBytes)));
  if (normalisedPassphrase(passphrase).length === 0) return refused(words.passphraseMissing);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused(isHandoverText(text) ? words.damaged : words.notHandover);
  }
  if (!isObject(raw) || raw['format'] !== handoverFormat) return refused(words.notHandover);
  const version = raw['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > handoverFormatVersion) {
    return refused(words.newerFormat(version, handoverFormatVersion));
  }
  const checked = envelope.safeParse(raw);
  if (!checked.success) return refused(words.damaged);
  const { kdf, cipher } = checked.data;
  const iterations = kdf.iterations;
  const acceptedSettings =
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isInteger(iterations) &&
    iterations >= handoverIterations &&
    iterations <= maxIterations &&
    cipher.name === 'AES-GCM' &&
    cipher.keyBits === keyBits;
  if (!acceptedSettings) return refused(words.unsupportedSettings);

  const salt = base64ToBytes(checked.data.salt);
  const iv = base64ToBytes(checked.data.iv);
  const ciphertext = base64ToBytes(checked.data.ciphertext);
  if (salt?.length !== saltLength || iv?.length !== ivLength || ciphertext === null || ciphertext.length < tagLength) {
    return refused(words.damaged);
  }

  const subtle = subtleCrypto();
  if (subtle === null) return refused(words.noCrypto);
  const key = await deriveKey(subtle, passphrase, salt, iterations, 'decrypt');
  let plain: ArrayBuffer;
  try {
    plain = await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(iv) }, key, new Uint8Array(ciphertext));
  } catch {
    // The tag did not match: the wrong passphrase, or a changed salt, IV or ciphertext. AES-GCM cannot tell which.
    return refused(words.wrongPassphraseOrChanged);
  }
  try {
    return { ok: true, backupText: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return refused(words.damaged);
  }
}

/**
 * Unlocks a handover file's text with the passphrase: the backup's text, for the ordinary import,
 * or the reason it cannot be unlocked, in words. Never throws and stores nothing.
 */
export async function decryptHandover(envelopeText: string, passphrase: string): Promise<DecryptResult> {
  try {
    return await decrypt(envelopeText, passphrase);
  } catch {
    return refused(importWords.unexpected);
  }
}

/** The download's name: the backup's name with "-handover", so nobody mistakes which is locked. */
export function handoverFileName(backupFileName: string): string {
  return backupFileName.replace(/\.json$/, '') + '-handover.json';
}
