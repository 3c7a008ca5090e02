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

/**
 * Walks today's route with the saved answers and stops at the first screen still needing an
 * answer: after the route changes (a question added or moved earlier), an older incident resumes
 * on a screen that exists, with every answer kept, and never skips a new safety question.
 */
export function firstScreenNeedingAnswer(answers: Answers): { step: StepId; visited: StepId[]; returnPath: StepId[] } {
  const visited: StepId[] = [];
  for (const [index, step] of (routeSteps as readonly StepDefinition[]).entries()) {
    // The screens after it are passed over on Continue where they are already answered.
    const later = routeSteps.slice(index + 1).map((s) => s.id as StepId);
    if (step.id === 'plan' || !isStepComplete(step.id as StepId, answers)) return { step: step.id as StepId, visited, returnPath: later };
    visited.push(step.id as StepId);
    const exit = step.exits?.find((candidate) => conditions[candidate.when](answers));
    if (exit !== undefined) return { step: exit.to as StepId, visited, returnPath: [] };
  }
  return { step: 'plan', visited, returnPath: [] };
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
        context: { ...emptyContext, answers, visited: resume.visited, returnPath: resume.step === 'plan' ? null : resume.returnPath },
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
