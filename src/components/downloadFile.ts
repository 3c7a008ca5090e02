/**
 * Saves text (or a stored file's bytes) as a file through the browser's own download, from a same-origin `blob:` URL, so
 * nothing leaves the computer.
 */

/** The types the app saves; charset stated so Notepad and Word open "£" and "–" correctly. */
export const fileTypes = {
  markdown: 'text/markdown;charset=utf-8',
  plainText: 'text/plain;charset=utf-8',
  json: 'application/json',
} as const;

export type FileType = (typeof fileTypes)[keyof typeof fileTypes];

export function downloadFile(fileName: string, contents: string | ArrayBuffer, type: FileType | string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
