import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { conditions } from '../../machines/conditions';
import { currentStep, incidentMachine, type WizardEvent } from '../../machines/incidentMachine';
import { answersOnPath } from '../../machines/stepAnswers';
import { allStepIds } from '../../machines/steps';
import { CurrentScreen } from '../../src/app/CurrentScreen';
import { WizardContext } from '../../src/components/wizardContext';
import { stepContent } from '../../src/content/steps';
import { ui } from '../../src/content/ui';
import { planSoFar, recommend } from '../../src/plan/recommend';
import { continueEvents, serializeState, type Snapshot } from '../support/routeGraph';

/**
 * The 999 card: once someone has said a person may be in danger it heads every later screen,
 * including the side screens and any screen gone back to; otherwise it is only the standing
 * reminder on the first screen. Every route is explored with `xstate/graph` (see
 * tests/support/routeGraph.ts); each screen is drawn as the app draws it, with and without danger.
 */
const sideMoves: readonly WizardEvent[] = [
  { type: 'wizard.viewPlanSoFar' },
  { type: 'wizard.viewSources' },
  { type: 'wizard.draftReply' },
  { type: 'wizard.startAgain' },
  { type: 'wizard.back' },
];
const everyMove = (snapshot: Snapshot): WizardEvent[] => [...continueEvents(currentStep(snapshot)), ...sideMoves];

type Path = ReturnType<typeof getShortestPaths<typeof incidentMachine>>[number];

/** The danger answer last given on a path, forgotten when the incident is started again. */
function dangerSaidOn(path: Path): boolean {
  let said = false;
  for (const { event } of path.steps) {
    if (event.type === 'wizard.continue' && event.answers.danger !== undefined) said = event.answers.danger === 'yes';
    if (event.type === 'wizard.confirmStartAgain') said = false;
  }
  return said;
}

/** What each screen's card is drawn from (StepFrame, PlanPage and PlanSoFarPage). */
function cardDataShowsDanger(state: Snapshot): boolean {
  const { answers, visited } = state.context;
  switch (currentStep(state)) {
    case 'plan':
      return recommend(answers).emergency;
    case 'planSoFar':
      return planSoFar(answersOnPath(visited, answers)).emergency;
    default:
      return conditions.inDanger(answers);
  }
}

/** The screen a route ends on, drawn as the app draws it from the machine's own state. */
async function renderEndOf(path: Path): Promise<void> {
  const wizard = createActor(incidentMachine).start();
  for (const { event } of path.steps) wizard.send(event);
  const snapshot = wizard.getPersistedSnapshot();
  wizard.stop();
  render(
    <WizardContext.Provider options={{ snapshot }}>
      <CurrentScreen />
    </WizardContext.Provider>,
  );
  // The plan and the sources load lazily: wait for the screen's own heading.
  await screen.findByRole('heading', {
    level: 1,
    name: stepContent[currentStep(path.state)].title,
  });
}

const cardNamed = (title: string) => screen.queryByRole('complementary', { name: (name) => name.endsWith(title) });

describe('the emergency card, on every route', () => {
  it('is drawn from data that says "danger" on every screen after a "yes", on every route, and never after a "no"', () => {
    const routes = getShortestPaths(incidentMachine, {
      events: everyMove,
      serializeState,
    });
    let afterYes = 0;
    const wrong: string[] = [];
    for (const path of routes) {
      const said = dangerSaidOn(path);
      if (said) afterYes += 1;
      if (cardDataShowsDanger(path.state) !== said) wrong.push(`${serializeState(path.state)} after ${said ? 'yes' : 'no'}`);
    }
    expect(wrong).toEqual([]);
    // Thousands of states, a good share of them after a "yes", so the check above cannot pass on too few.
    expect(routes.length).toBeGreaterThan(1000);
    expect(afterYes).toBeGreaterThan(routes.length / 4);
  });

  // One route to each screen with someone in danger and one without: the card depends on nothing else.
  const byScreenAndDanger = getShortestPaths(incidentMachine, {
    events: everyMove,
    serializeState: (state) => `${currentStep(state)}|${conditions.inDanger(state.context.answers)}`,
  });
  const withDanger = byScreenAndDanger.filter((path) => conditions.inDanger(path.state.context.answers));
  const withoutDanger = byScreenAndDanger.filter((path) => !conditions.inDanger(path.state.context.answers));

  it('reaches every screen both with and without someone in danger', () => {
    const screens = (paths: readonly Path[]) => paths.map((path) => currentStep(path.state)).sort();
    expect(screens(withDanger)).toEqual([...allStepIds].sort());
    expect(screens(withoutDanger)).toEqual([...allStepIds].sort());
  });

  it.each(withDanger.map((path) => [currentStep(path.state), path] as const))(
    'heads the %s screen once someone may be in danger',
    async (_step, path) => {
      await renderEndOf(path);
      expect(cardNamed(ui.emergencyActive.title)).toBeInTheDocument();
      cleanup();
    },
  );

  it.each(withoutDanger.map((path) => [currentStep(path.state), path] as const))(
    'on the %s screen with nobody in danger, is only the standing reminder on the first screen',
    async (step, path) => {
      await renderEndOf(path);
      expect(cardNamed(ui.emergencyActive.title)).toBeNull();
      if (step === 'start') expect(cardNamed(ui.emergency.title)).toBeInTheDocument();
      else expect(cardNamed(ui.emergency.title)).toBeNull();
      cleanup();
    },
  );
});
