/**
 * Rebuilds the wizard's snapshot from what a record stores (answers, `visited`, the current
 * screen), rather than persisting XState's own snapshot: the record stays the one copy of the
 * answers, and a saved screen that a later version renamed or removed cannot crash the app.
 * Everything is checked against this machine before `resolveState`, because an unknown state
 * throws there, outside anything the caller could catch later.
 */
import { questionIds, type Answers } from '../src/content/questions';
import { emptyContext, incidentMachine, machineVersion } from './incidentMachine';
import { allStepIds, isRouteStep, type StepId } from './steps';

export interface SavedPosition {
  readonly machineVersion: number;
  readonly currentStep: string;
  readonly visited: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
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

export function restoreSnapshot(saved: SavedPosition): Restored {
  const answers = knownAnswers(saved.answers);
  const visited = saved.visited.filter(isRouteStep) as StepId[];
  const screenStillExists =
    saved.machineVersion === machineVersion &&
    (allStepIds as readonly string[]).includes(saved.currentStep) &&
    visited.length === saved.visited.length;
  if (screenStillExists) {
    return {
      snapshot: incidentMachine.resolveState({
        value: saved.currentStep,
        context: { ...emptyContext, answers, visited },
      }),
      onSavedScreen: true,
    };
  }
  // The plan page carries the check-answers list, so nothing the user entered is hidden.
  return {
    snapshot: incidentMachine.resolveState({ value: 'plan', context: { ...emptyContext, answers, visited } }),
    onSavedScreen: false,
  };
}
