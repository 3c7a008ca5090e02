import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { answerScreen, completeIncident, heading, renderApp, renderHome } from '../support/renderApp';
import { home } from '../../src/content/home';
import { mildReview } from '../support/walk';
import { questions } from '../../src/content/questions';
import { stepContent } from '../../src/content/steps';

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('moving around the wizard', () => {
  it('does not steal focus on first load, then focuses the new h1 after each move', async () => {
    const { user } = await renderHome();
    expect(document.activeElement).not.toBe(heading());
    await user.click(screen.getByRole('button', { name: home.startNew }));
    expect(await screen.findByRole('heading', { level: 1, name: stepContent.calm.title })).toBeInTheDocument();
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.click(continueButton());
    expect(heading()).toHaveTextContent(questions.danger.legend);
    expect(heading()).toHaveFocus();
  });

  it('shows the 999 card on the very first screen', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: /If anyone is in danger now, call 999/ })).toBeInTheDocument();
  });

  it('Back shows the previous screen with its answer still chosen', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(questions.risks.legend);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent(questions.danger.legend);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(heading()).toHaveFocus();
  });

  it("the browser's Back and Forward buttons move through the screens", async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await answerScreen(user, mildReview);
    await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(questions.patientInfo.legend);
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(questions.risks.legend));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
    act(() => window.history.forward());
    await waitFor(() => expect(heading()).toHaveTextContent(questions.patientInfo.legend));
  });

  it('Continue without an answer shows an error summary that links to the field, and keeps typed text', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await user.click(continueButton());
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error:/);
    const link = screen.getByRole('link', { name: questions.danger.error });
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Yes, or I am not sure' })).toHaveFocus();
    expect(screen.getByRole('group', { name: questions.danger.legend })).toHaveAccessibleDescription(
      expect.stringContaining(questions.danger.error),
    );
  });

  it('keeps what was typed when a screen with text is refused', async () => {
    const { user } = await renderApp();
    const answers = { ...mildReview };
    for (let i = 0; i < 9; i += 1) await answerScreen(user, answers);
    expect(heading()).toHaveTextContent(stepContent.describe.title);
    await user.type(screen.getByLabelText(questions.description.legend, { exact: false }), 'Post calls Dr X a liar');
    await user.clear(screen.getByLabelText(questions.foundAt.legend));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByLabelText(questions.description.legend, { exact: false })).toHaveValue('Post calls Dr X a liar');
  });

  it('Change from the plan asks the new question only, and the plan updates', async () => {
    const { user } = await renderApp();
    await completeIncident(user, mildReview);
    await user.click(screen.getByRole('button', { name: /Change anyone in danger now/i }));
    expect(heading()).toHaveTextContent(questions.danger.legend);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Yes, or I am not sure' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent(stepContent.emergency.title);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your action plan'));
    expect(screen.getAllByText(/call 999 if you have not already/i).length).toBeGreaterThan(0);
  });

  it('Start again asks on a page of its own; "No" goes back, "Yes" clears everything', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await answerScreen(user, mildReview);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(heading()).toHaveTextContent(stepContent.confirmStartAgain.title);
    await user.click(screen.getByRole('button', { name: 'No, go back' }));
    expect(heading()).toHaveTextContent(questions.risks.legend);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: /Yes, clear my answers/ }));
    expect(heading()).toHaveTextContent(stepContent.calm.title);
    await user.click(continueButton());
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it('the pause on the calm screen counts down and never moves on by itself', async () => {
    await renderApp();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() => screen.getByRole('button', { name: /Take a minute/ }).click());
      for (let i = 0; i < 61; i += 1) {
        await act(async () => {
          await vi.advanceTimersByTimeAsync(1000);
        });
      }
      expect(screen.getByRole('status')).toHaveTextContent(/Ready when you are/);
      expect(heading()).toHaveTextContent(stepContent.calm.title);
    } finally {
      vi.useRealTimers();
    }
  });
});
