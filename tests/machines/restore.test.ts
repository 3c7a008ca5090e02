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
    for (let i = 0; i < 5; i += 1) answerScreen(wizard, mildReview);
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

  it('does the same when the record was written by another version of the flow', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    const { snapshot, onSavedScreen } = restoreSnapshot({ ...savedFrom(wizard), machineVersion: machineVersion + 1, currentStep: 'tone' });
    expect(onSavedScreen).toBe(false);
    expect(snapshot.value).toBe('plan');
    expect(snapshot.context.answers.platform).toBe('googleReviews');
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
