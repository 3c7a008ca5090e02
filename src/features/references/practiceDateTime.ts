import { londonTime } from '../../record/clock';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A `datetime-local` value in UK time (2026-11-25T09:30), the form parsePracticeTime reads back:
 * a locum's laptop set to another zone must still record the time the practice saw.
 */
export function toPracticeDateTimeValue(date: Date): string {
  const t = londonTime(date);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}
