/**
 * The handover file (issue 18): a backup locked with a passphrase. It comes back byte for byte with
 * the right passphrase, and is refused in words, never half-read, with a wrong passphrase, a flipped
 * byte anywhere that matters, a cut-short file or something that is not a handover file at all.
 * Real parameters throughout (600,000 PBKDF2 iterations), so each unlock takes a moment.
 */
import { describe, expect, it } from 'vitest';
import { handoverWords, minPassphraseLength } from '../../src/content/handover';
import { exportIncidentJson, maxBackupBytes } from '../../src/note/exportJson';
import {
  decryptHandover,
  encryptHandover,
  handoverBytesFor,
  handoverFileName,
  handoverFormat,
  handoverIterations,
  isHandoverText,
  ivLength,
  keyBits,
  maxHandoverBytes,
  passphraseProblem,
  saltLength,
  type HandoverEnvelope,
} from '../../src/note/handover';
import { parseIncidentImport } from '../../src/note/importJson';
import { mildGoogleReview as withFakeFiles, noteTime } from './incidents';

const words = handoverWords;
/** The golden incident without its evidence, whose files exist only as fingerprints. */
const mildGoogleReview = () => ({ ...withFakeFiles(), evidence: [] });
const passphrase = 'kettle orbit marmalade';

async function locked(text: string, phrase = passphrase): Promise<string> {
  const result = await encryptHandover(text, phrase);
  if (!result.ok) throw new Error(result.problem);
  return result.text;
}

function envelopeOf(text: string): HandoverEnvelope {
  return JSON.parse(text) as HandoverEnvelope;
}

/** The base64 field with one bit of its byte `at` flipped. */
function flipped(base64: string, at: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}

/** A backup of `megabytes` MB or so: a real export, with one large text field. */
function backupOfSize(megabytes: number): string {
  const record = mildGoogleReview();
  const big = { ...record, drafts: { reply: 'Ünïcödé – £ 😀 '.repeat(Math.ceil((megabytes * 1024 * 1024) / 20)) } };
  return exportIncidentJson(big, [], noteTime);
}

describe('the handover file round trip', () => {
  it('gives back the backup exactly, and the ordinary import accepts it', async () => {
    const backup = exportIncidentJson(mildGoogleReview(), [], noteTime);
    const file = await locked(backup);
    expect(file).not.toContain(mildGoogleReview().reference);
    const unlocked = await decryptHandover(file, passphrase);
    expect(unlocked).toEqual({ ok: true, backupText: backup });
    const parsed = await parseIncidentImport(unlocked.ok ? unlocked.backupText : '');
    expect(parsed.ok).toBe(true);
  });

  it('carries a 3 MB backup with non-ASCII text byte for byte', async () => {
    const backup = backupOfSize(3);
    expect(new TextEncoder().encode(backup).length).toBeGreaterThan(3 * 1024 * 1024);
    const started = performance.now();
    const file = await locked(backup);
    const lockedAt = performance.now();
    const unlocked = await decryptHandover(file, passphrase);
    const unlockedAt = performance.now();
    expect(unlocked.ok && unlocked.backupText === backup).toBe(true);
    console.log(
      `handover, ${(new TextEncoder().encode(backup).length / 1048576).toFixed(1)} MB backup: lock ${Math.round(lockedAt - started)} ms, unlock ${Math.round(unlockedAt - lockedAt)} ms, file ${(file.length / 1048576).toFixed(1)} MB`,
    );
  });

  it('records the KDF and cipher parameters, with a fresh salt and IV each time', async () => {
    const first = envelopeOf(await locked('{"a":1}'));
    const second = envelopeOf(await locked('{"a":1}'));
    expect(first.format).toBe(handoverFormat);
    expect(first.formatVersion).toBe(1);
    expect(first.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(handoverIterations).toBeGreaterThanOrEqual(600_000);
    expect(first.cipher).toEqual({ name: 'AES-GCM', keyBits: 256 });
    expect(keyBits).toBe(256);
    expect(atob(first.salt)).toHaveLength(saltLength);
    expect(saltLength).toBe(16);
    expect(atob(first.iv)).toHaveLength(ivLength);
    expect(ivLength).toBe(12);
    expect(second.salt).not.toBe(first.salt);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  it('accepts the same passphrase with a trailing space or composed differently', async () => {
    const file = await locked('{"a":1}', 'café au lait please');
    expect(await decryptHandover(file, 'cafe\u0301 au lait please ')).toEqual({ ok: true, backupText: '{"a":1}' });
  });
});

describe('a handover file that must not be opened', () => {
  it('refuses a wrong passphrase in words', async () => {
    const file = await locked('{"a":1}');
    expect(await decryptHandover(file, 'kettle orbit marmalade!')).toEqual({ ok: false, problem: words.wrongPassphraseOrChanged });
    expect(await decryptHandover(file, '')).toEqual({ ok: false, problem: words.passphraseMissing });
  });

  it('refuses a flipped byte in the ciphertext, the tag, the salt or the IV', async () => {
    const envelope = envelopeOf(await locked('{"some":"backup text"}'));
    const lastByte = atob(envelope.ciphertext).length - 1;
    const tampered: HandoverEnvelope[] = [
      { ...envelope, ciphertext: flipped(envelope.ciphertext, 0) },
      { ...envelope, ciphertext: flipped(envelope.ciphertext, lastByte) },
      { ...envelope, salt: flipped(envelope.salt, 5) },
      { ...envelope, iv: flipped(envelope.iv, 11) },
    ];
    for (const changed of tampered) {
      expect(await decryptHandover(JSON.stringify(changed), passphrase)).toEqual({ ok: false, problem: words.wrongPassphraseOrChanged });
    }
  });

  it('refuses a file cut short as damaged, and a ciphertext cut short as changed', async () => {
    const file = await locked('{"some":"backup text"}');
    expect(isHandoverText(file.slice(0, 80))).toBe(true);
    for (const cut of [60, Math.floor(file.length / 2), file.length - 3]) {
      expect(await decryptHandover(file.slice(0, cut), passphrase)).toEqual({ ok: false, problem: words.damaged });
    }
    const envelope = envelopeOf(file);
    const shorter = btoa(atob(envelope.ciphertext).slice(0, -3));
    expect(await decryptHandover(JSON.stringify({ ...envelope, ciphertext: shorter }), passphrase)).toEqual({
      ok: false,
      problem: words.wrongPassphraseOrChanged,
    });
  });

  it('refuses a salt or IV of the wrong length, or a field that is not base64, as damaged', async () => {
    const envelope = envelopeOf(await locked('{"a":1}'));
    for (const changed of [
      { ...envelope, salt: btoa('x'.repeat(8)) },
      { ...envelope, iv: btoa('x'.repeat(16)) },
      { ...envelope, ciphertext: 'not base64!' },
      { ...envelope, iv: 12 },
    ]) {
      expect(await decryptHandover(JSON.stringify(changed), passphrase)).toEqual({ ok: false, problem: words.damaged });
    }
  });

  it('refuses weaker or unknown lock settings without trying them', async () => {
    const envelope = envelopeOf(await locked('{"a":1}'));
    for (const changed of [
      { ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } },
      { ...envelope, kdf: { ...envelope.kdf, hash: 'SHA-1' } },
      { ...envelope, cipher: { name: 'AES-CBC', keyBits: 256 } },
    ]) {
      expect(await decryptHandover(JSON.stringify(changed), passphrase)).toEqual({ ok: false, problem: words.unsupportedSettings });
    }
  });

  it('refuses a plain backup, other JSON and a newer format as not this kind of file', async () => {
    const backup = exportIncidentJson(mildGoogleReview(), [], noteTime);
    expect(isHandoverText(backup)).toBe(false);
    expect(await decryptHandover(backup, passphrase)).toEqual({ ok: false, problem: words.notHandover });
    expect(await decryptHandover('{"format":"something-else"}', passphrase)).toEqual({ ok: false, problem: words.notHandover });
    expect(await decryptHandover('hello', passphrase)).toEqual({ ok: false, problem: words.notHandover });
    const envelope = envelopeOf(await locked('{"a":1}'));
    expect(await decryptHandover(JSON.stringify({ ...envelope, formatVersion: 2 }), passphrase)).toEqual({
      ok: false,
      problem: words.newerFormat(2, 1),
    });
  });
});

describe('the passphrase', () => {
  it(`is refused under ${minPassphraseLength} characters, with advice, and never locks a file`, async () => {
    expect(passphraseProblem('')).toBe(words.passphraseMissing);
    expect(passphraseProblem('   ')).toBe(words.passphraseMissing);
    expect(passphraseProblem('short one')).toBe(words.passphraseTooShort);
    expect(words.passphraseTooShort).toMatch(/three random words/i);
    expect(passphraseProblem('kettle orbit')).toBeNull();
    expect(await encryptHandover('{"a":1}', 'abc')).toEqual({ ok: false, problem: words.passphraseTooShort });
  });
});

describe('the size limit', () => {
  it('is the backup limit, so a backup over about 190 MB is too large to hand over', () => {
    expect(maxHandoverBytes).toBe(maxBackupBytes);
    expect(handoverBytesFor(190 * 1048576)).toBeLessThan(maxHandoverBytes);
    expect(handoverBytesFor(193 * 1048576)).toBeGreaterThan(maxHandoverBytes);
    expect(handoverBytesFor(3 * 1048576)).toBeGreaterThan((4 / 3) * 3 * 1048576);
  });
});

describe('the file name', () => {
  it('says it is the handover copy', () => {
    expect(handoverFileName('SMI-2026-0001-2026-11-25.json')).toBe('SMI-2026-0001-2026-11-25-handover.json');
  });
});
