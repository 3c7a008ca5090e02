/**
 * The answers to the "Be prepared" policy builder, and the rules that say which questions are on
 * show and which are answered: shared by the builder's screens and the written policy, so a
 * question the builder hid never writes a clause.
 */
import { policyTopics, type PolicyQuestionContent, type PolicyTopicContent } from '../content/policy';

/** Keyed by question id: one value for a radio or text question, a list for checkboxes. */
export type PolicyAnswers = Readonly<Record<string, string | readonly string[]>>;

export const policyTopicList: readonly PolicyTopicContent[] = policyTopics;

/** The chosen values of a question, as a list, whatever its kind; unknown values are dropped. */
export function chosenValues(question: PolicyQuestionContent, answers: PolicyAnswers): readonly string[] {
  const answer = answers[question.id];
  if (question.kind === 'text') return typeof answer === 'string' && answer.trim() !== '' ? [answer.trim()] : [];
  const values = typeof answer === 'string' ? [answer] : (answer ?? []);
  const known = new Set(question.options.map((option) => option.value));
  const kept = values.filter((value) => known.has(value));
  // A radio question keeps one answer, even if stored data somehow has more.
  return question.kind === 'radio' ? kept.slice(0, 1) : kept;
}

/** Whether the question is on show, given the other answers on its screen. */
export function isShown(question: PolicyQuestionContent, topic: PolicyTopicContent, answers: PolicyAnswers): boolean {
  const when = question.showWhen;
  if (when === undefined) return true;
  const parent = topic.questions.find((candidate) => candidate.id === when.question);
  if (parent === undefined) return false;
  return chosenValues(parent, answers).some((value) => when.values.includes(value));
}

/** The questions on show in a topic, in order. */
export function shownQuestions(topic: PolicyTopicContent, answers: PolicyAnswers): readonly PolicyQuestionContent[] {
  return topic.questions.filter((question) => isShown(question, topic, answers));
}

export interface PolicyAnswerError {
  readonly questionId: string;
  readonly message: string;
}

/** The questions on a topic's screen still needing an answer, each with its message, in page order. */
export function topicErrors(topic: PolicyTopicContent, answers: PolicyAnswers): readonly PolicyAnswerError[] {
  return shownQuestions(topic, answers).flatMap((question) =>
    question.kind === 'text' || chosenValues(question, answers).length > 0 ? [] : [{ questionId: question.id, message: question.error }],
  );
}

/** The first topic with a question still to answer, or null once every screen is complete. */
export function firstUnfinishedTopic(answers: PolicyAnswers): number | null {
  const index = policyTopicList.findIndex((topic) => topicErrors(topic, answers).length > 0);
  return index === -1 ? null : index;
}

/** Months to the review date from the review question, or null while it is unanswered. */
export function reviewMonths(answers: PolicyAnswers): number | null {
  for (const topic of policyTopicList) {
    for (const question of topic.questions) {
      if (question.kind === 'text') continue;
      const chosen = chosenValues(question, answers);
      const option = question.options.find((candidate) => chosen.includes(candidate.value) && candidate.reviewMonths !== undefined);
      if (option?.reviewMonths !== undefined) return option.reviewMonths;
    }
  }
  return null;
}

/**
 * "2026-11-30" plus some months, as a calendar date. A day the later month lacks becomes its last
 * day (31 January plus one month is 28 or 29 February), so the review never slips into the next month.
 */
export function addMonthsToDate(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
