/**
 * The diagram must show what the machine really does. These tests read the machine's transitions
 * directly (not through `toDirectedGraph`, which the diagram itself uses) and check that every
 * state and every transition is in the diagram's data, in plain words.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { conditionNames } from '../../machines/conditions';
import { incidentMachine } from '../../machines/incidentMachine';
import { allStepIds, routeStepIds, routeSteps, type StepId } from '../../machines/steps';
import { conditionLabels } from '../../src/content/conditionLabels';
import { diagramWords } from '../../src/content/diagram';
import { stepContent } from '../../src/content/steps';
import { flowGraph } from '../../src/features/diagram/flowGraph';

const graph = flowGraph(incidentMachine);

interface MachineTransition {
  readonly from: StepId;
  readonly to: StepId;
  readonly event: string;
  readonly guard: unknown;
  /** True for a transition on the machine itself, which applies from every screen. */
  readonly fromAnyScreen: boolean;
}

/** The screens: the machine's leaf states (a stage is a compound state that groups them). */
function leaves(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return children.flatMap((child) => (Object.keys(child.states).length > 0 ? leaves(child) : [child]));
}
const states = leaves(incidentMachine.root);

function transitionsOf(node: AnyStateNode, fromAnyScreen: boolean): MachineTransition[] {
  return [...node.transitions.values()].flat().flatMap((t) =>
    (t.target ?? [node]).map((target: AnyStateNode) => ({
      from: node.key as StepId,
      to: target.key as StepId,
      event: t.eventType.replace(/^wizard\./, ''),
      guard: t.guard,
      fromAnyScreen,
    })),
  );
}

const machineTransitions = [...states.flatMap((state) => transitionsOf(state, false)), ...transitionsOf(incidentMachine.root, true)];
const continues = machineTransitions.filter((t) => t.event === 'continue');
const guardType = (guard: unknown) => (typeof guard === 'object' && guard !== null && 'type' in guard ? guard.type : guard);

describe("the diagram's data, from the machine", () => {
  it('has every state of the machine once, and nothing else', () => {
    expect(states.map((s) => s.key).sort()).toEqual([...allStepIds].sort());
    expect(graph.nodes.map((n) => n.id)).toEqual(states.map((s) => s.key));
  });

  it("labels every state with its screen's title from content", () => {
    for (const node of graph.nodes) expect(node.label).toBe(stepContent[node.id].title);
    expect(graph.nodes.filter((n) => n.isSide).map((n) => n.id)).toEqual(['planSoFar', 'reply', 'sources', 'confirmStartAgain']);
  });

  it('has every Continue transition of the machine as an arrow', () => {
    const moves = continues.filter((t) => t.to !== t.from);
    expect(moves.length).toBeGreaterThanOrEqual(routeStepIds.length - 1);
    for (const t of moves) {
      const edge = graph.edges.find((e) => e.event === 'continue' && e.from === t.from && e.to === t.to);
      expect(edge, `${t.from} -> ${t.to}`).toBeDefined();
      expect(edge?.conditions).toEqual(typeof t.guard === 'string' ? [t.guard] : []);
    }
    expect(graph.edges.filter((e) => e.event === 'continue')).toHaveLength(new Set(moves.map((t) => `${t.from}->${t.to}`)).size);
  });

  it('leaves out only the error "stay", where Continue with a missing answer keeps you on the screen', () => {
    const stays = continues.filter((t) => t.to === t.from);
    expect(stays.map((t) => t.from)).toEqual(routeStepIds.filter((id) => id !== 'plan'));
    for (const t of stays) expect(guardType(t.guard)).toBe('hasAnswerErrors');
    expect(graph.edges.some((e) => e.from === e.to)).toBe(false);
  });

  it('has every other transition as an arrow or in a note that covers it', () => {
    for (const t of machineTransitions.filter((m) => m.event !== 'continue')) {
      const arrow = graph.edges.some((e) => e.event === t.event && e.from === t.from && e.to === t.to);
      const from = t.fromAnyScreen ? allStepIds : [t.from];
      const note = graph.notes.some((n) => n.event === t.event && from.every((f) => n.from.includes(f)) && n.to.includes(t.to));
      expect(arrow || note, `${t.event}: ${t.from} -> ${t.to}`).toBe(true);
    }
  });

  it('collapses Start again and Change into one note each, not an arrow per screen', () => {
    const startAgain = graph.notes.find((n) => n.event === 'startAgain');
    expect(startAgain).toMatchObject({ label: diagramWords.notes.startAgain, to: ['confirmStartAgain'] });
    expect(startAgain?.from).toEqual(routeStepIds);
    const change = graph.notes.find((n) => n.event === 'change');
    expect(change).toMatchObject({ label: diagramWords.notes.change, from: ['plan'] });
    expect(change?.to).toEqual(routeSteps.filter((s) => s.questions.length > 0).map((s) => s.id));
    expect(graph.edges.filter((e) => e.event !== 'continue').map((e) => e.id)).toEqual([
      'viewSources:plan->sources',
      'draftReply:plan->reply',
      'confirmStartAgain:confirmStartAgain->start',
    ]);
    const planSoFar = graph.notes.find((n) => n.event === 'viewPlanSoFar');
    expect(planSoFar).toMatchObject({ label: diagramWords.notes.viewPlanSoFar, to: ['planSoFar'] });
    expect(planSoFar?.from).toEqual(routeStepIds.filter((id) => id !== 'plan'));
  });

  it('labels every arrow in plain words from content', () => {
    const fromContent = new Set<string>([
      diagramWords.arrows.always,
      diagramWords.arrows.otherwise,
      diagramWords.arrows.viewSources,
      diagramWords.arrows.confirmStartAgain,
      diagramWords.arrows.draftReply,
    ]);
    for (const edge of graph.edges) {
      const expected = edge.conditions.length > 0 ? diagramWords.arrows.onlyIf(edge.conditions.map((c) => conditionLabels[c])) : edge.label;
      expect(edge.label).toBe(expected);
      if (edge.conditions.length === 0) expect(fromContent).toContain(edge.label);
    }
    expect(graph.edges.find((e) => e.id === 'continue:firstSteps->plan')?.label).toBe(
      'Only if: you chose to stop after the first steps for now',
    );
    expect(graph.edges.find((e) => e.id === 'continue:firstSteps->post')?.label).toBe(diagramWords.arrows.otherwise);
    expect(graph.edges.find((e) => e.id === 'continue:start->risks')?.label).toBe(diagramWords.arrows.always);
  });

  it('never lets a condition, guard or event name leak into the words', () => {
    const codeNames = [
      ...conditionNames,
      'hasAnswerErrors',
      'isAnswered',
      'isPassingOver',
      'doesNotApply',
      'cameFrom',
      'isChangeTo',
      'wizard.',
    ];
    const words = [...graph.edges.map((e) => e.label), ...graph.notes.map((n) => n.label), ...graph.nodes.map((n) => n.label)];
    for (const text of words) for (const name of codeNames) expect(text).not.toContain(name);
  });

  it('has each screen lead only to the next screen or an exit the table names: no fan-out', () => {
    for (const [index, step] of routeSteps.entries()) {
      if (step.id === 'plan') continue;
      const allowed = new Set<string>([routeSteps[index + 1]!.id, ...('exits' in step ? step.exits.map((exit) => exit.to) : [])]);
      const targets = graph.edges.filter((e) => e.event === 'continue' && e.from === step.id).map((e) => e.to);
      expect(targets.length, step.id).toBeGreaterThan(0);
      for (const to of targets) expect(allowed, `${step.id} -> ${to}`).toContain(to);
    }
  });

  it('still reaches every screen of the route through the arrows the picture draws', () => {
    const drawn = graph.edges.filter((e) => !e.implied);
    const reached = new Set<StepId>(['start']);
    for (let grew = true; grew;) {
      grew = false;
      for (const edge of drawn) {
        if (reached.has(edge.from) && !reached.has(edge.to)) {
          reached.add(edge.to);
          grew = true;
        }
      }
    }
    expect([...reached].filter((id) => routeStepIds.includes(id as never)).sort()).toEqual([...routeStepIds].sort());
    // Only arrows that pass over optional screens are left out of the picture.
    for (const edge of graph.edges.filter((e) => e.implied)) {
      const passedOver = routeStepIds.slice(routeStepIds.indexOf(edge.from as never) + 1, routeStepIds.indexOf(edge.to as never));
      expect(passedOver.length, edge.id).toBeGreaterThan(0);
      for (const id of passedOver)
        expect(
          routeSteps.find((s) => s.id === id),
          id,
        ).toHaveProperty('when');
    }
  });
});
