import { evidenceContent } from '../../content/evidence';

const kilobyte = 1024;
const megabyte = 1024 * 1024;

/** "340 KB", "1.2 MB": the units Windows Explorer shows, so sizes can be compared with it. */
export function formatFileSize(bytes: number): string {
  const words = evidenceContent.fileSize;
  if (bytes < kilobyte) return words.bytes(bytes);
  if (bytes < megabyte) return words.kilobytes(String(Math.max(1, Math.round(bytes / kilobyte))));
  return words.megabytes((bytes / megabyte).toFixed(1));
}
