import { describe, expect, it } from 'vitest';
import { incidentMachine } from '../../../machines/incidentMachine';
import { allStepIds, routeSteps, sectionOf } from '../../../machines/steps';
import { flowGraph } from '../../../src/features/diagram/flowGraph';
import { stageOf, stagesOf } from '../../../src/features/diagram/stageOverview';

const stages = stagesOf(flowGraph(incidentMachine));

describe('the overview by stage', () => {
  it('has every screen once, in the stage machines/steps.ts puts it in', () => {
    const listed = stages.flatMap((stage) => stage.screens.map((screen) => screen.id));
    expect([...listed].sort()).toEqual([...allStepIds].sort());
    for (const stage of stages) for (const screen of stage.screens) expect(sectionOf(screen.id)).toBe(stage.id);
  });

  it('follows the route: its stages in route order, their screens in route order, and the side screens last', () => {
    const routeStages = [...new Set(routeSteps.map((step) => step.section))];
    expect(stages.map((stage) => stage.id)).toEqual([...routeStages, 'side']);
    const routeOrder = stages.filter((stage) => stage.id !== 'side').flatMap((stage) => stage.screens.map((screen) => screen.id));
    expect(routeOrder).toEqual(routeSteps.map((step) => step.id));
  });

  it('finds the stage of the screen an incident is on', () => {
    expect(stageOf(stages, 'who')).toBe('decide');
    expect(stageOf(stages, 'sources')).toBe('side');
    expect(stageOf(stages, undefined)).toBeUndefined();
  });
});
