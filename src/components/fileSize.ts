import { evidenceContent } from '../content/evidence';
import { bytesPerKilobyte, bytesPerMegabyte } from '../record/byteSizes';

/** "340 KB", "1.2 MB": the units Windows Explorer shows, so sizes can be compared with it. */
export function formatFileSize(bytes: number): string {
  const words = evidenceContent.fileSize;
  if (bytes < bytesPerKilobyte) return words.bytes(bytes);
  if (bytes < bytesPerMegabyte) return words.kilobytes(String(Math.max(1, Math.round(bytes / bytesPerKilobyte))));
  return words.megabytes((bytes / bytesPerMegabyte).toFixed(1));
}
