/**
 * The SHA-256 fingerprint of a file's bytes, as 64 lowercase hex characters: the form that
 * `certutil -hashfile <file> SHA256` and `sha256sum` print, so anyone can check a saved copy.
 */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A fresh view rather than the buffer itself: a buffer made by another realm (jsdom's
  // FileReader, an iframe) is refused by Node's digest, while a view over it is accepted everywhere.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
