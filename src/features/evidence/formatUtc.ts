/**
 * "2026-11-25 09:30:12 UTC": the capture time as the police and platforms log times, with seconds,
 * beside the UK time staff read.
 */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
