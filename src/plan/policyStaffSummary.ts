/**
 * The one-page staff summary of the policy, "If you see a post about the practice", for the staff
 * room: the few things everyone must do, and who to tell, with names and numbers from settings.
 */
import { policyUi, type StaffSummaryLineContent } from '../content/policyUi';
import type { ContactRole } from '../content/settings';
import { chosenValues, policyTopicList, type PolicyAnswers } from './policyAnswers';
import { contactOfRole, practiceNameOf, type PolicyContact, type PolicySettings } from './writePolicy';

export interface StaffSummary {
  readonly title: string;
  readonly practiceName: string;
  readonly intro: string;
  readonly lines: readonly string[];
  /** "Tell the practice manager the same day." */
  readonly tellLine: string;
  readonly tell: readonly PolicyContact[];
}

function answerOf(answers: PolicyAnswers, questionId: string): readonly string[] {
  for (const topic of policyTopicList) {
    const question = topic.questions.find((candidate) => candidate.id === questionId);
    if (question) return chosenValues(question, answers);
  }
  return [];
}

const leadRoles: Readonly<Record<string, ContactRole>> = {
  practiceManager: 'practiceManager',
  onCall: 'onCall',
  socialMediaLead: 'socialMediaLead',
};

export function staffSummary(answers: PolicyAnswers, settings: PolicySettings): StaffSummary {
  const content = policyUi.staffSummary;
  const lead = answerOf(answers, 'incidentLead')[0];
  const leadRole: ContactRole = (lead !== undefined ? leadRoles[lead] : undefined) ?? 'practiceManager';
  const told = answerOf(answers, 'incidentTell');
  // After the lead: the on-call partner (for when the lead is away) and the DPO if the policy calls on them.
  const others: ContactRole[] = (['onCall', 'dataProtectionOfficer'] as const).filter((role) => role !== leadRole && told.includes(role));
  const lines = content.lines
    .filter(
      (line: StaffSummaryLineContent) => line.onlyIf === undefined || answerOf(answers, line.onlyIf.question).includes(line.onlyIf.value),
    )
    .map((line) => line.text);
  return {
    title: content.title,
    practiceName: practiceNameOf(settings),
    intro: content.intro,
    lines,
    tellLine: content.leads((lead !== undefined ? content.leadRoles[lead] : undefined) ?? content.leadUnknown),
    tell: [leadRole, ...others].map((role) => contactOfRole(settings, role)),
  };
}
