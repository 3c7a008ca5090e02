/**
 * The versions of the practice's policy, newest first, as the "Be prepared" page lists them: the
 * current one (a draft, or adopted and in force) and every earlier version the partners adopted,
 * each in force until the next was adopted and "replaced" from that day.
 */
import type { SavedPolicy } from './policySchema';

export type PolicyVersionState = 'draft' | 'inForce' | 'replaced';

export interface PolicyVersionEntry {
  readonly version: number;
  readonly answers: SavedPolicy['answers'];
  readonly state: PolicyVersionState;
  /** YYYY-MM-DD; absent for a draft. */
  readonly adoptedOn?: string;
  readonly reviewBy?: string;
  /** The day the next version was adopted, for a replaced one. */
  readonly replacedOn?: string;
  /** The version that replaced it. */
  readonly replacedBy?: number;
}

export function policyVersionList(policy: SavedPolicy): readonly PolicyVersionEntry[] {
  const current =
    policy.status === 'adopted' && policy.adoptedOn !== undefined && policy.reviewBy !== undefined
      ? [{ version: policy.version, answers: policy.answers, adoptedOn: policy.adoptedOn, reviewBy: policy.reviewBy }]
      : [];
  const adopted = [...(policy.earlier ?? []), ...current];
  const entries: PolicyVersionEntry[] = adopted.map((entry, index) => {
    const next = adopted[index + 1];
    return next === undefined
      ? { ...entry, state: 'inForce' }
      : { ...entry, state: 'replaced', replacedOn: next.adoptedOn, replacedBy: next.version };
  });
  if (policy.status === 'draft' && Object.keys(policy.answers).length > 0) {
    entries.push({ version: policy.version, answers: policy.answers, state: 'draft' });
  }
  return entries.reverse();
}
