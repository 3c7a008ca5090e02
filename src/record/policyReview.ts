import type { SavedPolicy } from './policySchema';

/**
 * Whether an adopted policy's review date has passed by `today` (YYYY-MM-DD), for the reminder on
 * the home screen. A draft has no review date yet, so it is never due. Kept apart from
 * policyVersions.ts so the home screen does not load the policy's topics to ask it.
 */
export function reviewDue(policy: SavedPolicy | undefined, today: string): boolean {
  return policy?.status === 'adopted' && policy.reviewBy !== undefined && policy.reviewBy < today;
}
