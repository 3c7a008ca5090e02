/**
 * An action's progress as the plan and the note show it. What the user set wins; otherwise a
 * reference recorded in the log counts as the action done (a platform report made, the police
 * contacted), so nobody has to record the same thing twice.
 */
import type { ActionProgress, IncidentRecord, IncidentReference } from './schema';

const doneByReference: Readonly<Record<string, IncidentReference['kind']>> = {
  reportToSite: 'platformReport',
  reportGoogleReview: 'platformReport',
  reportNhsReview: 'platformReport',
  reportToPolice: 'police',
  escalateToRhc: 'reportHarmfulContent',
};

export function progressOf(record: IncidentRecord, actionId: string): ActionProgress | undefined {
  const set = record.actions[actionId];
  if (set) return set;
  const kind = doneByReference[actionId];
  const reference = kind ? record.references.find((r) => r.kind === kind) : undefined;
  return reference ? { status: 'done', updatedAt: reference.at } : undefined;
}
