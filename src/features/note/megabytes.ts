/** "25", "30.5": megabytes as the import's own messages give them, so the two agree. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
