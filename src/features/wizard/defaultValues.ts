import type { QuestionId } from '../../content/questions';
import type { FieldValue } from './QuestionField';
import { formatDateTimeLocalValue } from '../../record/practiceTimeFormat';
import type { PracticeSettings } from '../../record/settingsSchema';

/**
 * What a question starts with before it is answered: "When did you find it?" starts at now,
 * because most people fill this in the moment they find it.
 */
export function defaultValueFor(id: QuestionId, settings?: PracticeSettings, now: Date = new Date()): FieldValue {
  if (id === 'foundAt') return formatDateTimeLocalValue(now);
  return undefined;
}
