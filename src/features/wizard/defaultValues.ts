import type { QuestionId } from '../../content/questions';
import type { FieldValue } from './QuestionField';

/** `datetime-local` wants local time without a zone: 2026-11-25T09:30. */
export function toLocalDateTimeValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "When did you find it?" starts at now, because most people fill this in the moment they find it. */
export function defaultValueFor(id: QuestionId, now: Date = new Date()): FieldValue {
  return id === 'foundAt' ? toLocalDateTimeValue(now) : undefined;
}
