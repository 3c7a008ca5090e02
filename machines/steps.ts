/**
 * The route through an incident, in the order the guidance takes it. Each step is one screen, in
 * one stage of the guidance (the machine makes each stage a compound state). A screen may ask
 * several related questions; a question with `when` is asked only when that condition already
 * holds from earlier screens. From any step the flow moves to the next step; `exits` jump ahead
 * before that (the first steps: stop here for now).
 * The machine is generated from this table, so the order lives in exactly one place.
 *
 * Short on purpose: the first safe steps come on screen three, and everything a screen used only
 * to tell (the law, the police, who to tell, reporting) now lives in the first-steps card and
 * the plan, where it is needed.
 */
import type { Answers, QuestionId } from '../src/content/questions';
import type { SectionId } from '../src/content/sections';
import { conditions } from './conditions';
import type { ConditionName } from '../src/content/conditionLabels';

export type StepQuestion = QuestionId | { readonly id: QuestionId; readonly when: ConditionName };

export interface StepDefinition {
  readonly id: string;
  readonly section: SectionId;
  readonly questions: readonly StepQuestion[];
  readonly exits?: readonly { readonly when: ConditionName; readonly to: string }[];
}

export const routeSteps = [
  { id: 'start', section: 'calm', questions: ['danger'] },
  { id: 'risks', section: 'safety', questions: ['risks', 'patientInfo'] },
  {
    id: 'firstSteps',
    section: 'safety',
    questions: ['evidenceSaved', 'awayChoice'],
    exits: [{ when: 'wantsUrgentOnly', to: 'plan' }],
  },
  { id: 'post', section: 'decide', questions: ['platform', 'foundAt', 'description'] },
  { id: 'who', section: 'decide', questions: ['about', 'author'] },
  {
    id: 'what',
    section: 'decide',
    questions: ['reason', 'tone', 'ownCare', { id: 'targetRole', when: 'aboutColleague' }, { id: 'staffConcern', when: 'writtenByStaff' }],
  },
  { id: 'also', section: 'decide', questions: ['situations', 'rulesBroken'] },
  { id: 'decision', section: 'act', questions: ['decision'] },
  { id: 'plan', section: 'plan', questions: [] },
] as const satisfies readonly StepDefinition[];

/**
 * Screens off the main route: reached from a link, left with Back. The plan so far is open from
 * every screen; the reply is drafted from the plan's "reply" action.
 */
export const sideSteps = ['planSoFar', 'reply', 'sources', 'confirmStartAgain'] as const;

export type RouteStepId = (typeof routeSteps)[number]['id'];
export type SideStepId = (typeof sideSteps)[number];
export type StepId = RouteStepId | SideStepId;

export const routeStepIds: readonly RouteStepId[] = routeSteps.map((step) => step.id);
export const allStepIds: readonly StepId[] = [...routeStepIds, ...sideSteps];

const byId = new Map<string, StepDefinition>(routeSteps.map((step) => [step.id, step]));

export function routeStep(id: StepId): StepDefinition | undefined {
  return byId.get(id);
}

function questionId(question: StepQuestion): QuestionId {
  return typeof question === 'string' ? question : question.id;
}

/**
 * The questions a screen asks. Given the answers so far, only those whose condition holds; without
 * them, every question the screen can ask (for the diagram and the route's documentation).
 */
export function questionsOf(id: StepId, answers?: Answers): readonly QuestionId[] {
  const questions = byId.get(id)?.questions ?? [];
  return questions
    .filter((question) => answers === undefined || typeof question === 'string' || conditions[question.when](answers))
    .map(questionId);
}

export function sectionOf(id: StepId): SectionId | 'side' {
  return byId.get(id)?.section ?? 'side';
}

export function isRouteStep(id: string): id is RouteStepId {
  return byId.has(id);
}
