import { questions, type Answers, type QuestionId } from '../../content/questions';
import type { QuestionContent } from '../../content/types';

import { parsePracticeTime, practiceTimeZone } from '../../record/clock';

// Practice (London) time whatever zone the PC is set to, as the rest of the record is shown.
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: practiceTimeZone });

/** An answer in the words the user chose it by, for the check-answers list and the note. */
export function formatAnswer(id: QuestionId, answers: Answers): string | null {
  const question: QuestionContent = questions[id];
  const value = answers[id];
  if (value === undefined || value === '') return null;
  switch (question.kind) {
    case 'radio':
    case 'checkbox': {
      const chosen: readonly string[] = Array.isArray(value) ? value : [value as string];
      return chosen.map((v) => question.options.find((o) => o.value === v)?.label ?? v).join('; ');
    }
    case 'datetime': {
      const date = parsePracticeTime(value as string);
      return date === null ? (value as string) : dateTimeFormat.format(date);
    }
    case 'text':
      return value as string;
  }
}
