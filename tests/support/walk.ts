import { createActor } from 'xstate';
import { currentStep, incidentMachine } from '../../machines/incidentMachine';
import { questionsOf, type StepId } from '../../machines/steps';
import type { Answers, QuestionId } from '../../src/content/questions';

export function startWizard() {
  return createActor(incidentMachine).start();
}

export type Wizard = ReturnType<typeof startWizard>;

export function stepOf(wizard: Wizard): StepId {
  return currentStep(wizard.getSnapshot());
}

/** Answer the current screen from a full set of answers (only this screen's questions are sent). */
export function answerScreen(wizard: Wizard, all: Answers): void {
  const mine: Partial<Record<QuestionId, unknown>> = {};
  for (const id of questionsOf(stepOf(wizard), { ...wizard.getSnapshot().context.answers, ...all })) {
    if (all[id] !== undefined) mine[id] = all[id];
  }
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
  patientInfo: 'no',
  evidenceSaved: 'saved',
  awayChoice: 'continue',
  platform: 'googleReviews',
  foundAt: '2026-11-25T09:30',
  description: 'One-star review saying nobody answers the phone at 8am.',
  about: ['practice'],
  author: 'public',
  reason: 'access',
  tone: 'criticism',
  ownCare: 'no',
  situations: ['none'],
  rulesBroken: ['none'],
  decision: 'reply',
};
