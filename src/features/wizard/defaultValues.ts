import type { QuestionId } from '../../content/questions';
import type { FieldValue } from './QuestionField';
import { londonTime } from '../../record/clock';
import type { PracticeSettings } from '../../record/settingsSchema';

/**
 * `datetime-local` wants wall-clock time without a zone: 2026-11-25T09:30. It is practice (London)
 * time, the same clock `parsePracticeTime` reads it back with, whatever zone the PC is set to.
 */
export function toLocalDateTimeValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const t = londonTime(date);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * What a question starts with before it is answered: "When did you find it?" starts at now,
 * because most people fill this in the moment they find it.
 */
export function defaultValueFor(id: QuestionId, settings?: PracticeSettings, now: Date = new Date()): FieldValue {
  if (id === 'foundAt') return toLocalDateTimeValue(now);
  return undefined;
}
