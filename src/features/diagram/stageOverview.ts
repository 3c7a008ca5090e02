/**
 * The flow by stage, for the overview a room can read from one projected screen: each stage of
 * the route in order (membership from machines/steps.ts, `sectionOf`), with its screens in route
 * order, and the screens off the route last.
 */
import { sectionOf, type StepId } from '../../../machines/steps';
import type { SectionId } from '../../content/sections';
import type { FlowGraph, FlowNode } from './flowGraph';

export interface OverviewStage {
  readonly id: SectionId | 'side';
  readonly label: string;
  readonly screens: readonly FlowNode[];
}

export function stagesOf(graph: FlowGraph): readonly OverviewStage[] {
  const stages = new Map<SectionId | 'side', { label: string; screens: FlowNode[] }>();
  const ordered = [...graph.nodes.filter((node) => !node.isSide), ...graph.nodes.filter((node) => node.isSide)];
  for (const node of ordered) {
    const id = sectionOf(node.id);
    const stage = stages.get(id);
    if (stage) stage.screens.push(node);
    else stages.set(id, { label: node.sectionLabel, screens: [node] });
  }
  return [...stages].map(([id, stage]) => ({ id, ...stage }));
}

/** The stage holding a screen, so the overview can mark where the incident is. */
export function stageOf(stages: readonly OverviewStage[], step: StepId | undefined): OverviewStage['id'] | undefined {
  return stages.find((stage) => stage.screens.some((screen) => screen.id === step))?.id;
}
