import { questions } from './questions';

/** Anything offered as a choice: a question's options, a reference's "who with" choices. */
interface LabelledChoice {
  readonly value: string;
  readonly label: string;
}

/** The words an option was chosen by, or undefined for a value no option has (an import, a retired option). */
export function knownOptionLabel(options: readonly LabelledChoice[], value: string): string | undefined {
  return options.find((option) => option.value === value)?.label;
}

/** The words an option was chosen by; a value no option has is shown as it was stored. */
export function optionLabel(options: readonly LabelledChoice[], value: string): string {
  return knownOptionLabel(options, value) ?? value;
}

/** The words for a stored platform value, as `optionLabel`; undefined when none was given. */
export function platformLabel(value: string | undefined): string | undefined {
  return value === undefined ? undefined : optionLabel(questions.platform.options, value);
}
