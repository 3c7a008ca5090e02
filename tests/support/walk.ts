import { createActor } from 'xstate';
import { incidentMachine } from '../../machines/incidentMachine';
import { questionsOf, type StepId } from '../../machines/steps';
import type { Answers, QuestionId } from '../../src/content/questions';

export function startWizard() {
  return createActor(incidentMachine).start();
}

export type Wizard = ReturnType<typeof startWizard>;

export function stepOf(wizard: Wizard): StepId {
  return wizard.getSnapshot().value as StepId;
}

/** Answer the current screen from a full set of answers (only this screen's questions are sent). */
export function answerScreen(wizard: Wizard, all: Answers): void {
  const mine: Partial<Record<QuestionId, unknown>> = {};
  for (const id of questionsOf(stepOf(wizard))) if (all[id] !== undefined) mine[id] = all[id];
  wizard.send({ type: 'wizard.continue', answers: mine as Answers });
}

/** Answer screen after screen until the plan (or until the wizard stops moving); returns the screens seen. */
export function walkToPlan(all: Answers, wizard: Wizard = startWizard()): StepId[] {
  const seen: StepId[] = [stepOf(wizard)];
  for (let guard = 0; guard < 60 && stepOf(wizard) !== 'plan'; guard += 1) {
    const before = stepOf(wizard);
    answerScreen(wizard, all);
    if (stepOf(wizard) === before) {
      throw new Error(`Stuck on "${before}": ${JSON.stringify(wizard.getSnapshot().context.errors)}`);
    }
    seen.push(stepOf(wizard));
  }
  return seen;
}

/** A complete, ordinary incident: a one-star Google review about appointments. */
export const mildReview: Answers = {
  danger: 'no',
  risks: ['none'],
  location: 'atWork',
  platform: 'googleReviews',
  about: ['practice'],
  author: 'public',
  situations: ['none'],
  patientInfo: 'no',
  foundAt: '2026-11-25T09:30',
  description: 'One-star review saying nobody answers the phone at 8am.',
  evidenceSaved: 'saved',
  reason: 'access',
  ownCare: 'no',
  motive: 'grievance',
  tone: 'criticism',
  policy: 'yes',
  decision: 'reply',
  rulesBroken: ['none'],
  monitoring: 'yes',
};
