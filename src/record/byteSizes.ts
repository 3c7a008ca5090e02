/** Sizes as Windows Explorer counts them (1 KB = 1,024 bytes), so the app's figures match what staff see. */
export const bytesPerKilobyte = 1024;
export const bytesPerMegabyte = 1024 * 1024;

/** "25", "30.5": a size in megabytes for the backup and import messages, which set it in words. */
export function megabytes(bytes: number): string {
  return (bytes / bytesPerMegabyte).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
