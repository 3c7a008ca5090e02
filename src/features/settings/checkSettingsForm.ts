/**
 * Checks the form with the same schema that guards storage, and turns each problem into a message
 * for the field it is about, in the order the fields appear on the page.
 */
import { practiceSettings, type PracticeSettings } from '../../record/settingsSchema';
import { fromForm, type SettingsForm } from './settingsForm';
import { settingsFieldId } from './settingsFieldIds';

export interface FieldError {
  readonly fieldId: string;
  readonly message: string;
}

export type FormCheck =
  { readonly ok: true; readonly settings: PracticeSettings } | { readonly ok: false; readonly errors: readonly FieldError[] };

export function checkSettingsForm(form: SettingsForm): FormCheck {
  const result = practiceSettings.safeParse(fromForm(form));
  if (result.success) return { ok: true, settings: result.data };
  // One message per field: a field with two problems shows the first, as people fix one at a time.
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const fieldId = settingsFieldId(issue.path);
    if (!byField.has(fieldId)) byField.set(fieldId, issue.message);
  }
  return { ok: false, errors: [...byField].map(([fieldId, message]) => ({ fieldId, message })) };
}
