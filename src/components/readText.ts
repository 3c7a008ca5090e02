/** Blob.text is missing from jsdom and from some older browsers; FileReader is everywhere. */
export function readText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('Not read as text')));
    reader.onerror = () => reject(reader.error ?? new Error('Not readable'));
    reader.readAsText(blob);
  });
}
