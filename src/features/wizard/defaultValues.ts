import type { QuestionId } from '../../content/questions';
import type { FieldValue } from './QuestionField';
import type { PracticeSettings } from '../../record/settingsSchema';

/** `datetime-local` wants local time without a zone: 2026-11-25T09:30. */
export function toLocalDateTimeValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * What a question starts with before it is answered: "When did you find it?" starts at now,
 * because most people fill this in the moment they find it; the policy question starts at what
 * practice settings already say, so nobody has to remember it mid-incident.
 */
export function defaultValueFor(id: QuestionId, settings?: PracticeSettings, now: Date = new Date()): FieldValue {
  if (id === 'foundAt') return toLocalDateTimeValue(now);
  if (id === 'policy') return settings?.socialMediaPolicy.exists;
  return undefined;
}
