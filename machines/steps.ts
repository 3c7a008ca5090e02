/**
 * The route through an incident, in the order the guidance takes it. Each step is one screen.
 * A step with `when` is shown only when that condition holds; from any step the flow moves to the
 * next step whose condition holds. `exits` jump ahead before that (home: urgent steps only).
 * The machine is generated from this table, so the order lives in exactly one place.
 */
import type { QuestionId } from '../src/content/questions';
import type { ConditionName } from './conditions';

export type SectionId =
  | 'calm'
  | 'safety'
  | 'details'
  | 'evidence'
  | 'tell'
  | 'decide'
  | 'report'
  | 'respond'
  | 'staff'
  | 'law'
  | 'prepared'
  | 'plan';

export interface StepDefinition {
  readonly id: string;
  readonly section: SectionId;
  readonly questions: readonly QuestionId[];
  readonly when?: ConditionName;
  readonly exits?: readonly { readonly when: ConditionName; readonly to: string }[];
}

export const routeSteps = [
  { id: 'calm', section: 'calm', questions: [] },
  { id: 'danger', section: 'safety', questions: ['danger'] },
  { id: 'emergency', section: 'safety', questions: [], when: 'inDanger' },
  { id: 'risks', section: 'safety', questions: ['risks'] },
  { id: 'policeAndStaffSafety', section: 'safety', questions: [], when: 'needsPolice' },
  // Asked before "urgent steps only": a breach found on a Friday night cannot wait until Monday.
  { id: 'patientInfo', section: 'safety', questions: ['patientInfo'] },
  { id: 'location', section: 'safety', questions: ['location'] },
  {
    id: 'awayFromWork',
    section: 'safety',
    questions: ['awayChoice'],
    when: 'awayFromPractice',
    exits: [{ when: 'wantsUrgentOnly', to: 'plan' }],
  },
  { id: 'platform', section: 'details', questions: ['platform'] },
  { id: 'about', section: 'details', questions: ['about'] },
  { id: 'author', section: 'details', questions: ['author'] },
  { id: 'situations', section: 'details', questions: ['situations'] },
  { id: 'describe', section: 'details', questions: ['foundAt', 'description'] },
  { id: 'evidence', section: 'evidence', questions: ['evidenceSaved'] },
  { id: 'tell', section: 'tell', questions: [] },
  { id: 'reason', section: 'decide', questions: ['reason'] },
  { id: 'ownCare', section: 'decide', questions: ['ownCare'], when: 'mayDescribeCareNeed' },
  { id: 'motive', section: 'decide', questions: ['motive'] },
  { id: 'tone', section: 'decide', questions: ['tone'] },
  { id: 'policy', section: 'decide', questions: ['policy'] },
  { id: 'decision', section: 'decide', questions: ['decision'] },
  { id: 'rulesBroken', section: 'report', questions: ['rulesBroken'] },
  { id: 'report', section: 'report', questions: [], when: 'breaksSiteRules' },
  { id: 'groupWeDontRun', section: 'report', questions: [], when: 'inGroupWeDontRun' },
  { id: 'reply', section: 'respond', questions: [], when: 'decidedToReply' },
  { id: 'complaint', section: 'respond', questions: [], when: 'decidedComplaint' },
  { id: 'staffConcern', section: 'staff', questions: ['staffConcern'], when: 'writtenByStaff' },
  { id: 'formerStaff', section: 'staff', questions: [], when: 'writtenByFormerStaff' },
  { id: 'patientData', section: 'staff', questions: [], when: 'patientInfoShown' },
  { id: 'law', section: 'law', questions: [], when: 'isAbusive' },
  { id: 'support', section: 'prepared', questions: ['targetRole'], when: 'aboutColleague' },
  { id: 'prepared', section: 'prepared', questions: ['monitoring'] },
  { id: 'plan', section: 'plan', questions: [] },
] as const satisfies readonly StepDefinition[];

/** Screens off the main route: reached from a link, left with Back. */
export const sideSteps = ['sources', 'confirmStartAgain'] as const;

export type RouteStepId = (typeof routeSteps)[number]['id'];
export type SideStepId = (typeof sideSteps)[number];
export type StepId = RouteStepId | SideStepId;

export const routeStepIds: readonly RouteStepId[] = routeSteps.map((step) => step.id);
export const allStepIds: readonly StepId[] = [...routeStepIds, ...sideSteps];

const byId = new Map<string, StepDefinition>(routeSteps.map((step) => [step.id, step]));

export function routeStep(id: StepId): StepDefinition | undefined {
  return byId.get(id);
}

export function questionsOf(id: StepId): readonly QuestionId[] {
  return byId.get(id)?.questions ?? [];
}

export function sectionOf(id: StepId): SectionId | 'side' {
  return byId.get(id)?.section ?? 'side';
}

export function isRouteStep(id: string): id is RouteStepId {
  return byId.has(id);
}
