/**
 * Whether a step's answers are complete and valid. The machine uses this to refuse Continue with
 * a clear error, to pass over answered steps after Change, and to keep only answers on the path.
 */
import { questions, type Answers, type QuestionId } from '../src/content/questions';
import type { OptionContent, QuestionContent } from '../src/content/types';
import { conditions } from './conditions';
import { questionsOf, type StepId } from './steps';

export interface AnswerError {
  readonly question: QuestionId;
  readonly message: string;
}

/** `datetime-local` value: 2026-11-25T09:30 (seconds allowed). */
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

export function isOptionAvailable(option: OptionContent, answers: Answers): boolean {
  return option.unavailableWhen === undefined || !conditions[option.unavailableWhen](answers);
}

function isAnswerValid(question: QuestionContent, value: unknown, answers: Answers): boolean {
  switch (question.kind) {
    case 'radio':
      return question.options.some((o) => o.value === value && isOptionAvailable(o, answers));
    case 'checkbox': {
      if (!Array.isArray(value) || value.length === 0) return false;
      const chosen = question.options.filter((o) => value.includes(o.value));
      if (chosen.length !== value.length) return false;
      return !(chosen.some((o) => o.exclusive) && chosen.length > 1);
    }
    case 'datetime':
      return typeof value === 'string' && localDateTime.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      return typeof value === 'string' && (question.optional === true || value.trim() !== '');
  }
}

export function answerErrors(step: StepId, answers: Answers): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const id of questionsOf(step, answers)) {
    const question: QuestionContent = questions[id];
    const value = answers[id];
    const optionalAndEmpty = question.kind === 'text' && question.optional === true && (value === undefined || value === '');
    if (optionalAndEmpty) continue;
    if (!isAnswerValid(question, value, answers)) {
      errors.push({ question: id, message: question.error ?? `Answer "${question.legend}"` });
    }
  }
  return errors;
}

export function isStepComplete(step: StepId, answers: Answers): boolean {
  return answerErrors(step, answers).length === 0;
}

/** Only the answers given on the screens of this path; the rest belong to routes not taken. */
export function answersOnPath(path: readonly StepId[], answers: Answers): Answers {
  const kept: Partial<Record<QuestionId, unknown>> = {};
  for (const step of path) {
    for (const id of questionsOf(step, answers)) {
      if (answers[id] !== undefined) kept[id] = answers[id];
    }
  }
  return kept as Answers;
}
