/**
 * Answers a real user could have given: for any subset of the questions, a radio option, a set of
 * distinct tick-box options (an exclusive one alone), or free text. Record-level property tests
 * use this, because anything else is now refused as not fitting its question.
 */
import fc from 'fast-check';
import { questionIds, questions, type QuestionId } from '../../src/content/questions';
import type { OptionContent } from '../../src/content/types';

function answerTo(id: QuestionId): fc.Arbitrary<string | string[]> {
  const question = questions[id];
  if (!('options' in question)) return fc.string({ unit: 'binary', maxLength: 20 });
  const options: readonly OptionContent[] = question.options;
  const values = options.map((option) => option.value);
  if (question.kind === 'radio') return fc.constantFrom(...values);
  const exclusive = options.filter((option) => option.exclusive === true).map((option) => option.value);
  const others = values.filter((value) => !exclusive.includes(value));
  const ticks = fc.uniqueArray(fc.constantFrom(...others), { minLength: 1, maxLength: others.length });
  return exclusive.length === 0
    ? ticks
    : fc.oneof(
        ticks,
        fc.constantFrom(...exclusive).map((value) => [value]),
      );
}

export const arbitraryAnswers = (maxKeys: number): fc.Arbitrary<Record<string, string | string[]>> =>
  fc
    .uniqueArray(fc.constantFrom(...questionIds), { maxLength: maxKeys })
    .chain((ids) => fc.tuple(...ids.map((id) => answerTo(id).map((value) => [id, value] as const))))
    .map((pairs) => Object.fromEntries(pairs));
