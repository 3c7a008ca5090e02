import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { firstStepsWords } from '../../src/content/firstSteps';
import { notToDo } from '../../src/content/notToDo';
import { ui } from '../../src/content/ui';
import type { StepId } from '../../machines/steps';
import { answerScreen, completeIncident, currentStep, heading, renderApp } from '../support/renderApp';
import { mildReview } from '../support/walk';
import { glanceOf, planLineTitles } from '../support/planLines';
import type { Answers } from '../../src/content/questions';

/** Four incidents clicked through end to end, by the labels staff read. */

describe('clicking through whole incidents', () => {
  it('a mild review about appointments ends in a calm plan with a brief reply and no police', async () => {
    const { user } = await renderApp();
    const screens = await completeIncident(user, mildReview);
    expect(screens).toEqual(['start', 'risks', 'firstSteps', 'post', 'who', 'what', 'also', 'decision', 'plan']);
    expect(screen.queryByText(/call 999 if you have not already/i)).toBeNull();
    const titles = planLineTitles();
    expect(titles.some((t) => /999/.test(t))).toBe(false);
    expect(screen.getByRole('heading', { name: 'What not to do' })).toBeInTheDocument();
    expect(screen.getByText(/guidance, not legal advice/i, { selector: 'main p' })).toBeInTheDocument();
  });

  it('abuse naming a receptionist leads to reporting, the law and support for her', async () => {
    const { user } = await renderApp();
    const answers: Answers = {
      ...mildReview,
      platform: 'ownPage',
      about: ['colleague'],
      reason: 'manner',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'nonClinical',
    };
    await completeIncident(user, answers);
    const titles = planLineTitles();
    for (const id of ['reportToSite', 'giveFactsToPolice', 'supportNonClinical'] as const) expect(titles).toContain(glanceOf(id));
    expect(titles).not.toContain(glanceOf('replyBriefly'));
    const answersList = screen.getByRole('heading', { name: 'Your answers' }).closest('section')!;
    expect(within(answersList).getByText("The colleague's role")).toBeInTheDocument();
  });

  it('a threat of violence puts 999 first and keeps the emergency card on every later screen', async () => {
    const { user } = await renderApp();
    const answers: Answers = {
      ...mildReview,
      danger: 'yes',
      risks: ['threat'],
      about: ['colleague'],
      targetRole: 'gp',
      tone: 'abuse',
      decision: 'monitor',
    };
    const activeCard = () => screen.queryByRole('complementary', { name: (name) => name.endsWith(ui.emergencyActive.title) });
    expect(activeCard()).toBeNull();
    // Screen by screen after the danger answer: the card heads each one, and the plan so far opened from it.
    const screens: StepId[] = [currentStep()];
    while (currentStep() !== 'plan') {
      const before = currentStep();
      await answerScreen(user, answers);
      await waitFor(() => expect(currentStep()).not.toBe(before));
      screens.push(currentStep());
      expect(activeCard(), `the card on ${currentStep()}`).toBeInTheDocument();
      if (currentStep() === 'plan') break;
      const shown = currentStep();
      await user.click(screen.getByRole('button', { name: firstStepsWords.planSoFarLink }));
      await waitFor(() => expect(currentStep()).toBe('planSoFar'));
      expect(activeCard(), `the card on the plan so far, from ${shown}`).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: ui.back }));
      await waitFor(() => expect(currentStep()).toBe(shown));
    }
    expect(screens).toEqual(['start', 'risks', 'firstSteps', 'post', 'who', 'what', 'also', 'decision', 'plan']);
    const [first] = planLineTitles();
    expect(first).toBe(glanceOf('call999'));
  });

  it("a staff member's post goes through the staff screens, and never to discipline on the spot", async () => {
    const { user } = await renderApp();
    const answers: Answers = {
      ...mildReview,
      author: 'currentStaff',
      about: ['colleague', 'practice'],
      reason: 'manner',
      decision: 'monitor',
      staffConcern: 'notSure',
      targetRole: 'manager',
    };
    await completeIncident(user, answers);
    expect(heading()).toHaveTextContent('Your action plan');
    expect(currentStep()).toBe('plan');
    expect(planLineTitles()).toContain(glanceOf('followFairProcess'));
    const dontDo = screen.getByRole('heading', { name: 'What not to do' }).closest('section')!;
    expect(within(dontDo).getByText(notToDo.decidingDisciplineNow.text)).toBeInTheDocument();
  });
});
