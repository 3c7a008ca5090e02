import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { decisionSuggestionHeading } from '../../src/components/DecisionSuggestionCard';
import { home } from '../../src/content/home';
import { defaultPracticeName, scenarioById, withPracticeName } from '../../src/content/scenarios';
import type { Scenario } from '../../src/content/scenarioTypes';
import { stepContent } from '../../src/content/steps';
import { revealWords, scenarioAsideWords, trainingHomeWords, type TrainingMode } from '../../src/content/trainingUi';
import { forgetPresenterChoices } from '../../src/features/presenter/PresenterControls';
import { answerScreen, currentStep, renderHome, type User } from '../support/renderApp';

function scenario(id: string): Scenario {
  const found = scenarioById(id);
  if (found === undefined) throw new Error(`No scenario "${id}"`);
  return found;
}

const review = scenario('one-star-appointments');
const threat = scenario('car-park-threat');

async function start(chosen: Scenario, mode: TrainingMode) {
  const app = await renderHome();
  await app.user.click(screen.getByRole('button', { name: home.training }));
  await screen.findByRole('heading', { level: 1, name: trainingHomeWords.title });
  const words = mode === 'walkthrough' ? trainingHomeWords.walkThrough : trainingHomeWords.practise;
  await app.user.click(screen.getByRole('button', { name: `${words}: ${chosen.title}` }));
  await screen.findByRole('heading', { level: 1, name: stepContent.start.title });
  return app;
}

/** The column beside the question, and the post in it, named by its heading. */
const sideColumn = () => screen.getByRole('complementary', { name: scenarioAsideWords.columnLabel });
const postColumn = (s: Scenario) => within(sideColumn()).getByRole('region', { name: scenarioAsideWords.heading(s.posts.length) });

const postText = (s: Scenario) => withPracticeName(s.posts[0]!.text, defaultPracticeName);

async function answerUntil(user: User, s: Scenario, step: string) {
  while (currentStep() !== step) {
    const before = currentStep();
    await answerScreen(user, s.answers);
    await waitFor(() => expect(currentStep()).not.toBe(before));
  }
}

afterEach(() => {
  forgetPresenterChoices();
});

describe("a training session's reference", () => {
  it('is a training reference, with no real-looking one anywhere on the screen', async () => {
    const { user } = await start(review, 'walkthrough');
    expect(screen.getByText(/^TRAINING-\d{4}$/)).toBeVisible();
    expect(document.body.textContent).not.toMatch(/SM-\d{4}-\d{4}/);
    await answerScreen(user, review.answers);
    await screen.findByRole('heading', { level: 1, name: stepContent.risks.title });
    expect(document.body.textContent).not.toMatch(/SM-\d{4}-\d{4}/);
  });
});

describe('the post beside the question in a training session', () => {
  it('shows a post without a content note at once, and on the next screen too', async () => {
    expect(review.contentNote).toBeUndefined();
    const { user } = await start(review, 'walkthrough');
    expect(within(postColumn(review)).getByText(postText(review))).toBeVisible();
    await answerScreen(user, review.answers);
    await screen.findByRole('heading', { level: 1, name: stepContent.risks.title });
    expect(within(postColumn(review)).getByText(postText(review))).toBeVisible();
  });

  it('keeps a post behind its content note until opened, then keeps it open from screen to screen', async () => {
    expect(threat.contentNote).toBeDefined();
    const { user } = await start(threat, 'practice');
    const column = within(postColumn(threat));
    expect(column.getByText(threat.contentNote!)).toBeVisible();
    expect(column.queryByText(postText(threat))).toBeNull();
    const show = column.getByRole('button', { name: scenarioAsideWords.show(threat.posts.length) });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(column.getByText(postText(threat))).toBeVisible();
    await answerScreen(user, threat.answers);
    await screen.findByRole('heading', { level: 1, name: stepContent.risks.title });
    expect(within(postColumn(threat)).getByText(postText(threat))).toBeVisible();
    expect(within(postColumn(threat)).getByRole('button', { name: scenarioAsideWords.hide(threat.posts.length) })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('what the guidance points to, in training', () => {
  it('waits for the reveal in a walk-through, and opens beside the question with it', async () => {
    const { user } = await start(review, 'walkthrough');
    await answerUntil(user, review, 'decision');
    expect(screen.queryByRole('heading', { name: decisionSuggestionHeading })).toBeNull();
    await user.click(screen.getByRole('button', { name: revealWords.toggle }));
    const panel = within(sideColumn()).getByRole('region', { name: revealWords.heading });
    expect(within(panel).getByRole('heading', { name: decisionSuggestionHeading })).toBeVisible();
    // Opened in the column, not under the button in the question's column.
    expect(within(screen.getByRole('main')).queryByRole('region', { name: revealWords.heading })).toBeNull();
  });

  it('stays on the decision screen in practice, as in a real incident', async () => {
    const { user } = await start(review, 'practice');
    await answerUntil(user, review, 'decision');
    expect(screen.getByRole('heading', { name: decisionSuggestionHeading })).toBeVisible();
  });
});
