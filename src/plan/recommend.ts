/**
 * The action plan as a pure function of the answers. Which actions apply is decided by the rule
 * tables below, one readable row per action; the words come from src/content/actions.ts.
 *
 * The named conditions from machines/conditions.ts are reused so the route and the plan can never
 * disagree (for example about whether police are needed). Direct answer checks are used only
 * where no named condition exists.
 */
import { conditions } from '../../machines/conditions';
import { actions, type ActionContent, type ActionId } from '../content/actions';
import { notToDo, type NotToDoId } from '../content/notToDo';
import type { Answers } from '../content/questions';
import { settledBy } from './determined';
import { detailsFor, sourcesFor } from './detailLines';
import { hasRisk, hasSituation, needsClinicianToday, threatensStaffSafety, writtenByStaff } from './incidentFacts';
import type { ActionGroup, DontDo, Plan, PlannedAction } from './types';
import type { PracticeFacts } from '../content/types';
import { urgencies } from '../content/urgency';

/** Most rules read only the answers; the "next time" ones read the practice settings too. */
type Rule = (answers: Answers, practice: PracticeFacts) => boolean;

const always: Rule = () => true;

/** Unanswered counts as not saved: on the urgent-only route the question is never asked. */
function evidenceNotSavedYet(answers: Answers): boolean {
  return answers.evidenceSaved === undefined || answers.evidenceSaved === 'notYet';
}

/** When police are involved or someone is at risk, waiting until later in the day is too late. */
function mustRingOnCallNow(answers: Answers): boolean {
  return conditions.inDanger(answers) || conditions.needsPolice(answers);
}

/**
 * A threat, a posted address, a call to confront someone, or a "yes" to "is anyone in danger, or
 * has anyone threatened to kill or seriously hurt someone?": whoever is at risk is warned today.
 */
function someoneAtRiskOfHarm(answers: Answers): boolean {
  return conditions.inDanger(answers) || threatensStaffSafety(answers);
}

function breaksRulesOn(platforms: readonly string[]): Rule {
  return (answers) => conditions.breaksSiteRules(answers) && answers.platform !== undefined && platforms.includes(answers.platform);
}

/** Google and the NHS website have their own checked reporting notes; everywhere else is generic. */
const platformsWithOwnReportNotes: readonly string[] = ['googleReviews', 'nhsWebsite'];

/** Places the practice can block an account from; review sites and others' groups offer no such thing. */
const blockablePlatforms: readonly string[] = ['ownPage', 'x', 'instagram', 'tiktok'];

/** Report Harmful Content takes only its eight harms: not, say, a review that merely names a nurse. */
function withinRhcHarms(answers: Answers): boolean {
  return (
    answers.tone === 'abuse' ||
    answers.tone === 'both' ||
    (answers.risks ?? []).some((risk) => ['threat', 'harassment', 'incitement', 'hate', 'atRisk', 'intimateImages'].includes(risk)) ||
    (answers.rulesBroken ?? []).includes('sexual') ||
    hasSituation(answers, 'fakeAccount')
  );
}

/** Platforms with no public place to report to: the practice cannot see a private group. */
const noReportRoute: readonly string[] = ['closedGroup'];

/** Staff who posted about a patient, or defended the practice from their own account. */
function colleaguePostToTakeDown(answers: Answers): boolean {
  return (conditions.writtenByCurrentStaff(answers) && conditions.patientInfoShown(answers)) || hasSituation(answers, 'staffReplied');
}

/** A clinical or false allegation against a named clinician (or one whose role is not yet known). */
function allegationAgainstClinician(answers: Answers): boolean {
  const clinicalRole = answers.targetRole === undefined || answers.targetRole === 'gp' || answers.targetRole === 'clinician';
  const allegation =
    answers.reason === 'clinical' ||
    answers.reason === 'misinformation' ||
    (answers.rulesBroken ?? []).some((rule) => rule === 'personalAttack' || rule === 'seriousAccusation');
  return conditions.aboutColleague(answers) && clinicalRole && allegation;
}

const knownFromOutside: readonly string[] = ['public', 'relative', 'recognised'];

function aboutColleagueInRole(role: Answers['targetRole']): Rule {
  return (answers) => conditions.aboutColleague(answers) && answers.targetRole === role;
}

/**
 * One row per action, in the order shown inside each urgency group. `call999` must stay the first
 * row: it is the only `now` action that can lead the plan when someone is in danger.
 */
const actionRules: readonly (readonly [ActionId, Rule])[] = [
  ['call999', conditions.inDanger],
  // Every route where someone is threatened or their address is posted warns them today.
  ['warnThreatenedPerson', someoneAtRiskOfHarm],
  ['keepStaffSafeToday', someoneAtRiskOfHarm],
  ['safeguardingToday', (a) => hasRisk(a, 'atRisk')],
  ['reportIntimateImages', (a) => hasRisk(a, 'intimateImages')],
  ['saveEvidence', evidenceNotSavedYet],
  ['recordWhatWasSeen', (a) => a.evidenceSaved === 'gone'],
  ['askColleagueToTakeDown', colleaguePostToTakeDown],
  ['reportToPolice', conditions.needsPolice],
  ['ringOnCall', mustRingOnCallNow],

  ['tellPartnerOnCall', (a) => !mustRingOnCallNow(a)],
  ['keepSavedEvidence', (a) => a.evidenceSaved === 'saved'],
  ['findOriginalPost', (a) => a.platform === 'colleagueScreenshot'],
  ['closedGroupEvidence', (a) => a.platform === 'closedGroup'],
  ['privateMessagesToColleague', (a) => a.platform === 'directMessage'],
  ['tellTargetedColleague', conditions.aboutColleague],
  ['clinicianReviewToday', needsClinicianToday],
  ['involveCaldicottAndDpo', conditions.patientInfoShown],
  ['namedClinicianCallsDefenceBody', allegationAgainstClinician],
  ['getHrAdvice', writtenByStaff],
  ['handlePressEnquiry', (a) => hasSituation(a, 'press')],
  ['filmingInPractice', (a) => hasSituation(a, 'filming')],
  ['reportFakeAccount', (a) => hasSituation(a, 'fakeAccount')],
  ['reportReviewFlood', (a) => hasSituation(a, 'pileOn')],
  // The police may want the post left up: ask before reporting or blocking.
  [
    'askPoliceBeforeRemoving',
    (a) => conditions.needsPolice(a) && (conditions.breaksSiteRules(a) || blockablePlatforms.includes(a.platform ?? '')),
  ],
  ['reportGoogleReview', breaksRulesOn(['googleReviews'])],
  ['reportNhsReview', breaksRulesOn(['nhsWebsite'])],
  [
    'reportToSite',
    (a) =>
      conditions.breaksSiteRules(a) && !platformsWithOwnReportNotes.includes(a.platform ?? '') && !noReportRoute.includes(a.platform ?? ''),
  ],
  ['groupWeDontRun', conditions.inGroupWeDontRun],
  ['considerBlocking', (a) => blockablePlatforms.includes(a.platform ?? '') && (conditions.isAbusive(a) || hasSituation(a, 'trolling'))],
  ['replyBriefly', conditions.decidedToReply],
  ['keepWatching', (a) => a.decision === 'monitor'],
  ['checkWithDefenceBody', (a) => a.reason === 'misinformation'],
  ['finishOnPracticePc', conditions.wantsUrgentOnly],

  // The NHS website is moderated by the NHS itself, so Report Harmful Content is not the next step there.
  // It also needs the site's own process tried first, so it is never the first step.
  [
    'escalateToRhc',
    (a) => conditions.breaksSiteRules(a) && withinRhcHarms(a) && a.platform !== 'nhsWebsite' && !noReportRoute.includes(a.platform ?? ''),
  ],
  ['handleAsComplaint', conditions.decidedComplaint],
  ['relativeNeedsConsent', (a) => a.author === 'relative'],
  // Staff concerns go through HR and whistleblowing, not the patient complaints route.
  ['lookIntoConcerns', (a) => !writtenByStaff(a) && a.reason !== 'misinformation' && (a.tone === 'criticism' || a.tone === 'both')],
  ['giveFactsToPolice', conditions.isAbusive],
  ['specialAllocationScheme', (a) => hasRisk(a, 'threat') && knownFromOutside.includes(a.author ?? '')],
  ['respondToCampaign', (a) => hasSituation(a, 'campaign')],
  // Former staff are protected from detriment after leaving, so they are asked too.
  ['considerWhistleblowing', (a) => writtenByStaff(a) && (a.staffConcern === 'yes' || a.staffConcern === 'notSure')],
  ['followFairProcess', conditions.writtenByCurrentStaff],
  ['checkLeaverAgreement', conditions.writtenByFormerStaff],
  ['supportGp', aboutColleagueInRole('gp')],
  ['supportClinician', aboutColleagueInRole('clinician')],
  ['supportNonClinical', aboutColleagueInRole('nonClinical')],
  ['supportManager', aboutColleagueInRole('manager')],
  ['supportColleague', aboutColleagueInRole(undefined)],

  // Asked once in practice settings, not in the middle of an incident.
  ['setUpMonitoring', (_a, practice) => practice.monitoring !== 'yes'],
  ['writeSocialMediaPolicy', (_a, practice) => practice.policy !== 'yes'],
  ['reviewSocialMediaPolicy', (_a, practice) => practice.policy === 'yes'],
  ['significantEventReview', always],
];

/**
 * Someone who stops after the first steps (at home, out of hours, on a phone) gets only what cannot
 * wait until they are back at work. Everything else (replies, reports, HR) is better done from a
 * practice computer.
 */
export const urgentOnlyActionIds: ReadonlySet<ActionId> = new Set<ActionId>([
  'call999',
  // Whoever is threatened hears tonight, not when they next come in.
  'warnThreatenedPerson',
  'keepStaffSafeToday',
  'safeguardingToday',
  'reportIntimateImages',
  'askColleagueToTakeDown',
  // 72 hours to report a breach run through weekends and bank holidays.
  'involveCaldicottAndDpo',
  'saveEvidence',
  'keepSavedEvidence',
  'recordWhatWasSeen',
  'reportToPolice',
  'ringOnCall',
  // Stopping after the first steps is open to everyone: the on-call partner hears today, not at 3am.
  'tellPartnerOnCall',
  'finishOnPracticePc',
]);

const notToDoRules: readonly (readonly [NotToDoId, Rule])[] = [
  ['reportingBeforeSaving', (a) => a.evidenceSaved !== 'gone'],
  ['arguingOnline', always],
  ['replyingPersonally', always],
  ['disclosingPatientInfo', always],
  // An unknown author is the one people are most tempted to look up.
  ['lookingUpPoster', (a) => knownFromOutside.includes(a.author ?? '') || a.author === 'unknown'],
  ['actingInConsultationOrRemoving', (a) => knownFromOutside.includes(a.author ?? '')],
  ['staffDefending', always],
  ['sharingScreenshots', (a) => a.platform === 'colleagueScreenshot' || conditions.patientInfoShown(a)],
  ['decidingDisciplineNow', conditions.writtenByCurrentStaff],
  ['treatingOwnPostAsBreach', (a) => a.patientInfo === 'ownFamily'],
  ['patientDetailsInReport', (a) => a.patientInfo === 'ownFamily' || a.author === 'relative'],
  ['joiningUnderFalsePretences', (a) => a.platform === 'closedGroup'],
  ['confrontingFilming', (a) => hasSituation(a, 'filming')],
  ['sayingAnythingToPress', (a) => hasSituation(a, 'press')],
  ['reportingJustToDisagree', (a) => platformsWithOwnReportNotes.includes(a.platform ?? '') && !conditions.breaksSiteRules(a)],
  // A mild complaint about phone waits doesn't tempt anyone to sue; personal or false claims do.
  [
    'suingFirst',
    (a) =>
      conditions.isAbusive(a) ||
      conditions.aboutColleague(a) ||
      a.reason === 'misinformation' ||
      a.reason === 'clinical' ||
      a.reason === 'manner',
  ],
];

/** The temptations of someone alone at home with the post open on their phone. */
const urgentOnlyNotToDoIds: ReadonlySet<NotToDoId> = new Set<NotToDoId>(['reportingBeforeSaving', 'arguingOnline', 'replyingPersonally']);

/** An action's line in the checklist: its short title, or its title when that is short enough. */
export function glanceOf(content: ActionContent): string {
  return content.glance ?? content.title;
}

/** An action's words for this incident: only the how-to lines that fit it (see TailoredLine). */
function planned(id: ActionId, answers: Answers, practice: PracticeFacts): PlannedAction {
  const content: ActionContent = actions[id];
  return {
    id,
    urgency: content.urgency,
    title: content.title,
    glance: glanceOf(content),
    details: detailsFor(content.details, answers, practice),
    why: content.why,
    sources: sourcesFor(content.sources, answers),
    emergency: content.emergency === true,
  };
}

function dontDo(id: NotToDoId, answers: Answers): DontDo {
  const { text, why, sources } = notToDo[id];
  return { id, text, why, sources: sourcesFor(sources, answers) };
}

export function actionIdsFor(answers: Answers, practice: PracticeFacts = {}): ActionId[] {
  const urgentOnly = conditions.wantsUrgentOnly(answers);
  return actionRules
    .filter(([id, applies]) => applies(answers, practice) && (!urgentOnly || urgentOnlyActionIds.has(id)))
    .map(([id]) => id);
}

export function notToDoFor(answers: Answers): DontDo[] {
  const urgentOnly = conditions.wantsUrgentOnly(answers);
  return notToDoRules
    .filter(([id, applies]) => applies(answers, {}) && (!urgentOnly || urgentOnlyNotToDoIds.has(id)))
    .map(([id]) => dontDo(id, answers));
}

export function recommend(answers: Answers, practice: PracticeFacts = {}): Plan {
  const chosen = actionIdsFor(answers, practice).map((id) => planned(id, answers, practice));
  const groups: ActionGroup[] = urgencies
    .map((urgency) => ({ urgency, actions: chosen.filter((action) => action.urgency === urgency) }))
    .filter((group) => group.actions.length > 0);
  return {
    emergency: conditions.inDanger(answers),
    urgentOnly: conditions.wantsUrgentOnly(answers),
    groups,
    notToDo: notToDoFor(answers),
  };
}

/**
 * The plan so far, before every question is answered: only the actions and warnings the answers
 * given already settle, so finishing can add to it but never take anything away. An action left
 * out of the urgent-only plan waits until "carry on" or "stop here" is chosen.
 */
export function planSoFar(answers: Answers, practice: PracticeFacts = {}): Plan {
  const urgentOnly = settledBy(answers, conditions.wantsUrgentOnly);
  const fullPlanSettled = urgentOnly.settled && !urgentOnly.value;
  // Settled as applying, and kept whichever way "carry on or stop here" goes.
  const settledIn =
    <Id extends string>(urgentSet: ReadonlySet<Id>) =>
    ([id, applies]: readonly [Id, Rule]): boolean => {
      const rule = settledBy(answers, (a) => applies(a, practice));
      return rule.settled && rule.value && (urgentSet.has(id) || fullPlanSettled);
    };
  const chosen = actionRules.filter(settledIn(urgentOnlyActionIds)).map(([id]) => planned(id, answers, practice));
  const warnings = notToDoRules.filter(settledIn(urgentOnlyNotToDoIds)).map(([id]) => dontDo(id, answers));
  return {
    emergency: conditions.inDanger(answers),
    urgentOnly: urgentOnly.settled && urgentOnly.value,
    groups: urgencies
      .map((urgency) => ({ urgency, actions: chosen.filter((action) => action.urgency === urgency) }))
      .filter((group) => group.actions.length > 0),
    notToDo: warnings,
  };
}

/**
 * The first-steps card, shown with the question "have you saved a copy?": until that is answered
 * it assumes not, because saving a copy is the first thing the card asks for.
 */
export function firstSteps(answers: Answers, practice: PracticeFacts = {}): Plan {
  return planSoFar({ evidenceSaved: 'notYet', ...answers }, practice);
}
