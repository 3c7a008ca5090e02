import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { home } from '../../src/content/home';
import { questions } from '../../src/content/questions';
import { scenarios } from '../../src/content/scenarios';
import { bannerWords, practiceResultsWords, revealWords, trainingHomeWords } from '../../src/content/trainingUi';
import { stepContent } from '../../src/content/steps';
import { completeIncident, memoryStorage, renderHome } from '../support/renderApp';

async function startTraining(mode: RegExp) {
  const storage = memoryStorage();
  await storage.incidents.create({ kind: 'live', now: new Date() }); // a real incident that must never show
  const app = await renderHome(storage);
  await app.user.click(screen.getByRole('button', { name: home.training }));
  await screen.findByRole('heading', { level: 1, name: trainingHomeWords.title });
  const first = scenarios[0]!;
  await app.user.click(screen.getAllByRole('button', { name: mode })[0]!);
  await screen.findByRole('heading', { level: 1, name: stepContent.start.title });
  return { ...app, storage, scenario: first };
}

describe('training mode in the app', () => {
  it('walks through a scenario with a banner and a reveal on each screen, and saves nothing', async () => {
    const { user, storage } = await startTraining(new RegExp(`^${trainingHomeWords.walkThrough}`));
    expect(screen.getByText(bannerWords.title)).toBeInTheDocument();
    const reveal = screen.getByRole('button', { name: revealWords.toggle });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-expanded', 'true');
    expect((await storage.incidents.list()).length).toBe(1); // only the real one
    await user.click(screen.getByRole('button', { name: bannerWords.end }));
    await screen.findByRole('heading', { level: 1, name: trainingHomeWords.title });
    expect(screen.queryByRole('table')).toBeNull(); // the real incident list is never shown in training
  });

  it('compares a practice run with the guidance at the plan', async () => {
    const { user, scenario } = await startTraining(new RegExp(`^${trainingHomeWords.practise}`));
    expect(screen.queryByRole('button', { name: revealWords.toggle })).toBeNull();
    await completeIncident(user, scenario.answers);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByText('Same').length).toBeGreaterThan(3);
    // The comparison comes before the long plan, and takes the focus owed to the new page.
    const comparison = screen.getByRole('heading', { level: 2, name: practiceResultsWords.heading });
    const plan = screen.getByRole('heading', { level: 1 });
    expect(comparison.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(comparison).toHaveFocus();
  });
});

describe('presenter controls in a training session', () => {
  it('"Start this scenario again" returns to the first screen with nothing answered', async () => {
    const { user, scenario } = await startTraining(new RegExp(`^${trainingHomeWords.walkThrough}`));
    // The first screen asks about danger; answering it moves on to the risks.
    expect(scenario.answers.danger).toBe('no');
    await user.click(screen.getByRole('radio', { name: questions.danger.options[1].label }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: stepContent.risks.title });
    await user.click(screen.getByRole('button', { name: /Start this scenario again/ }));
    await screen.findByRole('heading', { level: 1, name: stepContent.start.title });
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.getByRole('radio', { name: questions.danger.options[1].label })).not.toBeChecked();
  });
});
