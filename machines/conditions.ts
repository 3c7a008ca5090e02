/**
 * The named conditions that route the flow and shape the plan. Each is a pure function of the
 * answers; the machine's guards and `recommend()` both use these, so the route and the plan can
 * never disagree about, say, whether police are needed.
 */
import type { ConditionName } from '../src/content/conditionLabels';
import type { Answers } from '../src/content/questions';

/** Risks the police should hear about: they, not the practice, decide whether a crime happened. */
const policeRisks = ['threat', 'harassment', 'personalDetails', 'incitement', 'hate', 'intimateImages'] as const;
const siteRuleBreaks = ['namesStaff', 'personalAttack', 'seriousAccusation', 'sexual'] as const;
/** A fake account and a flood of fake reviews break every major site's rules on their own. */
const siteRuleSituations = ['fakeAccount', 'pileOn'] as const;
/** Places with no public thread the practice can post in. */
const noPublicThread = ['localGroup', 'closedGroup', 'directMessage'] as const;
const staffAuthors = ['currentStaff', 'formerStaff'] as const;

function includesAny<T extends string>(list: readonly string[] | undefined, wanted: readonly T[]): boolean {
  return (list ?? []).some((value) => (wanted as readonly string[]).includes(value));
}

export const conditions: Record<ConditionName, (answers: Answers) => boolean> = {
  inDanger: (a) => a.danger === 'yes',
  needsPolice: (a) => includesAny(a.risks, policeRisks),
  wantsUrgentOnly: (a) => a.awayChoice === 'urgentOnly',
  breaksSiteRules: (a) =>
    includesAny(a.rulesBroken, siteRuleBreaks) ||
    includesAny(a.risks, policeRisks) ||
    includesAny(a.situations, siteRuleSituations) ||
    a.patientInfo === 'yes',
  inGroupWeDontRun: (a) => a.platform === 'localGroup',
  cannotReplyPublicly: (a) => includesAny([a.platform ?? ''], noPublicThread),
  decidedToReply: (a) => a.decision === 'reply',
  decidedComplaint: (a) => a.decision === 'complaint',
  writtenByCurrentStaff: (a) => a.author === 'currentStaff',
  writtenByFormerStaff: (a) => a.author === 'formerStaff',
  writtenByStaff: (a) => includesAny([a.author ?? ''], staffAuthors),
  patientInfoShown: (a) => a.patientInfo === 'yes' || a.patientInfo === 'notSure',
  isAbusive: (a) => a.tone === 'abuse' || a.tone === 'both' || includesAny(a.risks, policeRisks),
  aboutColleague: (a) => includesAny(a.about, ['colleague'] as const),
};

export const conditionNames = Object.keys(conditions) as ConditionName[];
