/**
 * Where the practice's own adopted policy speaks to an action in the plan: each row names a
 * choice in the policy builder (src/content/policy.ts) and the actions its clause is about. The
 * plan then shows that clause, word for word, as "Your practice policy says: …" beside the
 * guidance the action rests on. Kept as data so a practice or LMC can check the pairing.
 *
 * Only choices that answer the matter an action covers are here: who leads, who to tell, who may
 * post replies and how fast, how to hide or keep posts, and what to record.
 * Checked by tests/plan/policyLines.test.ts (every row names a real choice with a clause, and a
 * real action).
 */
import type { ActionId } from './actions';

export interface PolicyInPlanRow {
  /** A question id in policy.ts. */
  readonly question: string;
  /** One of that question's option values. */
  readonly value: string;
  readonly actions: readonly ActionId[];
}

const leadActions: readonly ActionId[] = ['ringOnCall', 'tellPartnerOnCall', 'respondToCampaign', 'handlePressEnquiry'];

export const policyInPlan: readonly PolicyInPlanRow[] = [
  // Who leads.
  { question: 'incidentLead', value: 'practiceManager', actions: [...leadActions, 'supportManager'] },
  { question: 'incidentLead', value: 'onCall', actions: leadActions },
  { question: 'incidentLead', value: 'socialMediaLead', actions: leadActions },
  // Who the lead tells.
  { question: 'incidentTell', value: 'onCall', actions: ['ringOnCall', 'tellPartnerOnCall'] },
  {
    question: 'incidentTell',
    value: 'dataProtectionOfficer',
    actions: ['involveCaldicottAndDpo', 'askColleagueToTakeDown', 'filmingInPractice'],
  },
  { question: 'incidentTell', value: 'caldicottGuardian', actions: ['involveCaldicottAndDpo'] },
  { question: 'incidentTell', value: 'defenceBody', actions: ['namedClinicianCallsDefenceBody', 'checkWithDefenceBody'] },
  { question: 'incidentTell', value: 'lmc', actions: ['replyBriefly'] },
  { question: 'incidentTell', value: 'hrAdviser', actions: ['getHrAdvice', 'followFairProcess', 'askColleagueToTakeDown'] },
  { question: 'incidentTell', value: 'police', actions: ['reportToPolice', 'giveFactsToPolice'] },
  { question: 'incidentTell', value: 'press', actions: ['handlePressEnquiry'] },
  // Who may post replies, and how fast.
  { question: 'personalRules', value: 'noReplying', actions: ['replyBriefly', 'groupWeDontRun'] },
  { question: 'hasAccounts', value: 'yes', actions: ['replyBriefly'] },
  { question: 'accountRules', value: 'replyInHours', actions: ['replyBriefly'] },
  { question: 'accountRules', value: 'hideNotDelete', actions: ['considerBlocking'] },
  { question: 'personalRules', value: 'noAskingFriends', actions: ['reportReviewFlood'] },
  { question: 'personalRules', value: 'disciplinary', actions: ['followFairProcess'] },
  // Keeping an eye on it.
  { question: 'monitoringWho', value: 'socialMediaLead', actions: ['keepWatching'] },
  { question: 'monitoringWho', value: 'practiceManager', actions: ['keepWatching'] },
  { question: 'monitoringWho', value: 'nobody', actions: ['keepWatching', 'setUpMonitoring'] },
  // Keeping a record.
  { question: 'recordSteps', value: 'saveFirst', actions: ['saveEvidence'] },
  { question: 'recordSteps', value: 'fewCopies', actions: ['saveEvidence', 'keepSavedEvidence'] },
  { question: 'recordSteps', value: 'incidentLog', actions: ['keepSavedEvidence', 'significantEventReview'] },
  { question: 'recordSteps', value: 'reviewAfter', actions: ['significantEventReview'] },
];

export const policyInPlanWords = {
  /** Before each quoted clause, on screen and in the note. */
  says: 'Your practice policy says',
  /** In the note's full plan, and for screen readers: which version it is quoting. */
  fromVersion: (version: number, adoptedOn: string) => `version ${version}, adopted on ${adoptedOn}`,
} as const;
