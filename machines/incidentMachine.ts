/**
 * The incident wizard as a statechart generated from the route table in `steps.ts`. Each stage of
 * the guidance (stay calm, safety, decide, act) is a compound state holding its screens, so the
 * machine reads as the guidance's diagram in Stately's visualiser; the plan and the side screens
 * sit beside them. Guards and actions are named in `setup()` and pure. The views only send events.
 *
 * Each screen knows only the next screen in the table and the exits the table gives it, so no
 * screen has to know about any other. A question that applies only sometimes is asked on its
 * screen when its condition holds (`questionsOf(step, answers)`), not given a screen of its own.
 *
 * Navigation rules (they are what staff rely on under stress):
 * - Continue checks the screen's answers first; missing ones become errors in context, and the
 *   user stays on the screen with everything they typed.
 * - Back pops the `visited` stack, so it always returns to the screen actually seen before,
 *   with its answer still filled in.
 * - Change (from the plan) keeps the rest of the path as `returnPath`: Continue then passes over
 *   screens already answered and still valid, and stops only at newly needed ones. Back during a
 *   Change keeps the return path, so the plan is still one Continue away after the changed answer.
 * - Reaching the plan keeps only answers given on the current path.
 */
import { assign, setup } from 'xstate';
import type { Answers } from '../src/content/questions';
import { conditions, conditionNames } from './conditions';
import type { ConditionName } from '../src/content/conditionLabels';
import { answerErrors, answersOnPath, isStepComplete, type AnswerError } from './stepAnswers';
import { allStepIds, routeSteps, sectionOf, sideSteps, type StepDefinition, type StepId } from './steps';
import type { SectionId } from '../src/content/sections';

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
  | { type: 'wizard.viewSources' }
  /** "See the plan so far", from any question screen. */
  | { type: 'wizard.viewPlanSoFar' }
  /** "Draft the reply", from the plan's reply action. */
  | { type: 'wizard.draftReply' };

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
/** A screen, and optionally the condition of the exit being taken from it. */
type LeavingParams = { step: StepId; when?: ConditionName };

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
    hasAnswerErrors: ({ context, event }: Args, { step }: StepParams) => answerErrors(step, answersAfter(context, event)).length > 0,
    isAnswered: ({ context }: Args, { step, when }: LeavingParams) =>
      isStepComplete(step, context.answers) && (when === undefined || conditions[when](context.answers)),
    isPassingOver: ({ context }: Args, { step, when }: LeavingParams) =>
      context.returnPath !== null &&
      context.returnPath.includes(step) &&
      isStepComplete(step, context.answers) &&
      (when === undefined || conditions[when](context.answers)),
    cameFrom: ({ context }: Args, { step }: StepParams) => context.visited.at(-1) === step,
    isChangeTo: ({ event }: Args, { step }: StepParams) => event.type === 'wizard.change' && event.step === step,
  },
  actions: {
    recordAnswers: assign({ answers: ({ context, event }) => answersAfter(context, event) }),
    showErrors: assign({ errors: ({ context, event }, { step }: StepParams) => answerErrors(step, answersAfter(context, event)) }),
    clearErrors: assign({ errors: [] }),
    leaveStep: assign({ visited: ({ context }, { step }: StepParams) => [...context.visited, step] }),
    // During a Change the screen gone back to is shown, not passed over again on the way.
    goBack: assign({
      visited: ({ context }) => context.visited.slice(0, -1),
      returnPath: ({ context }) => context.returnPath?.filter((step) => step !== context.visited.at(-1)) ?? null,
      errors: [],
    }),
    // Every later screen may be passed over if it is still answered, including ones a "stop here"
    // skipped last time, so carrying on again never means answering twice.
    startChange: assign(({ context }, { step }: StepParams) => {
      const at = context.visited.indexOf(step);
      const later = routeSteps.slice(routeSteps.findIndex((s) => s.id === step) + 1).map((s) => s.id as StepId);
      return at < 0 ? { errors: [] } : { visited: context.visited.slice(0, at), returnPath: later, errors: [] };
    }),
    // Stopping after the first steps keeps the later answers: the urgent plan does not use them,
    // and carrying on again later should not mean answering them twice.
    settleOnPlan: assign(({ context }) => ({
      answers: conditions.wantsUrgentOnly(context.answers) ? context.answers : answersOnPath(context.visited, context.answers),
      returnPath: null,
      errors: [],
    })),
    reset: assign(() => emptyContext),
  },
});

type MachineConfig = Parameters<typeof wizardSetup.createMachine>[0];
type StatesConfig = NonNullable<MachineConfig['states']>;
type StateConfig = StatesConfig[string];
/** A transition as `always` takes it, for any wizard event, so one shape serves every event. */
type TransitionConfig = Exclude<NonNullable<StateConfig['always']>, string | readonly unknown[]>;

/** Every state has an id equal to its step, so any transition can target `#step`. */
const to = (step: StepId) => `#${step}` as const;

function nextStep(index: number): StepId {
  return routeSteps[index + 1]!.id;
}

/**
 * Where a screen leads, in order: its exits (with their own condition), then the next screen.
 * `check` is the guard every way out also needs (answered, or being passed over after Change);
 * Continue has none, because it has already checked the answers.
 */
function onward(
  step: StepDefinition,
  index: number,
  check: 'isAnswered' | 'isPassingOver' | undefined,
  actions: TransitionConfig['actions'],
): TransitionConfig[] {
  const id = step.id as StepId;
  const guardFor = (when?: ConditionName): TransitionConfig['guard'] =>
    check === undefined ? when : { type: check, params: when === undefined ? { step: id } : { step: id, when } };
  const exits: TransitionConfig[] = (step.exits ?? []).map((exit) => ({
    target: to(exit.to as StepId),
    guard: guardFor(exit.when),
    actions,
  }));
  const guard = guardFor();
  const next: TransitionConfig = { target: to(nextStep(index)), actions, ...(guard === undefined ? {} : { guard }) };
  return [...exits, next];
}

function screenState(step: StepDefinition, index: number): StateConfig {
  const id = step.id as StepId;
  const params = { step: id };
  const leave = { type: 'leaveStep', params } as const;
  return {
    id,
    meta: { section: step.section, contentKey: id } satisfies StepMeta,
    always: onward(step, index, 'isPassingOver', [leave]),
    on: {
      'wizard.continue': [
        { guard: { type: 'hasAnswerErrors', params }, actions: { type: 'showErrors', params } },
        ...onward(step, index, undefined, ['recordAnswers', leave, 'clearErrors']),
      ],
      'wizard.forward': onward(step, index, 'isAnswered', [leave]),
      'wizard.startAgain': { target: to('confirmStartAgain'), actions: [leave] },
      'wizard.viewPlanSoFar': { target: to('planSoFar'), actions: [leave] },
    },
  };
}

/** The stages with screens, each a compound state starting at its first screen. */
function stageStates(): StatesConfig {
  const stages: Record<string, { initial: string; states: Record<string, StateConfig> }> = {};
  routeSteps.forEach((step, index) => {
    if (step.id === 'plan') return;
    const stage = (stages[step.section] ??= { initial: step.id, states: {} });
    stage.states[step.id] = screenState(step, index);
  });
  return stages;
}

const planState: StateConfig = {
  id: 'plan',
  meta: { section: 'plan', contentKey: 'plan' } satisfies StepMeta,
  entry: 'settleOnPlan',
  on: {
    'wizard.viewSources': { target: to('sources'), actions: [{ type: 'leaveStep', params: { step: 'plan' } }] },
    'wizard.draftReply': { target: to('reply'), actions: [{ type: 'leaveStep', params: { step: 'plan' } }] },
    'wizard.startAgain': { target: to('confirmStartAgain'), actions: [{ type: 'leaveStep', params: { step: 'plan' } }] },
    'wizard.change': routeSteps
      .filter((step) => step.questions.length > 0)
      .map((step) => ({
        target: to(step.id),
        guard: { type: 'isChangeTo', params: { step: step.id } },
        actions: { type: 'startChange', params: { step: step.id } },
      })),
  },
};

/** Screens off the route: they are left with Back, to whichever screen opened them. */
function sideState(step: (typeof sideSteps)[number]): StateConfig {
  const meta = { section: 'side', contentKey: step } satisfies StepMeta;
  if (step === 'confirmStartAgain') {
    return { id: step, meta, on: { 'wizard.confirmStartAgain': { target: to('start'), actions: 'reset' } } };
  }
  return { id: step, meta };
}

export const incidentMachine = wizardSetup.createMachine({
  id: 'incident',
  initial: routeSteps[0].section,
  context: emptyContext,
  on: {
    'wizard.back': allStepIds.map((step) => ({
      target: to(step),
      guard: { type: 'cameFrom', params: { step } },
      actions: 'goBack',
    })),
  },
  states: {
    ...stageStates(),
    plan: planState,
    ...Object.fromEntries(sideSteps.map((step) => [step, sideState(step)])),
  },
});

export type IncidentMachine = typeof incidentMachine;

export { currentStep, stateValueOf } from './stateValue';
export { sectionOf };
