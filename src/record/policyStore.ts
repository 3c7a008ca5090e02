/**
 * Where the practice's social media policy is kept: in the database's `settings` store under its
 * own key, beside the practice settings, or in memory when the browser will not give the app
 * storage. Like settings, it is checked on every read and every save carries a revision, so a
 * second tab cannot overwrite newer work.
 *
 * Nothing is ever lost: a stored policy that cannot be read is reported in words and handed back
 * as it was (to download), and the first save over it moves it aside under a key of its own.
 */
import { policyStoreWords } from '../content/policyStoreWords';
import type { Database } from './database';
import { savedPolicy, type SavedPolicy } from './policySchema';

/** The key in the database's `settings` store. */
export const policyKey = 'socialMediaPolicy';
/** Where an unreadable policy is moved before a new one is saved over it. */
export const unreadablePolicyKey = 'socialMediaPolicy.unreadable';

export interface LoadedPolicy {
  /** The saved policy, or undefined when none has been saved (or it could not be read). */
  readonly policy: SavedPolicy | undefined;
  /** Plain words for the page when a policy was there but could not be used. */
  readonly problem?: string;
  /** What was stored, exactly, when it could not be read: for "Download the raw data". */
  readonly unreadable?: unknown;
}

export interface PolicyStore {
  load(): Promise<LoadedPolicy>;
  /**
   * Rejects with InvalidPolicyError if the policy does not pass the checks, and with
   * PolicyConflictError if another tab saved since `policy.revision` was loaded; nothing is written
   * then. Resolves with the policy as stored, carrying its new revision.
   */
  save(policy: SavedPolicy): Promise<SavedPolicy>;
}

export class InvalidPolicyError extends Error {
  override readonly name = 'InvalidPolicyError';
  constructor(readonly problems: readonly string[]) {
    super(`${policyStoreWords.invalid} ${problems.join('; ')}`);
  }
}

export class PolicyConflictError extends Error {
  override readonly name = 'PolicyConflictError';
  constructor(readonly storedRevision: number) {
    super(policyStoreWords.conflict);
  }
}

function revisionOf(stored: unknown): number {
  if (typeof stored !== 'object' || stored === null || !('revision' in stored)) return 0;
  const revision = stored.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

function checked(policy: SavedPolicy): SavedPolicy {
  const result = savedPolicy.safeParse(policy);
  if (!result.success) throw new InvalidPolicyError([...new Set(result.error.issues.map((issue) => issue.message))]);
  return result.data;
}

function fromStored(stored: unknown): LoadedPolicy {
  if (stored === undefined) return { policy: undefined };
  const result = savedPolicy.safeParse(stored);
  if (result.success) return { policy: result.data };
  return { policy: undefined, problem: policyStoreWords.loadProblem, unreadable: stored };
}

/** Whether what is stored is a policy this version can read (nothing stored counts as readable). */
function readable(stored: unknown): boolean {
  return stored === undefined || savedPolicy.safeParse(stored).success;
}

/** The policy to write over `stored`, one revision on; refused if `stored` has moved on. */
function nextPolicy(stored: unknown, policy: SavedPolicy): SavedPolicy {
  const valid = checked(policy);
  const current = readable(stored) ? revisionOf(stored) : 0;
  const expected = policy.revision ?? 0;
  if (current !== expected) throw new PolicyConflictError(current);
  return { ...valid, revision: current + 1 };
}

export async function loadPolicy(db: Database): Promise<LoadedPolicy> {
  try {
    return fromStored(await db.get('settings', policyKey));
  } catch (error) {
    return { policy: undefined, problem: policyStoreWords.loadProblem, unreadable: String(error) };
  }
}

export async function savePolicy(db: Database, policy: SavedPolicy): Promise<SavedPolicy> {
  checked(policy);
  // Read, set aside and write in one transaction, so two tabs saving at once cannot both pass.
  const tx = db.transaction('settings', 'readwrite');
  const stored: unknown = await tx.store.get(policyKey);
  const next = nextPolicy(stored, policy);
  if (!readable(stored)) await tx.store.put(stored, unreadablePolicyKey);
  await tx.store.put(next, policyKey);
  await tx.done;
  return next;
}

export function indexedDbPolicyStore(db: Database): PolicyStore {
  return {
    load: () => loadPolicy(db),
    save: (policy) => savePolicy(db, policy),
  };
}

/**
 * A policy kept in memory for this visit only. `stored` stands in for what the database held, so
 * tests can start it with anything, readable or not; `setAside` shows what a save moved aside.
 */
export function memoryPolicyStore(stored?: unknown): PolicyStore & { readonly setAside: () => unknown } {
  let value: unknown = stored;
  let aside: unknown = undefined;
  return {
    load: async () => fromStored(value),
    save: async (policy) => {
      const next = nextPolicy(value, policy);
      if (!readable(value)) aside = value;
      value = next;
      return next;
    },
    setAside: () => aside,
  };
}
