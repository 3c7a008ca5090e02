/**
 * Names and numbers from practice settings reach the plan's actions that use them. The table says
 * which roles each action calls on; these tests check it row by row, check it against the words of
 * the actions (a role is listed where the action brings that person in, and only there), and check
 * what the plan shows when a practice has filled in some roles and not others.
 */
import { actions, actionIds, type ActionId } from '../../src/content/actions';
import { detailText } from '../../src/plan/detailLines';
import { actionContactRoles, contactRolesFor, contactsForAction } from '../../src/plan/actionContacts';
import { practiceFactsFrom } from '../../src/record/practiceFacts';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import type { ContactRole } from '../../src/content/settings';

const expected: readonly [ActionId, readonly ContactRole[]][] = [
  ['ringOnCall', ['onCall']],
  ['tellPartnerOnCall', ['onCall', 'practiceManager']],
  ['warnThreatenedPerson', ['onCall']],
  ['involveCaldicottAndDpo', ['caldicottGuardian', 'dataProtectionOfficer']],
  ['askColleagueToTakeDown', ['dataProtectionOfficer']],
  ['filmingInPractice', ['practiceManager', 'dataProtectionOfficer']],
  ['getHrAdvice', ['hrAdviser', 'dataProtectionOfficer']],
  ['followFairProcess', ['hrAdviser', 'dataProtectionOfficer']],
  ['considerWhistleblowing', ['hrAdviser']],
  ['checkLeaverAgreement', ['hrAdviser']],
  ['checkWithDefenceBody', ['defenceBody']],
  ['namedClinicianCallsDefenceBody', ['defenceBody']],
  ['handlePressEnquiry', ['defenceBody']],
  ['reportGoogleReview', ['profileLoginHolder']],
  ['reportNhsReview', ['profileLoginHolder']],
  ['reportReviewFlood', ['profileLoginHolder']],
  ['reportToSite', ['socialMediaLead']],
  ['reportFakeAccount', ['socialMediaLead']],
  ['considerBlocking', ['socialMediaLead']],
  ['keepWatching', ['socialMediaLead']],
  ['setUpMonitoring', ['socialMediaLead']],
  ['replyBriefly', ['socialMediaLead', 'lmc']],
  ['specialAllocationScheme', ['lmc']],
  ['writeSocialMediaPolicy', ['lmc']],
  ['supportGp', ['lmc']],
  ['supportNonClinical', ['lmc']],
  ['supportManager', ['lmc']],
  ['supportColleague', ['lmc']],
  ['respondToCampaign', ['practiceManager']],
  ['significantEventReview', ['lmc', 'defenceBody']],
  ['call999', []],
  ['saveEvidence', []],
  ['lookIntoConcerns', []],
];

describe('which settings roles each action calls on', () => {
  it.each(expected)('%s calls on %j', (id, roles) => {
    expect([...contactRolesFor(id)].sort()).toEqual([...roles].sort());
  });

  it('lists every action that has roles in the table above', () => {
    const tabled = new Set(expected.map(([id]) => id));
    expect(Object.keys(actionContactRoles).filter((id) => !tabled.has(id as ActionId))).toEqual([]);
  });

  it('knows no action ids the content does not have', () => {
    expect(Object.keys(actionContactRoles).filter((id) => !actionIds.includes(id as ActionId))).toEqual([]);
    expect(contactRolesFor('noSuchAction')).toEqual([]);
    expect(contactRolesFor('toString')).toEqual([]);
  });

  /** How each role shows up in an action's words. */
  const mentions: Record<ContactRole, RegExp> = {
    onCall: /on call|on-call/i,
    practiceManager: /manager/i,
    socialMediaLead: /page|account|site|post|alerts/i,
    profileLoginHolder: /Google|NHS website|profile/i,
    dataProtectionOfficer: /data protection officer/i,
    caldicottGuardian: /Caldicott/i,
    hrAdviser: /\bHR\b/,
    defenceBody: /defence body/i,
    lmc: /\bLMC\b/,
  };
  const wordsOf = (id: ActionId) => {
    const action = actions[id];
    return [action.title, ...action.details.map(detailText), action.why].join('\n');
  };

  it('lists a role only where the action itself brings that person in', () => {
    for (const [id, roles] of Object.entries(actionContactRoles) as [ActionId, readonly ContactRole[]][]) {
      for (const role of roles) expect(wordsOf(id), `${id} -> ${role}`).toMatch(mentions[role]);
    }
  });

  it.each([
    ['lmc', /\bLMC\b/],
    ['dataProtectionOfficer', /data protection officer/i],
    ['caldicottGuardian', /Caldicott guardian/i],
    ['hrAdviser', /HR adviser/],
    ['onCall', /on call|on-call/i],
  ] as const)('lists %s wherever an action names that person', (role, named) => {
    const missing = actionIds.filter((id) => named.test(wordsOf(id)) && !contactRolesFor(id).includes(role));
    expect(missing).toEqual([]);
  });
});

describe('the names and numbers an action shows', () => {
  const settings: PracticeSettings = {
    ...defaultSettings,
    contacts: {
      onCall: { name: 'Dr A. Partner', phone: '01632 960001' },
      caldicottGuardian: { name: 'Dr C. Guardian' },
      dataProtectionOfficer: { phone: '01632 960456' },
      hrAdviser: { name: '  ', phone: '' },
    },
  };

  it.each([
    ['ringOnCall', [{ role: 'onCall', contact: 'Dr A. Partner, 01632 960001' }]],
    [
      'involveCaldicottAndDpo',
      [
        { role: 'dataProtectionOfficer', contact: '01632 960456' },
        { role: 'caldicottGuardian', contact: 'Dr C. Guardian' },
      ],
    ],
    ['getHrAdvice', [{ role: 'dataProtectionOfficer', contact: '01632 960456' }]],
    ['checkWithDefenceBody', []],
    ['saveEvidence', []],
  ] as const)('%s shows %j', (id, shown) => {
    expect(contactsForAction(settings, id)).toEqual(shown);
  });

  it('shows nothing without settings', () => {
    for (const id of actionIds) expect(contactsForAction(undefined, id)).toEqual([]);
  });
});

describe('practice facts from settings', () => {
  it.each([
    ['no settings', undefined, {}],
    ['nothing answered', defaultSettings, {}],
    ['a policy', { ...defaultSettings, socialMediaPolicy: { exists: 'yes' } }, { policy: 'yes' }],
    ['no one watching', { ...defaultSettings, monitoring: 'no' }, { monitoring: 'no' }],
    [
      'both',
      { ...defaultSettings, socialMediaPolicy: { exists: 'notSure', whereKept: 'Shared drive' }, monitoring: 'yes' },
      { policy: 'notSure', monitoring: 'yes' },
    ],
  ] as const)('%s', (_name, settings, facts) => {
    expect(practiceFactsFrom(settings as PracticeSettings | undefined)).toEqual(facts);
  });
});
