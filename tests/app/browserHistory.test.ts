import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { connectBrowserHistory } from '../../src/app/browserHistory';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

const entryState = () => window.history.state as { depth: number; step: string };

describe('browser history kept in step with the wizard', () => {
  it('pushes one entry per screen and the browser Back button sends Back', async () => {
    const wizard = startWizard();
    const startLength = window.history.length;
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('risks');
    expect(window.history.length).toBe(startLength + 2);
    expect(entryState()).toMatchObject({ depth: 2, step: 'risks' });

    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe('danger'));
    expect(wizard.getSnapshot().context.answers.danger).toBe('no');

    window.history.forward();
    await waitFor(() => expect(stepOf(wizard)).toBe('risks'));
  });

  it("moves the browser back when the app's own Back is used, so Forward still works", async () => {
    const wizard = startWizard();
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.back' });
    await waitFor(() => expect(entryState()).toMatchObject({ depth: 1, step: 'danger' }));
    window.history.forward();
    await waitFor(() => expect(stepOf(wizard)).toBe('risks'));
  });

  it('takes the browser back again when Forward would skip an unanswered screen', async () => {
    const wizard = startWizard();
    disconnect = connectBrowserHistory(wizard);
    answerScreen(wizard, mildReview);
    answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.back' });
    await waitFor(() => expect(entryState().depth).toBe(1));
    wizard.send({ type: 'wizard.continue', answers: { danger: 'yes' } }); // a different route now
    expect(stepOf(wizard)).toBe('emergency');
    await waitFor(() => expect(entryState()).toMatchObject({ depth: 2, step: 'emergency' }));
  });

  it('lays down an entry for every screen on the path when it connects mid-incident', async () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    const depth = wizard.getSnapshot().context.visited.length;
    disconnect = connectBrowserHistory(wizard);
    expect(entryState()).toMatchObject({ depth, step: 'plan' });
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe('prepared'));
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe('reply'));
  });

  it('pushes an entry for each screen passed over after Change, so Back can visit them', async () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    disconnect = connectBrowserHistory(wizard);
    wizard.send({ type: 'wizard.change', step: 'tone' });
    await waitFor(() => expect(entryState()).toMatchObject({ step: 'tone' }));
    answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('plan');
    const { visited } = wizard.getSnapshot().context;
    expect(entryState()).toMatchObject({ depth: visited.length, step: 'plan' });
    window.history.back();
    await waitFor(() => expect(stepOf(wizard)).toBe(visited.at(-1)));
  });
});
