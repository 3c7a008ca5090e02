/**
 * The named conditions that route the flow and shape the plan. Each is a pure function of the
 * answers; the machine's guards and `recommend()` both use these, so the route and the plan can
 * never disagree about, say, whether police are needed.
 */
import type { Answers } from '../src/content/questions';

export type ConditionName =
  | 'inDanger'
  | 'needsPolice'
  | 'awayFromPractice'
  | 'wantsUrgentOnly'
  | 'aboutClinicalCare'
  | 'breaksSiteRules'
  | 'inGroupWeDontRun'
  | 'decidedToReply'
  | 'decidedComplaint'
  | 'writtenByCurrentStaff'
  | 'writtenByFormerStaff'
  | 'patientInfoShown'
  | 'isAbusive'
  | 'aboutColleague';

const policeRisks = ['threat', 'harassment', 'personalDetails', 'incitement'] as const;
const siteRuleBreaks = ['namesStaff', 'hate', 'sexual'] as const;

function includesAny<T extends string>(list: readonly string[] | undefined, wanted: readonly T[]): boolean {
  return (list ?? []).some((value) => (wanted as readonly string[]).includes(value));
}

export const conditions: Record<ConditionName, (answers: Answers) => boolean> = {
  inDanger: (a) => a.danger === 'yes',
  needsPolice: (a) => includesAny(a.risks, policeRisks),
  awayFromPractice: (a) => a.location === 'away',
  wantsUrgentOnly: (a) => a.location === 'away' && a.awayChoice === 'urgentOnly',
  aboutClinicalCare: (a) => a.reason === 'clinical',
  breaksSiteRules: (a) =>
    includesAny(a.rulesBroken, siteRuleBreaks) || includesAny(a.risks, policeRisks) || a.patientInfo === 'yes',
  inGroupWeDontRun: (a) => a.platform === 'localGroup',
  decidedToReply: (a) => a.decision === 'reply',
  decidedComplaint: (a) => a.decision === 'complaint',
  writtenByCurrentStaff: (a) => a.author === 'currentStaff',
  writtenByFormerStaff: (a) => a.author === 'formerStaff',
  patientInfoShown: (a) => a.patientInfo === 'yes' || a.patientInfo === 'notSure',
  isAbusive: (a) =>
    a.tone === 'abuse' || includesAny(a.risks, policeRisks) || includesAny(a.rulesBroken, ['hate'] as const),
  aboutColleague: (a) => includesAny(a.about, ['colleague'] as const),
};

export const conditionNames = Object.keys(conditions) as ConditionName[];
