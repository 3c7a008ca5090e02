import fc from 'fast-check';
import { conditions } from '../../machines/conditions';
import { actionIds, actions, type ActionId } from '../../src/content/actions';
import { notToDo } from '../../src/content/notToDo';
import { questionIds, questions, type Answers } from '../../src/content/questions';
import { sourceRefListSchema, textSchema } from '../../src/content/schema';
import { sourceIds } from '../../src/content/sources';
import type { DetailLine } from '../../src/content/types';
import { detailText } from '../../src/plan/detailLines';
import { recommend } from '../../src/plan/recommend';
import type { Plan } from '../../src/plan/types';
import { urgencies } from '../../src/content/urgency';
import { situationIncidents, type Incident } from './situationIncidents';

/** Any combination of answers, from the real option values; any question may be unanswered. */
const arbitraryAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    questionIds.map((id) => {
      const question = questions[id];
      if (question.kind === 'radio') {
        return [id, fc.constantFrom(...question.options.map((o) => o.value))];
      }
      if (question.kind === 'checkbox') {
        return [id, fc.subarray(question.options.map((o) => o.value))];
      }
      return [id, fc.string()];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

function ids(plan: Plan): string[] {
  return plan.groups.flatMap((group) => group.actions.map((action) => action.id));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const coreIncidents: readonly Incident[] = [
  {
    name: 'mild review on Google about getting an appointment',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'googleReviews',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-25T09:30',
      description: 'One star, says they could not get through on the phone at 8am.',
      evidenceSaved: 'saved',
      reason: 'access',
      tone: 'criticism',
      decision: 'reply',
      rulesBroken: ['none'],
    },
    practice: { policy: 'yes', monitoring: 'yes' },
    must: [
      'keepSavedEvidence',
      'tellPartnerOnCall',
      'replyBriefly',
      'lookIntoConcerns',
      'reviewSocialMediaPolicy',
      'significantEventReview',
    ],
    mustNot: [
      'call999',
      'reportToPolice',
      'keepStaffSafeToday',
      'saveEvidence',
      'ringOnCall',
      'reportGoogleReview',
      'escalateToRhc',
      'considerBlocking',
      'giveFactsToPolice',
      'tellTargetedColleague',
      'setUpMonitoring',
      'writeSocialMediaPolicy',
    ],
    dontDo: ['arguingOnline', 'reportingJustToDisagree', 'lookingUpPoster', 'actingInConsultationOrRemoving'],
    notDontDo: ['suingFirst', 'decidingDisciplineNow', 'sharingScreenshots'],
  },
  {
    name: 'abuse naming a receptionist on the practice Facebook page',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'ownPage',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-25T11:05',
      description: 'Calls the receptionist by name and swears at her.',
      evidenceSaved: 'notYet',
      reason: 'manner',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'nonClinical',
    },
    must: [
      'saveEvidence',
      'tellPartnerOnCall',
      'tellTargetedColleague',
      'reportToSite',
      'escalateToRhc',
      'considerBlocking',
      'keepWatching',
      'giveFactsToPolice',
      'supportNonClinical',
      'setUpMonitoring',
      'writeSocialMediaPolicy',
    ],
    mustNot: [
      'call999',
      'reportToPolice',
      'keepStaffSafeToday',
      'keepSavedEvidence',
      'replyBriefly',
      'supportGp',
      'supportClinician',
      'reportGoogleReview',
      'lookIntoConcerns',
    ],
    dontDo: ['reportingBeforeSaving', 'staffDefending', 'suingFirst'],
  },
  {
    name: 'threat to a GP in the car park',
    answers: {
      danger: 'yes',
      risks: ['threat', 'incitement'],
      awayChoice: 'continue',
      platform: 'x',
      about: ['colleague'],
      author: 'recognised',
      patientInfo: 'no',
      foundAt: '2026-11-25T13:40',
      description: 'Says he will be waiting for Dr A by her car tonight.',
      evidenceSaved: 'notYet',
      reason: 'clinical',
      ownCare: 'no',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
    },
    must: [
      'call999',
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'tellTargetedColleague',
      'reportToSite',
      'escalateToRhc',
      'considerBlocking',
      'giveFactsToPolice',
      'supportGp',
    ],
    mustNot: ['tellPartnerOnCall', 'replyBriefly', 'clinicianReviewToday', 'supportNonClinical', 'finishOnPracticePc'],
    dontDo: ['actingInConsultationOrRemoving', 'lookingUpPoster'],
  },
  {
    name: 'racist abuse of a colleague on Instagram',
    answers: {
      danger: 'no',
      awayChoice: 'continue',
      platform: 'instagram',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-24T16:00',
      evidenceSaved: 'saved',
      reason: 'manner',
      tone: 'abuse',
      decision: 'monitor',
      risks: ['hate'],
      rulesBroken: ['namesStaff'],
      targetRole: 'clinician',
    },
    // Hate is asked with the safety questions: the police (101 or True Vision) hear about it.
    must: [
      'keepSavedEvidence',
      'reportToPolice',
      'askPoliceBeforeRemoving',
      'reportToSite',
      'escalateToRhc',
      'considerBlocking',
      'giveFactsToPolice',
      'tellTargetedColleague',
      'supportClinician',
      'writeSocialMediaPolicy',
      'setUpMonitoring',
    ],
    mustNot: ['call999', 'keepStaffSafeToday', 'warnThreatenedPerson', 'saveEvidence', 'lookIntoConcerns', 'replyBriefly', 'supportGp'],
  },
  {
    name: "GP's home address posted on another site",
    answers: {
      danger: 'no',
      risks: ['personalDetails', 'harassment'],
      awayChoice: 'continue',
      platform: 'other',
      about: ['colleague'],
      author: 'unknown',
      patientInfo: 'no',
      foundAt: '2026-11-25T08:15',
      evidenceSaved: 'notYet',
      reason: 'unclear',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['none'],
      targetRole: 'gp',
    },
    must: [
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'reportToSite',
      'escalateToRhc',
      'giveFactsToPolice',
      'tellTargetedColleague',
      'supportGp',
      'keepWatching',
    ],
    mustNot: ['call999', 'tellPartnerOnCall', 'considerBlocking', 'replyBriefly'],
    dontDo: ['lookingUpPoster'],
    notDontDo: ['actingInConsultationOrRemoving'],
  },
  {
    name: 'post in a local community group we do not run',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'localGroup',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-23T19:20',
      evidenceSaved: 'saved',
      reason: 'access',
      tone: 'criticism',
      decision: 'complaint',
      rulesBroken: ['none'],
    },
    must: ['groupWeDontRun', 'handleAsComplaint', 'lookIntoConcerns', 'keepSavedEvidence', 'tellPartnerOnCall', 'setUpMonitoring'],
    mustNot: ['replyBriefly', 'reportToSite', 'escalateToRhc', 'considerBlocking', 'keepWatching', 'tellTargetedColleague'],
  },
  {
    name: 'current member of staff complaining about the practice',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'other',
      about: ['practice'],
      author: 'currentStaff',
      patientInfo: 'no',
      foundAt: '2026-11-25T10:00',
      evidenceSaved: 'saved',
      reason: 'access',
      tone: 'criticism',
      decision: 'monitor',
      rulesBroken: ['none'],
      staffConcern: 'notSure',
    },
    must: ['getHrAdvice', 'considerWhistleblowing', 'followFairProcess', 'keepWatching', 'writeSocialMediaPolicy'],
    mustNot: ['lookIntoConcerns', 'checkLeaverAgreement', 'handleAsComplaint', 'replyBriefly', 'reportToSite', 'giveFactsToPolice'],
    dontDo: ['decidingDisciplineNow'],
    notDontDo: ['lookingUpPoster', 'actingInConsultationOrRemoving'],
  },
  {
    name: 'former employee naming the manager in a Google review',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'googleReviews',
      about: ['practice', 'colleague'],
      author: 'formerStaff',
      patientInfo: 'no',
      foundAt: '2026-11-22T12:00',
      evidenceSaved: 'saved',
      reason: 'manner',
      tone: 'criticism',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'manager',
    },
    must: ['getHrAdvice', 'checkLeaverAgreement', 'reportGoogleReview', 'tellTargetedColleague', 'supportManager'],
    // Naming someone is not one of Report Harmful Content's eight harms.
    mustNot: ['followFairProcess', 'considerWhistleblowing', 'reportToSite', 'lookIntoConcerns', 'supportColleague', 'escalateToRhc'],
    notDontDo: ['decidingDisciplineNow', 'reportingJustToDisagree'],
  },
  {
    name: 'member of staff posting about a patient on TikTok',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'tiktok',
      about: ['patient'],
      author: 'currentStaff',
      patientInfo: 'yes',
      foundAt: '2026-11-25T15:10',
      evidenceSaved: 'notYet',
      reason: 'unclear',
      tone: 'criticism',
      decision: 'monitor',
      rulesBroken: ['none'],
      staffConcern: 'no',
    },
    must: ['saveEvidence', 'askColleagueToTakeDown', 'involveCaldicottAndDpo', 'getHrAdvice', 'followFairProcess', 'reportToSite'],
    mustNot: ['considerWhistleblowing', 'tellTargetedColleague', 'lookIntoConcerns', 'considerBlocking', 'reportToPolice', 'escalateToRhc'],
    dontDo: ['sharingScreenshots', 'decidingDisciplineNow', 'disclosingPatientInfo'],
  },
  {
    name: 'screenshot of a post about a colleague shared in the staff WhatsApp group',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'colleagueScreenshot',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'notSure',
      foundAt: '2026-11-25T12:30',
      evidenceSaved: 'saved',
      reason: 'manner',
      tone: 'criticism',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'nonClinical',
    },
    must: ['findOriginalPost', 'involveCaldicottAndDpo', 'reportToSite', 'tellTargetedColleague', 'supportNonClinical', 'keepWatching'],
    mustNot: ['considerBlocking', 'replyBriefly', 'reportToPolice'],
    dontDo: ['sharingScreenshots'],
  },
  {
    name: 'vaccine misinformation on our own page',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'ownPage',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-25T09:00',
      evidenceSaved: 'notYet',
      reason: 'misinformation',
      tone: 'criticism',
      decision: 'reply',
      rulesBroken: ['none'],
    },
    must: ['saveEvidence', 'checkWithDefenceBody', 'replyBriefly'],
    mustNot: ['lookIntoConcerns', 'reportToSite', 'considerBlocking', 'keepWatching', 'giveFactsToPolice'],
    dontDo: ['suingFirst'],
  },
  {
    name: 'pile-on after a story in the local news',
    answers: {
      danger: 'no',
      risks: ['harassment', 'incitement'],
      awayChoice: 'continue',
      platform: 'ownPage',
      about: ['practice', 'colleague'],
      author: 'unknown',
      patientInfo: 'no',
      foundAt: '2026-11-25T07:50',
      evidenceSaved: 'saved',
      reason: 'clinical',
      ownCare: 'notSure',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
    },
    must: [
      'keepStaffSafeToday',
      'reportToPolice',
      'ringOnCall',
      'considerBlocking',
      'reportToSite',
      'clinicianReviewToday',
      'giveFactsToPolice',
      'supportGp',
      'keepWatching',
    ],
    mustNot: ['call999', 'replyBriefly', 'tellPartnerOnCall', 'lookIntoConcerns'],
  },
  {
    name: 'patient describing their own care and demanding a reply',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'ownPage',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-25T14:20',
      evidenceSaved: 'saved',
      reason: 'clinical',
      ownCare: 'yes',
      tone: 'criticism',
      decision: 'complaint',
      rulesBroken: ['none'],
    },
    must: ['clinicianReviewToday', 'handleAsComplaint', 'lookIntoConcerns'],
    mustNot: ['replyBriefly', 'involveCaldicottAndDpo', 'reportToSite', 'considerBlocking', 'keepWatching'],
    dontDo: ['actingInConsultationOrRemoving', 'lookingUpPoster', 'disclosingPatientInfo', 'suingFirst'],
  },
  {
    name: 'found at home on Saturday night, urgent steps only',
    answers: { danger: 'no', risks: ['harassment'], awayChoice: 'urgentOnly' },
    must: ['saveEvidence', 'reportToPolice', 'ringOnCall', 'finishOnPracticePc'],
    mustNot: [
      'call999',
      'keepStaffSafeToday',
      'tellPartnerOnCall',
      'significantEventReview',
      'setUpMonitoring',
      'writeSocialMediaPolicy',
      'giveFactsToPolice',
      'reportToSite',
    ],
    dontDo: ['reportingBeforeSaving', 'arguingOnline', 'replyingPersonally'],
    notDontDo: ['suingFirst', 'staffDefending'],
  },
  {
    name: 'threat found at home, urgent steps only',
    answers: { danger: 'yes', risks: ['threat'], patientInfo: 'no', awayChoice: 'urgentOnly' },
    // Critical: the person threatened is warned tonight, not when they next come in.
    must: ['call999', 'warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'reportToPolice', 'ringOnCall', 'finishOnPracticePc'],
    mustNot: ['tellPartnerOnCall', 'significantEventReview', 'involveCaldicottAndDpo'],
  },
  {
    name: 'NHS website review naming a nurse',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'nhsWebsite',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-21T17:45',
      evidenceSaved: 'saved',
      reason: 'manner',
      tone: 'criticism',
      decision: 'reply',
      rulesBroken: ['namesStaff'],
      targetRole: 'clinician',
    },
    must: ['reportNhsReview', 'replyBriefly', 'tellTargetedColleague', 'supportClinician', 'lookIntoConcerns'],
    mustNot: ['reportToSite', 'reportGoogleReview', 'escalateToRhc', 'considerBlocking'],
    notDontDo: ['reportingJustToDisagree'],
  },
  {
    name: 'post already taken down when a relative complained about phone waits',
    answers: {
      danger: 'no',
      risks: ['none'],
      awayChoice: 'continue',
      platform: 'ownPage',
      about: ['practice'],
      author: 'relative',
      patientInfo: 'no',
      foundAt: '2026-11-22T21:00',
      evidenceSaved: 'gone',
      reason: 'access',
      tone: 'criticism',
      decision: 'monitor',
      rulesBroken: ['none'],
    },
    must: ['recordWhatWasSeen', 'keepWatching', 'lookIntoConcerns', 'tellPartnerOnCall', 'significantEventReview'],
    mustNot: ['saveEvidence', 'keepSavedEvidence', 'finishOnPracticePc', 'ringOnCall'],
    notDontDo: ['reportingBeforeSaving'],
  },
];

const incidents: readonly Incident[] = [...coreIncidents, ...situationIncidents];

describe('recommend: realistic incidents', () => {
  it.each(incidents)('$name', ({ answers, practice = {}, must, mustNot, dontDo = [], notDontDo = [] }) => {
    const plan = recommend(answers, practice);
    const got = ids(plan);
    expect(got).toEqual(expect.arrayContaining([...must]));
    for (const id of mustNot) expect(got, `should not contain ${id}`).not.toContain(id);

    // The plan's own warnings: recommend() builds them with notToDoFor(), so comparing the two checked nothing.
    const dontDoIds = plan.notToDo.map((item) => item.id);
    expect(dontDoIds).toEqual(expect.arrayContaining([...dontDo]));
    for (const id of notDontDo) expect(dontDoIds, `should not warn ${id}`).not.toContain(id);
  });

  it.each(incidents)('$name: groups are non-empty, in order, with no repeats', ({ answers }) => {
    const plan = recommend(answers);
    const order = plan.groups.map((group) => urgencies.indexOf(group.urgency));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    for (const group of plan.groups) {
      expect(group.actions.length).toBeGreaterThan(0);
      for (const action of group.actions) expect(action.urgency).toBe(group.urgency);
    }
    expect(new Set(ids(plan)).size).toBe(ids(plan).length);
  });

  it('together the incidents (plus the unknown-role fallback) use every action in the content', () => {
    const used = new Set(incidents.flatMap(({ answers, practice = {} }) => ids(recommend(answers, practice))));
    for (const id of ids(recommend({ about: ['colleague'] }))) used.add(id);
    expect(actionIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it('puts the whole mild review plan in the expected groups', () => {
    const plan = recommend(incidents[0]!.answers, incidents[0]!.practice);
    expect(plan.emergency).toBe(false);
    expect(plan.urgentOnly).toBe(false);
    expect(plan.groups.map((group) => group.urgency)).toEqual(['withinHours', 'nextDays', 'prepare']);
  });

  it('leads the threat plan with the 999 card, then same-day safety', () => {
    const plan = recommend(incidents[2]!.answers);
    expect(plan.emergency).toBe(true);
    expect(plan.groups[0]!.actions.map((action) => action.id).slice(0, 3)).toEqual([
      'call999',
      'warnThreatenedPerson',
      'keepStaffSafeToday',
    ]);
    expect(plan.groups[0]!.actions[0]!.emergency).toBe(true);
    expect(plan.groups.flatMap((group) => group.actions).filter((action) => action.emergency)).toHaveLength(1);
  });
});

describe('recommend: nobody threatened is left unwarned', () => {
  it('on every route, a threat or posted personal details warns that person and keeps staff safe today', () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.constantFrom('threat' as const, 'personalDetails' as const, 'incitement' as const),
        (answers, risk) => {
          const got = ids(recommend({ ...answers, risks: [...(answers.risks ?? []).filter((r) => r !== 'none'), risk] }));
          expect(got).toContain('warnThreatenedPerson');
          expect(got).toContain('keepStaffSafeToday');
          expect(got.indexOf('warnThreatenedPerson')).toBeLessThan(got.indexOf('keepStaffSafeToday'));
        },
      ),
    );
  });

  it('on every route, a "yes" to danger (which includes a threat to kill or seriously hurt) warns too', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const got = ids(recommend({ ...answers, danger: 'yes' }));
        expect(got).toContain('warnThreatenedPerson');
        expect(got).toContain('keepStaffSafeToday');
      }),
    );
  });

  it('on the urgent route, patient information shown always brings in the DPO, because 72 hours run through weekends', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom('yes' as const, 'notSure' as const), (answers, patientInfo) => {
        const got = ids(recommend({ ...answers, patientInfo, awayChoice: 'urgentOnly' }));
        expect(got).toContain('involveCaldicottAndDpo');
      }),
    );
  });

  it("never treats a patient's or relative's post about their own family as the practice's breach", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const got = ids(recommend({ ...answers, patientInfo: 'ownFamily' }));
        expect(got).not.toContain('involveCaldicottAndDpo');
      }),
    );
  });

  it('never sends a review that only names a member of staff to Report Harmful Content', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const namesOnly: Answers = { ...answers, risks: ['none'], rulesBroken: ['namesStaff'], situations: ['none'], tone: 'criticism' };
        expect(ids(recommend(namesOnly))).not.toContain('escalateToRhc');
      }),
    );
  });
});

describe('recommend: danger and the emergency card', () => {
  it('whenever danger is yes, the first action of the first group is calling 999', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const plan = recommend({ ...answers, danger: 'yes' });
        const first = plan.groups[0]?.actions[0];
        expect(plan.emergency).toBe(true);
        expect(plan.groups[0]?.urgency).toBe('now');
        expect(first?.id).toBe('call999');
        expect(first?.emergency).toBe(true);
      }),
    );
  });

  it('whenever danger is not yes, there is no emergency action and no emergency flag', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom('no' as const, undefined), (answers, danger) => {
        const plan = recommend({ ...answers, danger });
        expect(plan.emergency).toBe(false);
        expect(plan.groups.flatMap((group) => group.actions).some((action) => action.emergency)).toBe(false);
        expect(ids(plan)).not.toContain('call999');
      }),
    );
  });

  it('changing danger from yes to no removes the emergency action and flag, and keeps the police report', () => {
    const threat = incidents[2]!.answers;
    const before = recommend(threat);
    const after = recommend({ ...threat, danger: 'no' });
    expect(before.emergency).toBe(true);
    expect(ids(before)).toContain('call999');
    expect(after.emergency).toBe(false);
    expect(ids(after)).not.toContain('call999');
    expect(ids(after)).toContain('reportToPolice');
    expect(ids(after).length).toBe(ids(before).length - 1);
  });
});

describe('recommend: every plan is well formed', () => {
  it('uses only actions from the content, with their content words and known sources', () => {
    const known: readonly string[] = sourceIds;
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        for (const action of recommend(answers).groups.flatMap((group) => group.actions)) {
          expect(actionIds).toContain(action.id);
          const content = actions[action.id as ActionId];
          expect(action.title).toBe(content.title);
          expect(action.urgency).toBe(content.urgency);
          expect(action.sources.length).toBeGreaterThan(0);
          for (const source of action.sources) expect(known).toContain(source);
        }
      }),
    );
  });

  it('always saves the evidence before any report or block', () => {
    const afterSaving: readonly string[] = ['reportToSite', 'reportGoogleReview', 'reportNhsReview', 'considerBlocking', 'escalateToRhc'];
    let compared = 0;
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const got = ids(recommend(answers));
        const save = got.indexOf('saveEvidence');
        if (save < 0) return;
        for (const id of afterSaving) {
          const at = got.indexOf(id);
          if (at >= 0) {
            expect(at).toBeGreaterThan(save);
            compared += 1;
          }
        }
      }),
    );
    // Plans with both a save and a report or block came up, so the order was really checked.
    expect(compared).toBeGreaterThan(0);
  });

  it('asks for the police report exactly when the risks call for the police', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(ids(recommend(answers)).includes('reportToPolice')).toBe(conditions.needsPolice(answers));
      }),
    );
  });

  it('always ends with a significant event review on a full plan', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const plan = recommend({ ...answers, awayChoice: 'continue' });
        expect(plan.groups.at(-1)?.urgency).toBe('prepare');
        expect(ids(plan)).toContain('significantEventReview');
      }),
    );
  });

  it('is pure: the same answers give the same plan, and the answers are left as they were', () => {
    fc.assert(
      fc.property(arbitraryAnswers, arbitraryAnswers, (answers, other) => {
        const asGiven = structuredClone(answers);
        // Frozen, so any change to the answers throws; another incident's plan in between, and an
        // equal copy with its answers in another order, must make no difference.
        const first = recommend(deepFreeze(answers));
        recommend(deepFreeze(other));
        const reordered = Object.fromEntries(Object.entries(structuredClone(answers)).reverse()) as Answers;
        expect(recommend(reordered)).toEqual(first);
        expect(answers).toEqual(asGiven);
      }),
    );
  });
});

const mustRing = (answers: Answers) => conditions.inDanger(answers) || conditions.needsPolice(answers);

describe('recommend: urgent steps only', () => {
  const urgentSet: readonly string[] = [
    'call999',
    'warnThreatenedPerson',
    'keepStaffSafeToday',
    'safeguardingToday',
    'reportIntimateImages',
    'askColleagueToTakeDown',
    'involveCaldicottAndDpo',
    'reportToPolice',
    'saveEvidence',
    'keepSavedEvidence',
    'recordWhatWasSeen',
    'ringOnCall',
    'tellPartnerOnCall',
    'finishOnPracticePc',
  ];

  it('returns only the urgent set, always with evidence, the on-call ring and the practice PC reminder', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const urgent = { ...answers, awayChoice: 'urgentOnly' } as const;
        const plan = recommend(urgent);
        const got = ids(plan);
        expect(plan.urgentOnly).toBe(true);
        for (const id of got) expect(urgentSet).toContain(id);
        // Rung now when someone is in danger or the police are involved; otherwise told today.
        expect(got).toContain(mustRing(urgent) ? 'ringOnCall' : 'tellPartnerOnCall');
        expect(got).toContain('finishOnPracticePc');
        expect(got.some((id) => ['saveEvidence', 'keepSavedEvidence', 'recordWhatWasSeen'].includes(id))).toBe(true);
        expect(got.includes('call999')).toBe(urgent.danger === 'yes');
        expect(got.includes('reportToPolice')).toBe(conditions.needsPolice(urgent));
      }),
    );
  });

  it('carries the personal-phone rule in the evidence step', () => {
    const plan = recommend({ danger: 'no', risks: ['none'], awayChoice: 'urgentOnly' });
    const evidence = plan.groups.flatMap((group) => group.actions).find((action) => action.id === 'saveEvidence');
    expect(evidence?.details.join(' ')).toMatch(/own phone.*practice storage.*delete/i);
  });

  it('is not urgent-only when the reader chose to carry on from home', () => {
    const plan = recommend({ danger: 'no', risks: ['none'], awayChoice: 'continue' });
    expect(plan.urgentOnly).toBe(false);
    expect(ids(plan)).toContain('significantEventReview');
    expect(ids(plan)).not.toContain('finishOnPracticePc');
  });
});

describe('action and "not to do" content', () => {
  const allText = (item: { title?: string; text?: string; details?: readonly DetailLine[]; why: string }) =>
    [item.title ?? '', item.text ?? '', ...(item.details ?? []).map(detailText), item.why].join('\n');
  const entries = [...Object.entries(actions), ...Object.entries(notToDo)];

  it.each(Object.entries(actions))('%s: clean text, one-sentence why, known sources', (_id, action) => {
    for (const line of [action.title, action.why, ...action.details.map(detailText)]) expect(textSchema.safeParse(line).success).toBe(true);
    expect(sourceRefListSchema.safeParse(action.sources).success).toBe(true);
    expect(action.why).toMatch(/^[^.!?]+[.!?]$/);
  });

  it.each(Object.entries(notToDo))('%s: clean text, one-sentence why, known sources', (_id, item) => {
    for (const line of [item.text, item.why]) expect(textSchema.safeParse(line).success).toBe(true);
    expect(sourceRefListSchema.safeParse(item.sources).success).toBe(true);
    expect(item.why).toMatch(/^[^.!?]+[.!?]$/);
  });

  it('keeps "safeguarding" for children and adults at risk, so never uses it for staff threats', () => {
    for (const [id, item] of entries) {
      if (id === 'safeguardingToday') continue;
      expect(allText(item), id).not.toMatch(/safeguarding/i);
    }
    expect(allText(actions.safeguardingToday)).toMatch(/child or (an )?(vulnerable )?adult/i);
  });

  it('never suggests asking anyone to post reviews or defences', () => {
    const suggestion = /\b(ask|encourage|get|invite)\b[^.]{0,40}\b(post|leave|write)\b[^.]{0,30}\b(review|defen[cs]e)/i;
    for (const [id, item] of entries) {
      // A sentence warning against it ("Never ask staff to post reviews") is the opposite of suggesting it.
      const suggestions = allText(item)
        .split(/(?<=[.!?])\s+|\n/)
        .filter((sentence) => !/^(never|don't|do not|nobody)\b/i.test(sentence.trim()));
      for (const sentence of suggestions) expect(sentence, id).not.toMatch(suggestion);
    }
  });

  it('marks the Acas number and NHS Practitioner Health as things to check', () => {
    const numbers = ['0300 123 1100', '0300 0303 300'];
    const seen = new Set<string>();
    for (const [id, item] of entries) {
      for (const line of allText(item).split('\n')) {
        const number = numbers.find((n) => line.includes(n));
        if (number === undefined) continue;
        seen.add(number);
        expect(line, id).toMatch(/check/i);
      }
    }
    // Both numbers are in the content, so each was really looked at.
    expect([...seen].sort()).toEqual([...numbers].sort());
  });

  // NHS Practitioner Health has covered all primary care staff since 2022 (corrections 2026-11-30).
  it('offers NHS Practitioner Health to every role, with no eligibility caveat', () => {
    for (const id of ['supportGp', 'supportClinician', 'supportNonClinical', 'supportManager', 'supportColleague'] as const) {
      expect(allText(actions[id])).toMatch(/Practitioner Health.*all primary care staff/);
      expect(allText(actions[id])).not.toMatch(/mainly|eligib/i);
      expect(actions[id].sources).toContain('practitioner-health');
    }
  });

  it('leaves crimes to the police and CPS, and breaches to the practice with its data protection officer', () => {
    expect(allText(actions.giveFactsToPolice)).toMatch(/police and the Crown Prosecution Service decide/);
    expect(allText(actions.involveCaldicottAndDpo)).toMatch(/practice decides .*data protection officer involved and advising/);
    expect(allText(actions.involveCaldicottAndDpo)).not.toMatch(/data protection officer decides/);
    expect(allText(actions.involveCaldicottAndDpo)).toMatch(/may need/);
  });

  it('sends people to Report Harmful Content after about a week, not 48 hours', () => {
    expect(allText(actions.escalateToRhc)).toMatch(/about a week/);
    expect(allText(actions.escalateToRhc)).not.toMatch(/48 hours/);
  });

  it('only the 999 action is an emergency', () => {
    const emergencies = Object.entries(actions)
      .filter(([, action]) => 'emergency' in action)
      .map(([id]) => id);
    expect(emergencies).toEqual(['call999']);
  });
});
