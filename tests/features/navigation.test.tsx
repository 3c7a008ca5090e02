import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { answerScreen, completeIncident, currentStep, heading, renderApp, renderHome } from '../support/renderApp';
import { home } from '../../src/content/home';
import { mildReview } from '../support/walk';
import { questions } from '../../src/content/questions';
import { stepContent } from '../../src/content/steps';
import { actions } from '../../src/content/actions';
import { firstStepsWords } from '../../src/content/firstSteps';

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('moving around the wizard', () => {
  it('does not steal focus on first load, then focuses the new h1 after each move', async () => {
    const { user } = await renderHome();
    expect(document.activeElement).not.toBe(heading());
    await user.click(screen.getByRole('button', { name: home.startNew }));
    expect(await screen.findByRole('heading', { level: 1, name: stepContent.start.title })).toBeInTheDocument();
    await waitFor(() => expect(heading()).toHaveFocus());
    await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.risks.title);
    expect(heading()).toHaveFocus();
  });

  it('shows the 999 card and "don\'t reply yet" on the very first screen', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: /If anyone is in danger now, call 999/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "Don't reply yet" })).toBeInTheDocument();
  });

  it('shows the first safe steps on screen three, with what to save and who to tell', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await answerScreen(user, { ...mildReview, risks: ['personalDetails'] });
    expect(heading()).toHaveTextContent(stepContent.firstSteps.title);
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.slice(0, 3)).toEqual([actions.warnThreatenedPerson.title, actions.keepStaffSafeToday.title, actions.saveEvidence.title]);
    expect(titles).toContain(actions.reportToPolice.title);
    expect(screen.getByRole('heading', { level: 2, name: firstStepsWords.tellNow })).toBeInTheDocument();
    expect(screen.getAllByText(/web address/i).length).toBeGreaterThan(0);
  });

  it('Back shows the previous screen with its answer still chosen', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.risks.title);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent(questions.danger.legend);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(heading()).toHaveFocus();
  });

  it("the browser's Back and Forward buttons move through the screens", async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.firstSteps.title);
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(stepContent.risks.title));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
    act(() => window.history.forward());
    await waitFor(() => expect(heading()).toHaveTextContent(stepContent.firstSteps.title));
  });

  it('Continue without an answer shows an error summary that links to the field, and keeps typed text', async () => {
    await renderApp();
    const { user } = { user: (await import('@testing-library/user-event')).default.setup() };
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
    for (let i = 0; i < 3; i += 1) await answerScreen(user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.post.title);
    await user.type(screen.getByLabelText(questions.description.legend, { exact: false }), 'Post calls Dr X a liar');
    await user.clear(screen.getByLabelText(questions.foundAt.legend));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByLabelText(questions.description.legend, { exact: false })).toHaveValue('Post calls Dr X a liar');
  });

  it('asks a follow-up question on the same screen only when an earlier answer calls for it', async () => {
    const { user } = await renderApp();
    while (currentStep() !== 'what') await answerScreen(user, mildReview);
    expect(screen.queryByRole('group', { name: questions.targetRole.legend })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answerScreen(user, { ...mildReview, about: ['colleague'] });
    expect(within(screen.getByRole('group', { name: questions.targetRole.legend })).getAllByRole('radio')).toHaveLength(4);
  });

  it('the plan so far opens from a question screen and Back returns there', async () => {
    const { user } = await renderApp();
    for (let i = 0; i < 3; i += 1) await answerScreen(user, mildReview);
    await user.click(screen.getByRole('button', { name: firstStepsWords.planSoFarLink }));
    expect(heading()).toHaveTextContent(stepContent.planSoFar.title);
    expect(screen.getByText(actions.keepSavedEvidence.title)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: firstStepsWords.backToQuestions }));
    expect(heading()).toHaveTextContent(stepContent.post.title);
  });

  it('Change from the plan asks the new question only, and the plan updates', async () => {
    const { user } = await renderApp();
    await completeIncident(user, mildReview);
    await user.click(screen.getByRole('button', { name: /Change anyone in danger now/i }));
    expect(heading()).toHaveTextContent(questions.danger.legend);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Yes, or I am not sure' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your action plan'));
    expect(screen.getAllByText(/call 999 if you have not already/i).length).toBeGreaterThan(0);
  });

  it('Start again asks on a page of its own; "No" goes back, "Yes" clears everything', async () => {
    const { user } = await renderApp();
    await answerScreen(user, mildReview);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(heading()).toHaveTextContent(stepContent.confirmStartAgain.title);
    await user.click(screen.getByRole('button', { name: 'No, go back' }));
    expect(heading()).toHaveTextContent(stepContent.risks.title);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: /Yes, clear my answers/ }));
    expect(heading()).toHaveTextContent(stepContent.start.title);
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it('the pause on the first screen counts down and never moves on by itself', async () => {
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
      expect(heading()).toHaveTextContent(stepContent.start.title);
    } finally {
      vi.useRealTimers();
    }
  });
});
