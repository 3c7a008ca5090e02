/**
 * An incident's reference, as people say it and file it: "SM-2026-0042" for a real incident, from
 * the practice's yearly counter, and "TRAINING-0003" for a training one, from a counter of its
 * own. The two shapes share no prefix, so a training reference read aloud, printed on a note or
 * named in an export can never be mistaken for a real one, and training never uses up a real
 * number. Training records made before this (memory only, so gone with their tab) carried the
 * live shape: a training record may still have one, a live record never has the training shape.
 */

/** The live shape, for checks that must only ever see a real reference. */
export const liveReferencePattern = /^SM-\d{4}-\d{4,}$/;
export const trainingReferencePattern = /^TRAINING-\d{4,}$/;
/** Either shape: what a stored or imported record may carry. */
export const anyReferencePattern = new RegExp(`${liveReferencePattern.source}|${trainingReferencePattern.source}`);

export function isLiveReference(reference: string): boolean {
  return liveReferencePattern.test(reference);
}

export function isTrainingReference(reference: string): boolean {
  return trainingReferencePattern.test(reference);
}

export function formatLiveReference(year: number, count: number): string {
  return `SM-${year}-${String(count).padStart(4, '0')}`;
}

export function formatTrainingReference(count: number): string {
  return `TRAINING-${String(count).padStart(4, '0')}`;
}

/** The number in a live reference of `year`, or null for any other reference. */
export function liveReferenceNumber(reference: string, year: number): number | null {
  const match = /^SM-(\d{4})-(\d+)$/.exec(reference);
  return match !== null && Number(match[1]) === year ? Number(match[2]) : null;
}

/** The number in a training reference, or null for any other reference. */
export function trainingReferenceNumber(reference: string): number | null {
  const match = /^TRAINING-(\d+)$/.exec(reference);
  return match === null ? null : Number(match[1]);
}
