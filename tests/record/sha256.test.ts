import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/record/sha256';

/** An ArrayBuffer holding exactly these bytes (a Node Buffer may share a larger pool). */
function bufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

// Through a variable: Vite rewrites the literal `new URL('…', import.meta.url)` pattern into an
// asset URL, which is not a file path.
const thisFile = import.meta.url;
const pngFixture = bufferOf(readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile))));

describe('sha256Hex', () => {
  it('gives the published digest of "abc" (FIPS 180-2 example)', async () => {
    expect(await sha256Hex(bufferOf(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives the digest of no bytes at all', async () => {
    expect(await sha256Hex(new ArrayBuffer(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the digest of the PNG fixture that `sha256sum` prints for it', async () => {
    expect(pngFixture.byteLength).toBe(69);
    expect(await sha256Hex(pngFixture)).toBe('be650e33c78241894ea446e1f8919cceac90ebf9719dcc4fc13b941e42f77c53');
  });

  it('reads a file picked in the browser (jsdom) to the same digest', async () => {
    const file = new File([pngFixture], 'one-red-pixel.png', { type: 'image/png' });
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
    expect(await sha256Hex(bytes)).toBe('be650e33c78241894ea446e1f8919cceac90ebf9719dcc4fc13b941e42f77c53');
  });

  it('changes when a single bit of the file changes', async () => {
    const changed = new Uint8Array(pngFixture.slice(0));
    changed[40] = (changed[40] ?? 0) ^ 1;
    expect(await sha256Hex(changed.buffer)).not.toBe('be650e33c78241894ea446e1f8919cceac90ebf9719dcc4fc13b941e42f77c53');
  });
});
