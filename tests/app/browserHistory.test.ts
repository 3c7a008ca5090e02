import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { connectBrowserHistory } from '../../src/app/browserHistory';
import type { IncidentPageEntryState } from '../../src/app/routes';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

const entryState = () => window.history.state as { depth: number; step: string };

// The screens are read from the machine as the walk goes, not named here, so these tests hold
// whatever the route table says; only the plan is named.
describe('browser history kept in step with the wizard', () => {
  it('pushes one entry per screen and the browser Back button sends Back', async () => {
    const wizard = startWizard();
    const startLength = window.history.length;
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    const second = stepOf(wizard);
    answerScreen(wizard, mildReview);
    const third = stepOf(wizard);
    expect(new Set(wizard.getSnapshot().context.visited).size).toBe(2);
    expect(window.history.length).toBe(startLength + 2);
    expect(entryState()).toMatchObject({ depth: 2, step: third });
    const answered = wizard.getSnapshot().context.answers;

    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe(second));
    expect(wizard.getSnapshot().context.answers).toMatchObject(answered);

    window.history.forward();
    await waitFor(() => expect(stepOf(wizard)).toBe(third));
  });

  it("moves the browser back when the app's own Back is used, so Forward still works", async () => {
    const wizard = startWizard();
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    const second = stepOf(wizard);
    answerScreen(wizard, mildReview);
    const third = stepOf(wizard);
    wizard.send({ type: 'wizard.back' });
    await waitFor(() => expect(entryState()).toMatchObject({ depth: 1, step: second }));
    window.history.forward();
    await waitFor(() => expect(stepOf(wizard)).toBe(third));
  });

  it('takes the browser back again when Forward would skip an unanswered screen', async () => {
    const wizard = startWizard();
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    answerScreen(wizard, mildReview);
    const length = window.history.length;
    wizard.send({ type: 'wizard.back' });
    await waitFor(() => expect(entryState().depth).toBe(1));
    // Continue again: the machine's next screen takes the place of the old Forward entry.
    answerScreen(wizard, mildReview);
    await waitFor(() => expect(entryState()).toMatchObject({ depth: 2, step: stepOf(wizard) }));
    expect(window.history.length).toBe(length);
  });

  it('lays down an entry for every screen on the path when it connects mid-incident', async () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    const { visited } = wizard.getSnapshot().context;
    disconnect = connectBrowserHistory(wizard);
    expect(entryState()).toMatchObject({ depth: visited.length, step: 'plan' });
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe(visited.at(-1)));
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe(visited.at(-2)));
  });

  it('pushes an entry for each screen passed over after Change, so Back can visit them', async () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    disconnect = connectBrowserHistory(wizard);
    const before = wizard.getSnapshot().context.visited;
    const changed = before[1]!; // an early answer, so Continue passes over the screens after it
    wizard.send({ type: 'wizard.change', step: changed });
    await waitFor(() => expect(entryState()).toMatchObject({ step: changed }));
    answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('plan');
    const { visited } = wizard.getSnapshot().context;
    expect(visited.length).toBeGreaterThan(2);
    expect(entryState()).toMatchObject({ depth: visited.length, step: 'plan' });
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe(visited.at(-1)));
  });
});

describe('browser history with addresses', () => {
  const incidentId = 'incident-1';
  const addressOf = (step: string) => (step === 'plan' ? `#/incident/${incidentId}/plan` : `#/incident/${incidentId}`);

  it("gives every step's entry the incident's address, and the plan's own on the plan", async () => {
    const wizard = startWizard();
    disconnect = connectBrowserHistory(wizard, { incidentId, addressOf });
    expect(window.location.hash).toBe(`#/incident/${incidentId}`);
    walkToPlan(mildReview, wizard);
    expect(window.location.hash).toBe(`#/incident/${incidentId}/plan`);
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).not.toBe('plan'));
    await waitFor(() => expect(window.location.hash).toBe(`#/incident/${incidentId}`));
    window.history.forward();
    await waitFor(() => expect(window.location.hash).toBe(`#/incident/${incidentId}/plan`));
    expect(stepOf(wizard)).toBe('plan');
  });

  it('leaves a page shown over the wizard in place on a reload, and Back from it moves nothing', async () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    disconnect = connectBrowserHistory(wizard, { incidentId, addressOf });
    const depth = wizard.getSnapshot().context.visited.length;
    const evidence: IncidentPageEntryState = { incidentPage: 'evidence', incidentId, depth };
    window.history.pushState(evidence, '', `#/incident/${incidentId}/evidence`);
    disconnect();

    // The reload: the same record, so the same depth, under the same entry.
    const reloaded = startWizard();
    walkToPlan(mildReview, reloaded);
    const length = window.history.length;
    disconnect = connectBrowserHistory(reloaded, { incidentId, addressOf });
    expect(window.history.state).toEqual(evidence);
    expect(window.history.length).toBe(length);
    expect(window.location.hash).toBe(`#/incident/${incidentId}/evidence`);

    window.history.back();
    await waitFor(() => expect(window.history.state).toMatchObject({ depth, step: 'plan' }));
    expect(stepOf(reloaded)).toBe('plan');
    expect(window.location.hash).toBe(`#/incident/${incidentId}/plan`);
    window.history.back();
    await waitFor(() => expect(stepOf(reloaded)).not.toBe('plan'));
  });

  it("never writes over another page's entry when the machine settles", () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview);
    disconnect = connectBrowserHistory(wizard, { incidentId, addressOf });
    window.history.pushState({ appPage: 'home' }, '', '#/');
    wizard.send({ type: 'wizard.continue', answers: {} }); // refused: a new snapshot, on the same screen
    expect(wizard.getSnapshot().context.errors.length).toBeGreaterThan(0);
    expect(window.history.state).toEqual({ appPage: 'home' });
    expect(window.location.hash).toBe('#/');
  });
});
