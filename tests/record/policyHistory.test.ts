/** Issue 17: the policy's versions are kept, and the one adopted last stays in force while a change is a draft. */
import { describe, expect, it } from 'vitest';
import { policyStoreWords } from '../../src/content/policyStoreWords';
import { newPolicy, savedPolicy, type SavedPolicy } from '../../src/record/policySchema';
import { policyVersionList } from '../../src/record/policyHistory';
import { policyInForce } from '../../src/record/policyInForce';
import { adopted, withAnswers } from '../../src/record/policyVersions';
import { settingsWithPolicy } from '../../src/record/settingsWithPolicy';
import { defaultSettings } from '../../src/record/settingsSchema';
import { completeAnswers } from '../support/policyAnswers';

const written: SavedPolicy = { ...newPolicy(), answers: { ...completeAnswers } as SavedPolicy['answers'] };
const v1 = adopted(written, '2026-01-10');
const v2draft = withAnswers(v1, { ...completeAnswers, monitoringWho: 'nobody' });
const v2 = adopted(v2draft, '2026-06-01');
const v3draft = withAnswers(v2, { ...completeAnswers, incidentLead: 'onCall' });

describe('versions of the policy', () => {
  it('keeps the adopted version when a change starts the next draft, and the schema accepts it', () => {
    expect(v2draft.earlier).toEqual([{ version: 1, answers: v1.answers, adoptedOn: '2026-01-10', reviewBy: '2027-01-10' }]);
    expect(v3draft.earlier?.map((entry) => entry.version)).toEqual([1, 2]);
    expect(savedPolicy.safeParse(v3draft).success).toBe(true);
  });

  it('refuses earlier versions out of order or not below the current one', () => {
    const badOrder = { ...v3draft, earlier: [...(v3draft.earlier ?? [])].reverse() };
    expect(savedPolicy.safeParse(badOrder).error?.issues.map((issue) => issue.message)).toEqual([policyStoreWords.versionsOutOfOrder]);
    expect(savedPolicy.safeParse({ ...v3draft, version: 2 }).success).toBe(false);
  });

  it.each<[string, SavedPolicy, number | undefined, string | undefined]>([
    ['no policy', newPolicy(), undefined, undefined],
    ['a first draft', written, undefined, undefined],
    ['version 1 adopted', v1, 1, '2026-01-10'],
    ['version 2 a draft: version 1 is still in force', v2draft, 1, '2026-01-10'],
    ['version 2 adopted', v2, 2, '2026-06-01'],
    ['version 3 a draft: version 2 is still in force', v3draft, 2, '2026-06-01'],
  ])('with %s, the version in force is %s', (_name, policy, version, adoptedOn) => {
    expect(policyInForce(policy)?.version).toBe(version);
    expect(policyInForce(policy)?.adoptedOn).toBe(adoptedOn);
  });

  it('lists them newest first: the draft, the one in force, then those replaced with the day and the version that replaced them', () => {
    expect(
      policyVersionList(v3draft).map(({ version, state, adoptedOn, replacedOn, replacedBy }) => ({
        version,
        state,
        adoptedOn,
        replacedOn,
        replacedBy,
      })),
    ).toEqual([
      { version: 3, state: 'draft', adoptedOn: undefined, replacedOn: undefined, replacedBy: undefined },
      { version: 2, state: 'inForce', adoptedOn: '2026-06-01', replacedOn: undefined, replacedBy: undefined },
      { version: 1, state: 'replaced', adoptedOn: '2026-01-10', replacedOn: '2026-06-01', replacedBy: 2 },
    ]);
    expect(policyVersionList(newPolicy())).toEqual([]);
  });

  it('the plan still reads the version in force while the next is a draft', () => {
    // Version 2 said nobody keeps an eye online; version 3's draft has not changed that yet.
    expect(settingsWithPolicy(defaultSettings, v3draft).monitoring).toBe('no');
    expect(settingsWithPolicy(defaultSettings, v3draft).socialMediaPolicy.exists).toBe('yes');
  });
});
