import type { incidentMachine, WizardEvent } from '../../machines/incidentMachine';
import { currentStep } from '../../machines/stateValue';
import { conditionNames, conditions } from '../../machines/conditions';
import { questionsOf, type StepId } from '../../machines/steps';
import type { AnswerTo, Answers, QuestionId } from '../../src/content/questions';

/**
 * How the tests explore every route with `xstate/graph`.
 *
 * The search would never end if it told states apart by every answer, so a state is identified by
 * its screen plus the value of each named routing condition: two incidents that agree on every
 * condition go the same way from here. Each question gets one answer per guard outcome it can
 * cause, not every option.
 */
export type OnePerOutcome = { readonly [K in QuestionId]: readonly AnswerTo<K>[] };

export const onePerOutcome: OnePerOutcome = {
  danger: ['yes', 'no'],
  risks: [['threat'], ['none']],
  awayChoice: ['urgentOnly', 'continue'],
  platform: ['localGroup', 'ownPage'],
  about: [['colleague'], ['practice']],
  author: ['currentStaff', 'formerStaff', 'public'],
  situations: [['none']],
  patientInfo: ['yes', 'notSure', 'no'],
  foundAt: ['2026-11-25T09:30'],
  description: ['A one-star review'],
  evidenceSaved: ['saved'],
  reason: ['clinical', 'access'],
  ownCare: ['no'],
  tone: ['abuse', 'criticism'],
  decision: ['reply', 'monitor', 'complaint'],
  rulesBroken: [['namesStaff'], ['none']],
  staffConcern: ['notSure'],
  targetRole: ['nonClinical'],
};

/** One Continue per combination of representative answers for the screen's questions. */
export function continueEvents(step: StepId, answers: OnePerOutcome = onePerOutcome): WizardEvent[] {
  let combos: Answers[] = [{}];
  for (const id of questionsOf(step)) {
    const values = answers[id] as readonly unknown[];
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [id]: value }) as Answers));
  }
  return combos.map((a) => ({ type: 'wizard.continue', answers: a }));
}

export type Snapshot = ReturnType<typeof incidentMachine.transition>;

export const serializeState = (snapshot: Snapshot) =>
  `${currentStep(snapshot)}|${conditionNames.map((name) => (conditions[name](snapshot.context.answers) ? 1 : 0)).join('')}`;
