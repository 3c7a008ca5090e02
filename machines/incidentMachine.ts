/**
 * The incident wizard as a statechart: one state per screen, generated from the route table in
 * `steps.ts`. Guards and actions are named in `setup()` and pure. The views only send events.
 *
 * Navigation rules (they are what staff rely on under stress):
 * - Continue checks the screen's answers first; missing ones become errors in context, and the
 *   user stays on the screen with everything they typed.
 * - Back pops the `visited` stack, so it always returns to the screen actually seen before,
 *   with its answer still filled in.
 * - Change (from the plan) keeps the rest of the path as `returnPath`: Continue then passes over
 *   screens already answered and still valid, and stops only at newly needed ones.
 * - Reaching the plan keeps only answers given on the current path.
 */
import { and, assign, setup } from 'xstate';
import type { Answers } from '../src/content/questions';
import { conditions, conditionNames, type ConditionName } from './conditions';
import { answerErrors, answersOnPath, isStepComplete, type AnswerError } from './stepAnswers';
import { allStepIds, routeSteps, sectionOf, type SectionId, type StepId } from './steps';

export { machineVersion } from './machineVersion';

export interface WizardContext {
  readonly answers: Answers;
  /** Screens seen on the way here, oldest first; the last is where Back goes. */
  readonly visited: readonly StepId[];
  /** After Change: the screens that followed, which Continue may pass over. */
  readonly returnPath: readonly StepId[] | null;
  readonly errors: readonly AnswerError[];
}

export type WizardEvent =
  | { type: 'wizard.continue'; answers: Answers }
  /** The browser's Forward button: continue with the answers already given, or stay. */
  | { type: 'wizard.forward' }
  | { type: 'wizard.back' }
  | { type: 'wizard.change'; step: StepId }
  | { type: 'wizard.startAgain' }
  | { type: 'wizard.confirmStartAgain' }
  | { type: 'wizard.viewSources' };

export interface StepMeta {
  readonly section: SectionId | 'side';
  readonly contentKey: StepId;
}

export const emptyContext: WizardContext = { answers: {}, visited: [], returnPath: null, errors: [] };

function answersAfter(context: WizardContext, event: WizardEvent): Answers {
  return event.type === 'wizard.continue' ? { ...context.answers, ...event.answers } : context.answers;
}

type Args = { context: WizardContext; event: WizardEvent };
type StepParams = { step: StepId };

const conditionGuards = Object.fromEntries(
  conditionNames.map((name) => [name, ({ context, event }: Args) => conditions[name](answersAfter(context, event))]),
) as Record<ConditionName, (args: Args) => boolean>;

const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    ...conditionGuards,
    hasAnswerErrors: ({ context, event }: Args, { step }: StepParams) =>
      answerErrors(step, answersAfter(context, event)).length > 0,
    isAnswered: ({ context }: Args, { step }: StepParams) => isStepComplete(step, context.answers),
    isPassingOver: ({ context }: Args, { step }: StepParams) =>
      context.returnPath !== null && context.returnPath.includes(step) && isStepComplete(step, context.answers),
    cameFrom: ({ context }: Args, { step }: StepParams) => context.visited.at(-1) === step,
    isChangeTo: ({ event }: Args, { step }: StepParams) => event.type === 'wizard.change' && event.step === step,
  },
  actions: {
    recordAnswers: assign({ answers: ({ context, event }) => answersAfter(context, event) }),
    showErrors: assign({ errors: ({ context, event }, { step }: StepParams) => answerErrors(step, answersAfter(context, event)) }),
    clearErrors: assign({ errors: [] }),
    leaveStep: assign({ visited: ({ context }, { step }: StepParams) => [...context.visited, step] }),
    goBack: assign({
      visited: ({ context }) => context.visited.slice(0, -1),
      returnPath: null,
      errors: [],
    }),
    startChange: assign(({ context }, { step }: StepParams) => {
      const at = context.visited.indexOf(step);
      return at < 0
        ? { errors: [] }
        : { visited: context.visited.slice(0, at), returnPath: context.visited.slice(at + 1), errors: [] };
    }),
    settleOnPlan: assign(({ context }) => ({
      answers: answersOnPath(context.visited, context.answers),
      returnPath: null,
      errors: [],
    })),
    reset: assign(() => emptyContext),
  },
});

/**
 * The generated transitions are checked by the path tests rather than by XState's config types,
 * which cannot follow guards and targets built from a table.
 */
interface Transition {
  readonly target?: string;
  readonly guard?: unknown;
  readonly actions?: unknown;
}
type GuardRef =
  | ConditionName
  | { type: 'hasAnswerErrors' | 'isAnswered' | 'isPassingOver' | 'cameFrom' | 'isChangeTo'; params: StepParams };

/** Where the flow may go from route step `index`, in order: its exits, then the next steps that apply. */
function nextCandidates(index: number): { to: StepId; when?: ConditionName }[] {
  const step = routeSteps[index]!;
  const candidates: { to: StepId; when?: ConditionName }[] = [];
  if ('exits' in step) candidates.push(...step.exits.map((exit) => ({ to: exit.to as StepId, when: exit.when })));
  for (const later of routeSteps.slice(index + 1)) {
    if ('when' in later) {
      candidates.push({ to: later.id, when: later.when });
    } else {
      candidates.push({ to: later.id });
      break;
    }
  }
  return candidates;
}

function guarded(first: GuardRef, when: ConditionName | undefined): unknown {
  return when === undefined ? first : and([first as never, when]);
}

function routeStateConfig(index: number) {
  const step = routeSteps[index]!;
  const id: StepId = step.id;
  const params = { step: id };
  const leave = { type: 'leaveStep', params } as const;
  const candidates = nextCandidates(index);
  const onward = (first: GuardRef | undefined, actions: readonly unknown[]): Transition[] =>
    candidates.map((c) => ({
      target: c.to,
      guard: first === undefined ? c.when : guarded(first, c.when),
      actions,
    }));

  const on: Record<string, Transition | Transition[]> = {
    'wizard.continue': [
      { guard: { type: 'hasAnswerErrors', params }, actions: { type: 'showErrors', params } },
      ...onward(undefined, ['recordAnswers', leave, 'clearErrors']),
    ],
    'wizard.forward': onward({ type: 'isAnswered', params }, [leave]),
    'wizard.startAgain': { target: 'confirmStartAgain', actions: [leave] },
  };
  if (id === 'plan') {
    on['wizard.continue'] = [];
    on['wizard.forward'] = [];
    on['wizard.viewSources'] = { target: 'sources', actions: [leave] };
    on['wizard.change'] = routeSteps
      .filter((s) => s.questions.length > 0)
      .map((s) => ({
        target: s.id,
        guard: { type: 'isChangeTo', params: { step: s.id } },
        actions: { type: 'startChange', params: { step: s.id } },
      }));
  }
  return {
    meta: { section: step.section, contentKey: id } satisfies StepMeta,
    ...(id === 'plan' ? { entry: 'settleOnPlan' } : { always: onward({ type: 'isPassingOver', params }, [leave]) }),
    on,
  };
}

const routeStates = Object.fromEntries(routeSteps.map((step, index) => [step.id, routeStateConfig(index)]));

export const incidentMachine = wizardSetup.createMachine({
  id: 'incident',
  initial: 'calm',
  context: emptyContext,
  on: {
    'wizard.back': allStepIds.map((step) => ({
      target: `.${step}`,
      guard: { type: 'cameFrom', params: { step } },
      actions: 'goBack',
    })) as never,
  },
  states: {
    ...routeStates,
    sources: { meta: { section: 'side', contentKey: 'sources' } satisfies StepMeta },
    confirmStartAgain: {
      meta: { section: 'side', contentKey: 'confirmStartAgain' } satisfies StepMeta,
      on: { 'wizard.confirmStartAgain': { target: 'calm', actions: 'reset' } },
    },
  } as never,
});

export type IncidentMachine = typeof incidentMachine;

/** The screen a snapshot is on, read from the machine's own meta rather than trusted from outside. */
export function currentStep(snapshot: { value: unknown }): StepId {
  return snapshot.value as StepId;
}

export { sectionOf };
