/**
 * Table rows for the situations and safety faults found in the expert review (issue #12): each is
 * answers in, actions and "what not to do" out. Run by tests/plan/recommend.test.ts with the
 * other incidents, so together they must still use every action in the content.
 */
import type { ActionId } from '../../src/content/actions';
import type { NotToDoId } from '../../src/content/notToDo';
import type { Answers } from '../../src/content/questions';
import type { PracticeFacts } from '../../src/content/types';

export interface Incident {
  readonly name: string;
  readonly answers: Answers;
  /** What practice settings say (policy, monitoring); none set unless given. */
  readonly practice?: PracticeFacts;
  readonly must: readonly ActionId[];
  readonly mustNot: readonly ActionId[];
  readonly dontDo?: readonly NotToDoId[];
  readonly notDontDo?: readonly NotToDoId[];
}

/** An ordinary incident at work to build each situation from. */
const atWork: Answers = {
  danger: 'no',
  risks: ['none'],
  patientInfo: 'no',
  awayChoice: 'continue',
  platform: 'ownPage',
  about: ['practice'],
  author: 'public',
  situations: ['none'],
  foundAt: '2026-11-27T10:15',
  evidenceSaved: 'saved',
  reason: 'access',
  ownCare: 'no',
  tone: 'criticism',
  decision: 'monitor',
  rulesBroken: ['none'],
};

const urgentOnly: Answers = { danger: 'no', risks: ['none'], patientInfo: 'no', awayChoice: 'urgentOnly' };

export const situationIncidents: readonly Incident[] = [
  {
    name: 'critical: home address posted, found on a Friday night, urgent steps only',
    answers: { ...urgentOnly, risks: ['personalDetails'] },
    must: ['warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'reportToPolice', 'ringOnCall', 'finishOnPracticePc'],
    mustNot: ['call999', 'involveCaldicottAndDpo', 'tellPartnerOnCall'],
  },
  {
    name: 'critical: "yes" to danger with nothing else ticked still warns whoever is at risk, even stopping after the first steps',
    answers: { ...urgentOnly, danger: 'yes' },
    must: ['call999', 'warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'ringOnCall', 'finishOnPracticePc'],
    mustNot: ['tellPartnerOnCall'],
  },
  {
    name: 'a mild post, stopping after the first steps: the on-call partner hears today, nobody is rung at night',
    answers: urgentOnly,
    must: ['saveEvidence', 'tellPartnerOnCall', 'finishOnPracticePc'],
    mustNot: ['ringOnCall', 'warnThreatenedPerson', 'call999'],
  },
  {
    name: 'critical: patient details in a post found on a Friday night, urgent steps only',
    answers: { ...urgentOnly, patientInfo: 'yes' },
    must: ['involveCaldicottAndDpo', 'saveEvidence', 'tellPartnerOnCall', 'finishOnPracticePc'],
    mustNot: ['warnThreatenedPerson', 'reportToPolice', 'significantEventReview'],
  },
  {
    name: 'a registered patient threatens a GP, at work: warn, police first, then the Special Allocation Scheme',
    answers: { ...atWork, risks: ['threat'], about: ['colleague'], author: 'recognised', platform: 'x', tone: 'abuse', targetRole: 'gp' },
    must: [
      'warnThreatenedPerson',
      'keepStaffSafeToday',
      'reportToPolice',
      'askPoliceBeforeRemoving',
      'specialAllocationScheme',
      'giveFactsToPolice',
      'supportGp',
    ],
    mustNot: ['call999', 'replyBriefly', 'lookIntoConcerns'],
  },
  {
    name: 'a post hints that a teenager may harm themselves',
    answers: { ...atWork, risks: ['atRisk'], reason: 'unclear', ownCare: 'yes', tone: 'neither' },
    must: ['safeguardingToday', 'clinicianReviewToday', 'keepWatching'],
    mustNot: ['call999', 'reportToPolice', 'warnThreatenedPerson', 'giveFactsToPolice', 'lookIntoConcerns'],
  },
  {
    name: 'a faked intimate image of a receptionist on X',
    answers: {
      ...atWork,
      risks: ['intimateImages'],
      platform: 'x',
      about: ['colleague'],
      author: 'unknown',
      tone: 'abuse',
      targetRole: 'nonClinical',
    },
    must: ['reportIntimateImages', 'reportToPolice', 'tellTargetedColleague', 'reportToSite', 'escalateToRhc', 'supportNonClinical'],
    mustNot: ['replyBriefly', 'lookIntoConcerns'],
  },
  {
    name: 'racist abuse of a nurse: hate goes to the police or True Vision, asked with the safety questions',
    answers: {
      ...atWork,
      risks: ['hate'],
      platform: 'instagram',
      about: ['colleague'],
      author: 'unknown',
      tone: 'abuse',
      targetRole: 'clinician',
    },
    must: ['reportToPolice', 'askPoliceBeforeRemoving', 'reportToSite', 'considerBlocking', 'giveFactsToPolice', 'escalateToRhc'],
    mustNot: ['warnThreatenedPerson', 'replyBriefly', 'lookIntoConcerns'],
  },
  {
    name: 'a patient films reception and the waiting room, other patients visible',
    answers: { ...atWork, platform: 'tiktok', situations: ['filming'], patientInfo: 'yes', reason: 'manner' },
    must: ['filmingInPractice', 'involveCaldicottAndDpo', 'reportToSite'],
    mustNot: ['reportToPolice', 'replyBriefly'],
    dontDo: ['confrontingFilming', 'sharingScreenshots'],
  },
  {
    name: 'a fake practice page asking patients for their details',
    answers: { ...atWork, platform: 'other', situations: ['fakeAccount'], author: 'unknown', reason: 'unclear', tone: 'neither' },
    must: ['reportFakeAccount', 'reportToSite', 'escalateToRhc'],
    mustNot: ['replyBriefly', 'lookIntoConcerns', 'reportToPolice'],
  },
  {
    name: 'a receptionist defends the practice from her own account',
    answers: { ...atWork, platform: 'googleReviews', situations: ['staffReplied'] },
    must: ['askColleagueToTakeDown'],
    mustNot: ['reportToPolice', 'involveCaldicottAndDpo'],
    dontDo: ['staffDefending'],
  },
  {
    name: "abuse sent privately to a GP's own Instagram, repeatedly",
    answers: {
      ...atWork,
      risks: ['harassment'],
      platform: 'directMessage',
      about: ['colleague'],
      tone: 'abuse',
      reason: 'manner',
      targetRole: 'gp',
    },
    must: ['privateMessagesToColleague', 'reportToPolice', 'tellTargetedColleague', 'supportGp'],
    mustNot: ['replyBriefly', 'warnThreatenedPerson'],
  },
  {
    name: 'a grumble in a WhatsApp group the practice cannot see',
    answers: { ...atWork, platform: 'closedGroup' },
    must: ['closedGroupEvidence', 'keepWatching', 'lookIntoConcerns'],
    mustNot: ['reportToSite', 'escalateToRhc', 'replyBriefly', 'considerBlocking'],
    dontDo: ['joiningUnderFalsePretences'],
  },
  {
    name: 'a flood of one-star reviews from people who are not patients',
    answers: { ...atWork, platform: 'googleReviews', situations: ['pileOn'], tone: 'abuse' },
    must: ['reportReviewFlood', 'reportGoogleReview', 'giveFactsToPolice'],
    mustNot: ['replyBriefly', 'reportToSite'],
    dontDo: ['staffDefending'],
  },
  {
    name: 'a petition about closing the branch surgery, and a journalist asking for comment',
    answers: { ...atWork, situations: ['campaign', 'press'], platform: 'other' },
    must: ['respondToCampaign', 'handlePressEnquiry', 'lookIntoConcerns'],
    mustNot: ['reportToSite', 'reportToPolice'],
    dontDo: ['sayingAnythingToPress'],
  },
  {
    name: "a daughter's post about her mum's delayed results: not the practice's breach",
    answers: { ...atWork, author: 'relative', patientInfo: 'ownFamily', reason: 'clinical', ownCare: 'yes', decision: 'complaint' },
    must: ['relativeNeedsConsent', 'clinicianReviewToday', 'handleAsComplaint'],
    mustNot: ['involveCaldicottAndDpo', 'reportToSite', 'escalateToRhc'],
    dontDo: ['treatingOwnPostAsBreach', 'patientDetailsInReport', 'disclosingPatientInfo'],
  },
  {
    name: 'a false claim that a named GP harmed a patient',
    answers: { ...atWork, about: ['colleague'], reason: 'misinformation', rulesBroken: ['personalAttack'], targetRole: 'gp' },
    must: ['namedClinicianCallsDefenceBody', 'checkWithDefenceBody', 'reportToSite', 'tellTargetedColleague'],
    mustNot: ['lookIntoConcerns', 'reportToPolice'],
  },
  {
    name: 'a former nurse posts a patient-safety concern',
    answers: { ...atWork, author: 'formerStaff', staffConcern: 'yes', reason: 'clinical', ownCare: 'notSure' },
    must: ['considerWhistleblowing', 'checkLeaverAgreement', 'getHrAdvice', 'clinicianReviewToday'],
    mustNot: ['followFairProcess', 'askColleagueToTakeDown'],
  },
  {
    name: 'a complaint with abuse mixed in ("both")',
    answers: { ...atWork, tone: 'both' },
    must: ['lookIntoConcerns', 'giveFactsToPolice'],
    mustNot: ['reportToPolice'],
  },
];
