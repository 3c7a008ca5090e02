import type { PolicyAnswers } from '../../src/plan/policyAnswers';

/** A full set of answers, one sensible choice per question, as a practice might give. */
export const completeAnswers: PolicyAnswers = {
  personalRules: ['noPatients', 'noReplying', 'tellTheLead'],
  hasAccounts: 'yes',
  accountRules: ['secondCheck', 'replyInHours'],
  monitoringWho: 'practiceManager',
  monitoringHow: ['alerts'],
  incidentLead: 'practiceManager',
  incidentTell: ['onCall', 'dataProtectionOfficer', 'press'],
  holdingReplies: ['thanksContact'],
  recordSteps: ['saveFirst', 'incidentLog'],
  retention: 'practiceSchedule',
  trainingWhen: ['induction'],
  reviewInterval: 'everyYear',
};
