/**
 * Facts about an incident, worked out from the answers, that several parts of the plan share
 * (the plan, who to tell, the suggested decision). They sit apart from recommend() so that the
 * screens needing them do not pull the whole plan and its wording into the first download.
 */
import { conditions } from '../../machines/conditions';
import type { Answers } from '../content/questions';

/**
 * Harassment alone is for the police, but threats, a shared address or a call to confront
 * someone can bring trouble to the door today, so these also change how staff work the shift.
 */
const staffSafetyRisks: readonly string[] = ['threat', 'personalDetails', 'incitement'];

export function threatensStaffSafety(answers: Answers): boolean {
  return (answers.risks ?? []).some((risk) => staffSafetyRisks.includes(risk));
}

export function needsClinicianToday(answers: Answers): boolean {
  return answers.ownCare === 'yes' || answers.ownCare === 'notSure';
}

export function writtenByStaff(answers: Answers): boolean {
  return conditions.writtenByStaff(answers);
}

export function hasRisk(answers: Answers, risk: NonNullable<Answers['risks']>[number]): boolean {
  return (answers.risks ?? []).includes(risk);
}

export function hasSituation(answers: Answers, situation: NonNullable<Answers['situations']>[number]): boolean {
  return (answers.situations ?? []).includes(situation);
}
