/** Issue 17: an adopted "Be prepared" policy answers what the plan would otherwise ask of settings. */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/plan/recommend';
import { practiceFactsFrom } from '../../src/record/practiceFacts';
import { newPolicy, type SavedPolicy } from '../../src/record/policySchema';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import { settingsWithPolicy } from '../../src/record/settingsWithPolicy';
import { mildReview } from '../support/walk';

const adopted = (answers: SavedPolicy['answers']): SavedPolicy => ({
  ...newPolicy(),
  answers,
  status: 'adopted',
  adoptedOn: '2026-11-30',
  reviewBy: '2027-11-30',
});

const settings = (overrides: Partial<PracticeSettings> = {}): PracticeSettings => ({ ...defaultSettings, ...overrides });

describe('settings as the plan sees them with the practice policy', () => {
  it.each([
    ['no policy saved', settings(), undefined, undefined, undefined],
    [
      'a draft policy counts for nothing',
      settings(),
      { ...newPolicy(), answers: { monitoringWho: 'practiceManager' } },
      undefined,
      undefined,
    ],
    ['an adopted policy naming who monitors', settings(), adopted({ monitoringWho: 'practiceManager' }), 'yes', 'yes'],
    ['an adopted policy where nobody monitors', settings(), adopted({ monitoringWho: 'nobody' }), 'yes', 'no'],
    [
      'an adopted policy leaves a monitoring answer given in settings',
      settings({ monitoring: 'no' }),
      adopted({ monitoringWho: 'practiceManager' }),
      'yes',
      'no',
    ],
    [
      'an adopted policy counts even if settings said there was none',
      settings({ socialMediaPolicy: { exists: 'no' } }),
      adopted({}),
      'yes',
      undefined,
    ],
  ] as const)('%s', (_, given, policy, policyExists, monitoring) => {
    const facts = practiceFactsFrom(settingsWithPolicy(given, policy as SavedPolicy | undefined));
    expect(facts.policy).toBe(policyExists ?? given.socialMediaPolicy.exists);
    expect(facts.monitoring).toBe(monitoring);
  });

  it('turns "write a social media policy" into "review it" in the plan', () => {
    const ids = (policy: SavedPolicy | undefined) =>
      recommend(mildReview, practiceFactsFrom(settingsWithPolicy(settings(), policy))).groups.flatMap((group) =>
        group.actions.map((action) => action.id),
      );
    expect(ids(undefined)).toContain('writeSocialMediaPolicy');
    expect(ids(undefined)).not.toContain('reviewSocialMediaPolicy');
    expect(ids(adopted({ monitoringWho: 'practiceManager' }))).toContain('reviewSocialMediaPolicy');
    expect(ids(adopted({ monitoringWho: 'practiceManager' }))).not.toContain('writeSocialMediaPolicy');
    expect(ids(adopted({ monitoringWho: 'practiceManager' }))).not.toContain('setUpMonitoring');
  });
});
