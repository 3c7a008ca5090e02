import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { policyUi } from '../../src/content/policyUi';
import { openDatabase, type Database } from '../../src/record/database';
import { newPolicy, savedPolicy, type SavedPolicy } from '../../src/record/policySchema';
import {
  indexedDbPolicyStore,
  InvalidPolicyError,
  memoryPolicyStore,
  PolicyConflictError,
  policyKey,
  unreadablePolicyKey,
  type PolicyStore,
} from '../../src/record/policyStore';
import { adopted, reviewDue, withAnswers } from '../../src/record/policyVersions';
import { practiceSettingsKey } from '../../src/record/settingsStore';
import { completeAnswers } from '../support/policyAnswers';

function freshDatabase(): Promise<Database> {
  return openDatabase(`test-${crypto.randomUUID()}`);
}

const written: SavedPolicy = { ...newPolicy(), answers: { ...completeAnswers } as SavedPolicy['answers'] };

describe('the saved policy schema', () => {
  it('accepts a new draft and an adopted policy with its dates', () => {
    expect(savedPolicy.safeParse(newPolicy()).success).toBe(true);
    expect(savedPolicy.safeParse({ ...written, status: 'adopted', adoptedOn: '2026-11-30', reviewBy: '2027-11-30' }).success).toBe(true);
  });

  it.each([
    ['an adopted policy with no dates', { status: 'adopted' }, policyUi.store.adoptedNeedsDate],
    ['a date that is not real', { adoptedOn: '2026-02-30' }, policyUi.store.badDate],
    ['version 0', { version: 0 }, policyUi.store.badVersion],
    ['another schema version', { schemaVersion: 2 }, policyUi.store.schemaVersion],
  ])('refuses %s, in plain words', (_name, change, message) => {
    const result = savedPolicy.safeParse({ ...written, ...change });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('versions', () => {
  it('adopting sets the date and a review date from the interval chosen', () => {
    expect(adopted(written, '2026-11-30')).toMatchObject({
      status: 'adopted',
      adoptedOn: '2026-11-30',
      reviewBy: '2027-11-30',
      version: 1,
    });
    const twoYears = { ...written, answers: { ...written.answers, reviewInterval: 'everyTwoYears' } };
    expect(adopted(twoYears, '2026-11-30').reviewBy).toBe('2028-11-30');
  });

  it('changing an adopted policy starts the next version as a draft; the same answers change nothing', () => {
    const agreed = adopted(written, '2026-11-30');
    expect(withAnswers(agreed, { ...completeAnswers })).toBe(agreed);
    const changed = withAnswers(agreed, { ...completeAnswers, retention: 'askDpo' });
    expect(changed).toMatchObject({ version: 2, status: 'draft' });
    expect(changed).not.toHaveProperty('adoptedOn');
    expect(changed).not.toHaveProperty('reviewBy');
    expect(withAnswers(changed, { retention: 'practiceSchedule' }).version).toBe(2);
  });
});

describe('the review reminder', () => {
  const agreed = adopted(written, '2026-11-30');
  it.each([
    ['the day before the review date', '2027-11-29', false],
    ['on the review date', '2027-11-30', false],
    ['the day after', '2027-12-01', true],
  ])('is not due %s, and due after it (%s: %s)', (_when, today, due) => {
    expect(reviewDue(agreed, today)).toBe(due);
  });

  it('is never due for a draft or when there is no policy', () => {
    expect(reviewDue(written, '2099-01-01')).toBe(false);
    expect(reviewDue(undefined, '2099-01-01')).toBe(false);
  });
});

describe.each([
  ['in memory', async () => ({ store: memoryPolicyStore() as PolicyStore })],
  ['in IndexedDB', async () => ({ store: indexedDbPolicyStore(await freshDatabase()) })],
])('the policy store %s', (_name, open) => {
  it('has nothing to say when no policy has been saved', async () => {
    const { store } = await open();
    expect(await store.load()).toEqual({ policy: undefined });
  });

  it('saves, counts revisions, and reads back what it saved', async () => {
    const { store } = await open();
    const first = await store.save(written);
    expect(first.revision).toBe(1);
    const second = await store.save(adopted(first, '2026-11-30'));
    expect(second.revision).toBe(2);
    expect((await store.load()).policy).toEqual(second);
  });

  it('refuses a save from a page that loaded an older revision, and keeps the newer one', async () => {
    const { store } = await open();
    const saved = await store.save(written);
    await store.save({ ...saved, answers: { retention: 'askDpo' } });
    await expect(store.save({ ...saved, answers: {} })).rejects.toBeInstanceOf(PolicyConflictError);
    expect((await store.load()).policy?.answers).toEqual({ retention: 'askDpo' });
  });

  it('refuses a policy that does not pass the checks, naming the problem, and writes nothing', async () => {
    const { store } = await open();
    const error = await store.save({ ...written, status: 'adopted' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidPolicyError);
    expect((error as InvalidPolicyError).problems).toEqual([policyUi.store.adoptedNeedsDate]);
    expect(await store.load()).toEqual({ policy: undefined });
  });
});

describe('a stored policy that cannot be read', () => {
  const damaged = { schemaVersion: 1, answers: 'not a record', version: 'two', status: 'adopted' };

  it('is reported in words and handed back untouched, in memory', async () => {
    const store = memoryPolicyStore(damaged);
    expect(await store.load()).toEqual({ policy: undefined, problem: policyUi.store.loadProblem, unreadable: damaged });
  });

  it('is moved aside, not lost, when a new policy is saved over it (IndexedDB)', async () => {
    const db = await freshDatabase();
    await db.put('settings', damaged, policyKey);
    const store = indexedDbPolicyStore(db);
    const loaded = await store.load();
    expect(loaded.problem).toBe(policyUi.store.loadProblem);
    expect(loaded.unreadable).toEqual(damaged);

    const saved = await store.save(written);
    expect(saved.revision).toBe(1);
    expect(await db.get('settings', unreadablePolicyKey)).toEqual(damaged);
    expect((await store.load()).policy).toEqual(saved);
  });

  it('is moved aside in memory too', async () => {
    const store = memoryPolicyStore(damaged);
    await store.save(written);
    expect(store.setAside()).toEqual(damaged);
  });

  it('lives beside the practice settings without touching them', async () => {
    const db = await freshDatabase();
    await db.put('settings', { kept: true }, practiceSettingsKey);
    await indexedDbPolicyStore(db).save(written);
    expect(await db.get('settings', practiceSettingsKey)).toEqual({ kept: true });
  });
});
