import type { StoredFile } from '../../record/database';

/**
 * Saves one evidence file through the browser's own download, from a same-origin `blob:` URL, so
 * it can be moved into practice storage (browser data on NHS computers is often wiped at log off).
 */
export function saveFileCopy(file: StoredFile, name: string): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
