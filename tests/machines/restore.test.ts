import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { incidentMachine, machineVersion } from '../../machines/incidentMachine';
import { restoreSnapshot } from '../../machines/restore';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

function savedFrom(wizard: ReturnType<typeof startWizard>) {
  const { context, value } = wizard.getSnapshot();
  return { machineVersion, currentStep: String(value), visited: context.visited, answers: context.answers };
}

describe('restoring a saved incident', () => {
  it('lands on the exact screen with every answer, and Back and Continue still work', () => {
    const wizard = startWizard();
    for (let i = 0; i < 6; i += 1) answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('about');
    const { snapshot, onSavedScreen } = restoreSnapshot(savedFrom(wizard));
    expect(onSavedScreen).toBe(true);
    const resumed = createActor(incidentMachine, { snapshot }).start();
    expect(resumed.getSnapshot().value).toBe('about');
    expect(resumed.getSnapshot().context.answers).toEqual(wizard.getSnapshot().context.answers);
    resumed.send({ type: 'wizard.back' });
    expect(resumed.getSnapshot().value).toBe('platform');
    expect(walkToPlan(mildReview, resumed).at(-1)).toBe('plan');
  });

  it('opens the check-answers page, answers intact, when the saved screen no longer exists', () => {
    const fixture = {
      machineVersion,
      currentStep: 'aScreenRemovedInALaterVersion',
      visited: ['calm', 'danger', 'risks'],
      answers: { danger: 'no', risks: ['none'] },
    };
    const { snapshot, onSavedScreen } = restoreSnapshot(fixture);
    expect(onSavedScreen).toBe(false);
    expect(snapshot.value).toBe('plan');
    expect(snapshot.context.answers).toEqual({ danger: 'no', risks: ['none'] });
    const resumed = createActor(incidentMachine, { snapshot }).start();
    resumed.send({ type: 'wizard.change', step: 'risks' });
    expect(resumed.getSnapshot().value).toBe('risks');
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
    // Version 1 asked about patient information after "who wrote it", and had no "part of it too" screen.
    const { situations: _situations, ownCare: _ownCare, ...olderAnswers } = mildReview;
    const { snapshot, onSavedScreen } = restoreSnapshot({
      machineVersion: 1,
      currentStep: 'tone',
      visited: ['calm', 'danger', 'risks', 'location', 'platform', 'about', 'author', 'patientInfo', 'describe'],
      answers: olderAnswers,
    });
    expect(onSavedScreen).toBe(false);
    expect(snapshot.value).toBe('situations');
    expect(snapshot.context.answers).toEqual(olderAnswers);
    expect(snapshot.context.visited).toEqual(['calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author']);
    const resumed = createActor(incidentMachine, { snapshot }).start();
    resumed.send({ type: 'wizard.back' });
    expect(resumed.getSnapshot().value).toBe('author');
  });

  it('asks a safety question that moved earlier before anything else, when an older incident never answered it', () => {
    const { snapshot } = restoreSnapshot({
      machineVersion: 1,
      currentStep: 'platform',
      visited: ['calm', 'danger', 'risks', 'location'],
      answers: { danger: 'no', risks: ['none'], location: 'atWork' },
    });
    expect(snapshot.value).toBe('patientInfo');
  });

  it('ignores stored answers to questions this version does not ask, and malformed values', () => {
    const { snapshot } = restoreSnapshot({
      machineVersion,
      currentStep: 'danger',
      visited: ['calm'],
      answers: { danger: 'no', retiredQuestion: 'x', risks: [1, 2] },
    });
    expect(snapshot.context.answers).toEqual({ danger: 'no' });
  });
});
