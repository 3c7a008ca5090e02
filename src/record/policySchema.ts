/**
 * The practice's saved social media policy, schema version 1: the builder's answers and where the
 * policy stands (version, draft or adopted, the dates), with the versions adopted before it. The
 * written policy itself is not stored: it is worked out from the answers each time, so an improved
 * clause reaches every practice.
 *
 * Checked every time it is read. Answers are kept leniently (any question id, text or a list of
 * text), because a later version may retire a question; src/plan/policyAnswers.ts ignores what it
 * does not know.
 */
import * as z from 'zod/mini';
import { policyStoreWords } from '../content/policyStoreWords';

export const policySchemaVersion = 1;

const errors = policyStoreWords;

/** A real calendar date written YYYY-MM-DD. */
const calendarDate = z.string().check(
  z.refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, errors.badDate),
);

const answers = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/**
 * An earlier version the partners adopted, kept when a change started the next one: what the
 * practice agreed stays on record, and stays in force until the next version is adopted.
 */
export const earlierPolicyVersion = z.object({
  version: z.int({ error: errors.badVersion }).check(z.minimum(1, errors.badVersion)),
  answers,
  adoptedOn: calendarDate,
  reviewBy: calendarDate,
});

export type EarlierPolicyVersion = z.infer<typeof earlierPolicyVersion>;

export const savedPolicy = z
  .object({
    schemaVersion: z.literal(policySchemaVersion, { error: errors.schemaVersion }),
    answers,
    version: z.int({ error: errors.badVersion }).check(z.minimum(1, errors.badVersion)),
    status: z.enum(['draft', 'adopted']),
    adoptedOn: z.optional(calendarDate),
    reviewBy: z.optional(calendarDate),
    /** Adopted versions before this one, oldest first. Optional: policies saved before it read as none. */
    earlier: z.optional(z.array(earlierPolicyVersion).check(z.maxLength(500))),
    /** Goes up by one on every save; a save from a page that loaded an older revision is refused. */
    revision: z.optional(z.int().check(z.nonnegative())),
  })
  .check(
    z.refine((policy) => policy.status === 'draft' || (policy.adoptedOn !== undefined && policy.reviewBy !== undefined), {
      error: errors.adoptedNeedsDate,
      path: ['adoptedOn'],
    }),
    z.refine((policy) => versionsInOrder(policy.earlier ?? [], policy.version), { error: errors.versionsOutOfOrder, path: ['earlier'] }),
  );

/** Earlier versions go up one by one (or more, if some drafts were never adopted) and stay below the current one. */
function versionsInOrder(earlier: readonly EarlierPolicyVersion[], current: number): boolean {
  const versions = [...earlier.map((entry) => entry.version), current];
  return versions.every((version, index) => index === 0 || version > (versions[index - 1] ?? 0));
}

export type SavedPolicy = z.infer<typeof savedPolicy>;

/** A new policy: version 1, a draft with no answers yet. */
export function newPolicy(): SavedPolicy {
  return { schemaVersion: policySchemaVersion, answers: {}, version: 1, status: 'draft' };
}
