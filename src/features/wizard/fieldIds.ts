import type { QuestionId } from '../../content/questions';

/** The id of a question's first input: where the error summary sends focus. */
export function fieldId(question: QuestionId, optionIndex = 0): string {
  return optionIndex === 0 ? `field-${question}` : `field-${question}-${optionIndex}`;
}
