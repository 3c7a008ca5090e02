import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import { incidentMachine, type WizardEvent } from '../../machines/incidentMachine';
import { currentStep } from '../../machines/stateValue';
import { allStepIds, questionsOf, routeStepIds } from '../../machines/steps';
import { continueEvents, serializeState, type Snapshot } from '../support/routeGraph';

/** Path tests over the whole statechart with `xstate/graph` (see tests/support/routeGraph.ts). */
const forwardOnly = {
  events: (snapshot: Snapshot) => continueEvents(currentStep(snapshot)),
  serializeState,
};

type Node = AdjacencyValue<Snapshot, WizardEvent>;
const byScreenAndConditions = getAdjacencyMap(incidentMachine, forwardOnly) as unknown as Record<string, Node>;

function nextKeys(node: Node): string[] {
  return Object.values(node.transitions)
    .map(({ state }) => serializeState(state))
    .filter((key) => key !== serializeState(node.state));
}

describe('every path through the statechart', () => {
  it('reaches the plan from every state reachable with valid answers, with no loops on the way', () => {
    // Depth-first over the adjacency map: counting the paths to the plan from each node proves
    // that every path ends there (a node with no way on, or a loop, fails).
    const pathsToPlan = new Map<string, number>();
    const onStack = new Set<string>();
    const count = (key: string): number => {
      const known = pathsToPlan.get(key);
      if (known !== undefined) return known;
      const node = byScreenAndConditions[key]!;
      if (currentStep(node.state) === 'plan') return 1;
      if (onStack.has(key)) throw new Error(`Loop through ${key}`);
      onStack.add(key);
      const next = nextKeys(node);
      if (next.length === 0) throw new Error(`Dead end at ${currentStep(node.state)}`);
      const total = next.reduce((sum, k) => sum + count(k), 0);
      onStack.delete(key);
      pathsToPlan.set(key, total);
      return total;
    };
    const startKey = serializeState(createActor(incidentMachine).getSnapshot());
    const total = count(startKey);
    // Thousands of distinct routes, every one of them ending at the plan.
    expect(total).toBeGreaterThan(1000);
    for (const key of Object.keys(byScreenAndConditions)) expect(count(key)).toBeGreaterThan(0);
  });

  it('has a shortest path to every screen, and replaying it lands on that screen', () => {
    const paths = getShortestPaths(incidentMachine, {
      events: (snapshot: Snapshot) => [
        ...continueEvents(currentStep(snapshot)),
        { type: 'wizard.viewSources' } as const,
        { type: 'wizard.startAgain' } as const,
        { type: 'wizard.viewPlanSoFar' } as const,
        { type: 'wizard.draftReply' } as const,
      ],
      serializeState,
    });
    // One shortest path per screen is enough to prove it reachable and to replay.
    const perScreen = new Map(paths.map((path) => [currentStep(path.state), path]));
    expect(allStepIds.filter((id) => !perScreen.has(id))).toEqual([]);
    for (const path of perScreen.values()) {
      const wizard = createActor(incidentMachine).start();
      for (const { event } of path.steps) wizard.send(event);
      expect(wizard.getSnapshot().value).toEqual(path.state.value);
    }
  });

  it('visits every screen on the route on the way to the plan', () => {
    const seen = new Set(Object.values(byScreenAndConditions).map(({ state }) => currentStep(state)));
    expect(routeStepIds.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('never continues past a question without a valid answer', () => {
    for (const { state } of Object.values(byScreenAndConditions)) {
      const step = currentStep(state);
      if (questionsOf(step).length === 0) continue;
      const [next] = transition(incidentMachine, state, { type: 'wizard.continue', answers: {} });
      expect(currentStep(next)).toBe(step);
      expect(next.context.errors.length).toBeGreaterThan(0);
    }
  });
});
