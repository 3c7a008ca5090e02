import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { incidentMachine, machineVersion } from '../../machines/incidentMachine';
import { restoreSnapshot } from '../../machines/restore';
import { currentStep } from '../../machines/stateValue';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

function savedFrom(wizard: ReturnType<typeof startWizard>) {
  const { context, value } = wizard.getSnapshot();
  return { machineVersion, currentStep: currentStep({ value }), visited: context.visited, answers: context.answers };
}

describe('restoring a saved incident', () => {
  it('lands on the exact screen with every answer, and Back and Continue still work', () => {
    const wizard = startWizard();
    for (let i = 0; i < 4; i += 1) answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('who');
    const { snapshot, onSavedScreen } = restoreSnapshot(savedFrom(wizard));
    expect(onSavedScreen).toBe(true);
    const resumed = createActor(incidentMachine, { snapshot }).start();
    expect(currentStep(resumed.getSnapshot())).toBe('who');
    expect(resumed.getSnapshot().context.answers).toEqual(wizard.getSnapshot().context.answers);
    resumed.send({ type: 'wizard.back' });
    expect(currentStep(resumed.getSnapshot())).toBe('post');
    expect(walkToPlan(mildReview, resumed).at(-1)).toBe('plan');
  });

  it('opens the check-answers page, answers intact, when the saved screen no longer exists', () => {
    const fixture = {
      machineVersion,
      currentStep: 'aScreenRemovedInALaterVersion',
      visited: ['start', 'risks'],
      answers: { danger: 'no', risks: ['none'] },
    };
    const { snapshot, onSavedScreen } = restoreSnapshot(fixture);
    expect(onSavedScreen).toBe(false);
    expect(snapshot.value).toBe('plan');
    expect(snapshot.context.answers).toEqual({ danger: 'no', risks: ['none'] });
    const resumed = createActor(incidentMachine, { snapshot }).start();
    resumed.send({ type: 'wizard.change', step: 'risks' });
    expect(currentStep(resumed.getSnapshot())).toBe('risks');
  });

  it('does the same when the record was written by a newer version of the flow', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    const { snapshot, onSavedScreen } = restoreSnapshot({ ...savedFrom(wizard), machineVersion: machineVersion + 1, currentStep: 'tone' });
    expect(onSavedScreen).toBe(false);
    expect(snapshot.value).toBe('plan');
    expect(snapshot.context.answers.platform).toBe('googleReviews');
  });

  it('resumes an incident from an older flow at the first question it has not answered, answers intact', () => {
    // Version 2 asked "where did you see it" and "who wrote it" on screens of their own, and no "what next".
    const { awayChoice: _awayChoice, tone: _tone, ...olderAnswers } = mildReview;
    const { snapshot, onSavedScreen } = restoreSnapshot({
      machineVersion: 2,
      currentStep: 'motive',
      visited: ['calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations'],
      answers: olderAnswers,
    });
    expect(onSavedScreen).toBe(false);
    expect(currentStep(snapshot)).toBe('firstSteps');
    expect(snapshot.context.answers).toEqual(olderAnswers);
    expect(snapshot.context.visited).toEqual(['start', 'risks']);
    const resumed = createActor(incidentMachine, { snapshot }).start();
    resumed.send({ type: 'wizard.continue', answers: { awayChoice: 'continue' } });
    // Every screen already answered is passed over, up to the one with a question still open.
    expect(currentStep(resumed.getSnapshot())).toBe('what');
    expect(resumed.getSnapshot().context.visited).toEqual(['start', 'risks', 'firstSteps', 'post', 'who']);
  });

  it('asks a safety question before anything else, when an older incident never answered it', () => {
    const { snapshot } = restoreSnapshot({
      machineVersion: 1,
      currentStep: 'platform',
      visited: ['calm', 'danger', 'risks', 'location'],
      answers: { danger: 'no', risks: ['none'], location: 'atWork' },
    });
    expect(currentStep(snapshot)).toBe('risks');
  });

  it('keeps a Change in progress across a reload, so the plan is still one Continue away', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'who' });
    const { context } = wizard.getSnapshot();
    const { snapshot } = restoreSnapshot({ ...savedFrom(wizard), returnPath: context.returnPath });
    const resumed = createActor(incidentMachine, { snapshot }).start();
    expect(currentStep(resumed.getSnapshot())).toBe('who');
    resumed.send({ type: 'wizard.continue', answers: { about: ['practice'], author: 'relative' } });
    expect(currentStep(resumed.getSnapshot())).toBe('plan');
  });

  it('ignores stored answers to questions this version does not ask, and malformed values', () => {
    const { snapshot } = restoreSnapshot({
      machineVersion,
      currentStep: 'start',
      visited: [],
      answers: { danger: 'no', retiredQuestion: 'x', risks: [1, 2] },
    });
    expect(snapshot.context.answers).toEqual({ danger: 'no' });
  });
});
