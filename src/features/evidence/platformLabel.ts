import { questions } from '../../content/questions';

export const platformOptions = questions.platform.options;

/** The words for a stored platform value; a value from elsewhere (an import) is shown as it is. */
export function platformLabel(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return platformOptions.find((option) => option.value === value)?.label ?? value;
}
