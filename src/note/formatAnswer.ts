import { questions, type Answers, type QuestionId } from '../content/questions';
import { optionLabel } from '../content/optionLabel';
import type { QuestionContent } from '../content/types';

import { parsePracticeTime } from '../record/clock';
import { formatLocalDateTime } from '../record/practiceTimeFormat';

/** An answer in the words the user chose it by, for the check-answers list and the note. */
export function formatAnswer(id: QuestionId, answers: Answers): string | null {
  const question: QuestionContent = questions[id];
  const value = answers[id];
  if (value === undefined || value === '') return null;
  switch (question.kind) {
    case 'radio':
    case 'checkbox': {
      const chosen: readonly string[] = Array.isArray(value) ? value : [value as string];
      return chosen.map((v) => optionLabel(question.options, v)).join('; ');
    }
    case 'datetime': {
      const date = parsePracticeTime(value as string);
      return date === null ? (value as string) : formatLocalDateTime(date);
    }
    case 'text':
      return value as string;
  }
}
