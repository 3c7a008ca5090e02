/**
 * Rebuilds the wizard's snapshot from what a record stores (answers, `visited`, the current
 * screen), rather than persisting XState's own snapshot: the record stays the one copy of the
 * answers, and a saved screen that a later version renamed or removed cannot crash the app.
 * Everything is checked against this machine before `resolveState`, because an unknown state
 * throws there, outside anything the caller could catch later.
 */
import { questionIds, type Answers } from '../src/content/questions';
import { conditions } from './conditions';
import { emptyContext, incidentMachine, machineVersion } from './incidentMachine';
import { stateValueOf } from './stateValue';
import { isStepComplete } from './stepAnswers';
import { allStepIds, isRouteStep, routeSteps, type StepDefinition, type StepId } from './steps';

export interface SavedPosition {
  readonly machineVersion: number;
  readonly currentStep: string;
  readonly visited: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  /** The rest of the path during a Change, so a reload mid-Change still returns to the plan. */
  readonly returnPath?: readonly string[] | null | undefined;
}

export interface Restored {
  readonly snapshot: ReturnType<typeof incidentMachine.resolveState>;
  /** False when the saved screen could not be used and the check-answers page opened instead. */
  readonly onSavedScreen: boolean;
}

function knownAnswers(answers: Readonly<Record<string, unknown>>): Answers {
  const known: Record<string, unknown> = {};
  for (const id of questionIds) {
    const value = answers[id];
    if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      known[id] = value;
    }
  }
  return known as Answers;
}

function applies(step: StepDefinition, answers: Answers): boolean {
  return step.when === undefined || conditions[step.when](answers);
}

/**
 * Walks today's route with the saved answers and stops at the first screen still needing an
 * answer: after the route changes (a question added or moved earlier), an older incident resumes
 * on a screen that exists, with every answer kept, and never skips a new safety question.
 */
export function firstScreenNeedingAnswer(answers: Answers): { step: StepId; visited: StepId[] } {
  const visited: StepId[] = [];
  let index = 0;
  while (index < routeSteps.length) {
    const step: StepDefinition = routeSteps[index]!;
    if (step.id === 'plan' || !isStepComplete(step.id as StepId, answers)) return { step: step.id as StepId, visited };
    visited.push(step.id as StepId);
    const exit = step.exits?.find((candidate) => conditions[candidate.when](answers));
    if (exit !== undefined) return { step: exit.to as StepId, visited };
    index += 1;
    while (index < routeSteps.length && !applies(routeSteps[index]!, answers)) index += 1;
  }
  return { step: 'plan', visited };
}

export function restoreSnapshot(saved: SavedPosition): Restored {
  const answers = knownAnswers(saved.answers);
  const visited = saved.visited.filter(isRouteStep) as StepId[];
  const returnPath = saved.returnPath ? (saved.returnPath.filter(isRouteStep) as StepId[]) : null;
  const screenStillExists =
    saved.machineVersion === machineVersion &&
    (allStepIds as readonly string[]).includes(saved.currentStep) &&
    visited.length === saved.visited.length;
  if (screenStillExists) {
    return {
      snapshot: incidentMachine.resolveState({
        value: stateValueOf(saved.currentStep as StepId),
        context: { ...emptyContext, answers, visited, returnPath },
      }),
      onSavedScreen: true,
    };
  }
  if (saved.machineVersion < machineVersion) {
    const resume = firstScreenNeedingAnswer(answers);
    return {
      snapshot: incidentMachine.resolveState({
        value: stateValueOf(resume.step),
        context: { ...emptyContext, answers, visited: resume.visited },
      }),
      onSavedScreen: false,
    };
  }
  // The plan page carries the check-answers list, so nothing the user entered is hidden.
  return {
    snapshot: incidentMachine.resolveState({ value: stateValueOf('plan'), context: { ...emptyContext, answers, visited } }),
    onSavedScreen: false,
  };
}
