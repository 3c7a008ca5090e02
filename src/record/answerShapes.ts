/**
 * Every stored answer checked against its question: a radio answer is one of its options, a
 * tick-box answer a list of distinct options (an exclusive "None of these" alone), and a text or
 * date answer text. Runs wherever a record is read (storage, backup files, the typing mirror), so
 * a crafted file with `"risks": "threat"` is refused in words instead of breaking a screen that
 * expects a list.
 */
import { answerProblemWords as words } from '../content/recordProblems';
import { questionIds, questions, type QuestionId } from '../content/questions';
import type { OptionContent, QuestionContent } from '../content/types';

export interface AnswerProblem {
  readonly question: string;
  readonly message: string;
}

function describeFound(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

function quote(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}

const knownQuestions: ReadonlySet<string> = new Set(questionIds);

function isQuestionId(id: string): id is QuestionId {
  return knownQuestions.has(id);
}

function problemWith(question: QuestionContent, value: unknown): string | undefined {
  if (!('options' in question)) {
    return typeof value === 'string' ? undefined : words.expectedText(describeFound(value));
  }
  const options: readonly OptionContent[] = question.options;
  const isOption = (v: string) => options.some((option) => option.value === v);
  if (question.kind === 'radio') {
    if (typeof value !== 'string') return words.expectedChoice(describeFound(value));
    return isOption(value) ? undefined : words.notAnOption(quote(value));
  }
  if (!Array.isArray(value)) return words.expectedList(describeFound(value));
  const seen = new Set<string>();
  for (const item of value as readonly unknown[]) {
    if (typeof item !== 'string') return words.expectedList(`a list with ${describeFound(item)} in it`);
    if (!isOption(item)) return words.notAnOption(quote(item));
    if (seen.has(item)) return words.repeated(quote(item));
    seen.add(item);
  }
  const exclusive = options.find((option) => option.exclusive === true && seen.has(option.value));
  return exclusive !== undefined && seen.size > 1 ? words.exclusiveWithOthers(quote(exclusive.value)) : undefined;
}

/** What is wrong with each answer that does not fit its question; none for a sound set. */
export function answerProblems(answers: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const message = isQuestionId(id) ? problemWith(questions[id], value) : words.notAQuestion;
    if (message !== undefined) problems.push({ question: id, message });
  }
  return problems;
}
