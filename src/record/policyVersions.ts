/**
 * How a saved policy moves between versions: changing the answers of an adopted policy starts the
 * next version as a draft (the adopted one is what the partners agreed, and the new words are
 * not), and the adopted one is kept among the earlier versions; adopting sets the adoption date and the review date counted from it.
 */
import { addMonthsToDate, reviewMonths, type PolicyAnswers } from '../plan/policyAnswers';
import type { SavedPolicy } from './policySchema';

/** The review interval if the policy has not said: a year. */
const defaultReviewMonths = 12;

function sameAnswers(a: PolicyAnswers, b: PolicyAnswers): boolean {
  const normal = (answers: PolicyAnswers) =>
    JSON.stringify(
      Object.keys(answers)
        .sort()
        .map((key) => [key, answers[key]]),
    );
  return normal(a) === normal(b);
}

/** The policy with these answers: the same version while a draft, the next draft once adopted. */
export function withAnswers(policy: SavedPolicy, answers: PolicyAnswers): SavedPolicy {
  const copied: SavedPolicy['answers'] = Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [key, typeof value === 'string' ? value : [...value]]),
  );
  if (policy.status === 'draft') return { ...policy, answers: copied };
  if (sameAnswers(policy.answers, answers)) return policy;
  const { adoptedOn, reviewBy, ...rest } = policy;
  // The adopted version is what the partners agreed: it is kept, and stays in force, until the next is adopted.
  const kept =
    adoptedOn === undefined || reviewBy === undefined ? [] : [{ version: policy.version, answers: policy.answers, adoptedOn, reviewBy }];
  return { ...rest, earlier: [...(policy.earlier ?? []), ...kept], answers: copied, version: policy.version + 1, status: 'draft' };
}

/** The policy marked as adopted on `date` (YYYY-MM-DD), due for review after its interval. */
export function adopted(policy: SavedPolicy, date: string): SavedPolicy {
  const months = reviewMonths(policy.answers) ?? defaultReviewMonths;
  return { ...policy, status: 'adopted', adoptedOn: date, reviewBy: addMonthsToDate(date, months) };
}

export { reviewDue } from './policyReview';
