import type { QuizQuestion } from '../../content/sessionKit';

export type QuizOutcome = 'right' | 'wrong' | 'unanswered';

export interface QuizScore {
  readonly right: number;
  readonly unanswered: number;
  readonly total: number;
  readonly outcomes: Readonly<Record<string, QuizOutcome>>;
}

/** Marks the answers given, by question id. A question left blank counts as not right. */
export function scoreQuiz(questions: readonly QuizQuestion[], given: Readonly<Record<string, string>>): QuizScore {
  const outcomes: Record<string, QuizOutcome> = {};
  for (const question of questions) {
    const answer = given[question.id];
    outcomes[question.id] = answer === undefined ? 'unanswered' : answer === question.answer ? 'right' : 'wrong';
  }
  const count = (outcome: QuizOutcome) => Object.values(outcomes).filter((each) => each === outcome).length;
  return { right: count('right'), unanswered: count('unanswered'), total: questions.length, outcomes };
}
