/**
 * The version of the practice's policy that is in force: the one the partners last adopted. While
 * a change is still a draft, the version adopted before it is still the practice's policy, so the
 * plan and the reply builder keep quoting it rather than going quiet.
 */
import type { SavedPolicy } from './policySchema';

export interface PolicyInForce {
  readonly version: number;
  readonly answers: SavedPolicy['answers'];
  /** YYYY-MM-DD. */
  readonly adoptedOn: string;
  readonly reviewBy: string;
}

export function policyInForce(policy: SavedPolicy | undefined): PolicyInForce | undefined {
  if (policy === undefined) return undefined;
  if (policy.status === 'adopted' && policy.adoptedOn !== undefined && policy.reviewBy !== undefined) {
    return { version: policy.version, answers: policy.answers, adoptedOn: policy.adoptedOn, reviewBy: policy.reviewBy };
  }
  return policy.earlier?.at(-1);
}
