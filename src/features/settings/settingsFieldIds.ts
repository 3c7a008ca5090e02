/**
 * Ids of the settings page's controls, made from the schema path of the value each one edits, so
 * an error from the schema leads straight to its field: ['contacts', 'lmc', 'phone'] is
 * "settings-contacts-lmc-phone".
 */

/** The control for a schema path. List positions are dropped: a staff name or a day points at its whole list. */
export function settingsFieldId(path: readonly PropertyKey[]): string {
  return ['settings', ...path.filter((part): part is string => typeof part === 'string')].join('-');
}

/** The id of a later radio or checkbox in a group; the first one keeps the group's id, for the error summary. */
export function optionId(groupId: string, index: number, value: string | number): string {
  return index === 0 ? groupId : `${groupId}-${value}`;
}

/** An aria-describedby value from the ids that apply, or nothing when none do. */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** Where a hint or error for a control lives. */
export const hintId = (fieldId: string) => `${fieldId}-hint`;
export const errorId = (fieldId: string) => `${fieldId}-error`;
