/**
 * The whole flow as plain data, read from the machine itself (`toDirectedGraph`) and the states'
 * `meta`, so the diagram cannot drift from what the wizard really does. No layout here: this is
 * the part the tests check against the machine, and the text alternative is rendered from it.
 *
 * What is kept, and why (the picture has to be readable on a projector):
 * - Every `wizard.continue` arrow, labelled with its condition in plain words. The error "stay"
 *   (Continue with a missing answer keeps you on the screen) is a self-loop, so it is left out.
 *   The `always` pass-over transitions (after Change) take the same arrows as Continue, and
 *   `toDirectedGraph` does not list them anyway.
 * - One-to-one links off the route: plan → sources, and the start-again confirmation → the start.
 * - Links that exist on many screens become one note each instead of dozens of arrows:
 *   Start again (every route screen → the confirmation), Change (plan → every screen with
 *   questions), Back (any screen → the one you came from) and the browser's Forward button
 *   (the same arrows as Continue). Each note keeps its full `from` and `to` lists, so nothing the
 *   machine can do is missing from the data.
 */
import type { AnyStateNode } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import type { ConditionName } from '../../content/conditionLabels';
import { conditionNames } from '../../../machines/conditions';
import type { StepMeta, WizardEvent } from '../../../machines/incidentMachine';
import type { StepId } from '../../../machines/steps';
import type { SectionId } from '../../content/sections';
import { allStepIds } from '../../../machines/steps';
import { conditionLabels } from '../../content/conditionLabels';
import { diagramWords } from '../../content/diagram';
import { sections } from '../../content/sections';
import { stepContent } from '../../content/steps';

type EventName<T> = T extends `wizard.${infer Name}` ? Name : never;
export type FlowEvent = EventName<WizardEvent['type']>;

/** Every event must be placed: a new event in the machine is a compile error here until it is. */
const drawAs = {
  continue: 'edge',
  viewSources: 'edge',
  confirmStartAgain: 'edge',
  draftReply: 'edge',
  startAgain: 'note',
  viewPlanSoFar: 'note',
  change: 'note',
  back: 'note',
  forward: 'note',
} as const satisfies Record<FlowEvent, 'edge' | 'note'>;

export type EdgeEvent = { [E in FlowEvent]: (typeof drawAs)[E] extends 'edge' ? E : never }[FlowEvent];
export type NoteEvent = Exclude<FlowEvent, EdgeEvent>;

export interface FlowNode {
  readonly id: StepId;
  /** The screen's title (its question, where it asks one). */
  readonly label: string;
  readonly section: SectionId | 'side';
  readonly sectionLabel: string;
  /** Off the main route: reached from a link, left with Back. */
  readonly isSide: boolean;
}

export interface FlowEdge {
  readonly id: string;
  readonly from: StepId;
  readonly to: StepId;
  readonly event: EdgeEvent;
  /** Plain words: "Only if: someone may be in danger", "Otherwise", "Always" or the button's words. */
  readonly label: string;
  /** The conditions behind the label, kept so tests and the highlight can check them. */
  readonly conditions: readonly ConditionName[];
  /**
   * True for a Continue arrow that only passes over optional screens: A → C where A → B and
   * B → C are arrows too. The picture leaves these out (dozens of them fan out from "rules broken"
   * alone) and says instead that an optional screen is passed over when its condition does not
   * hold; the list of screens keeps every one.
   */
  readonly implied: boolean;
}

export interface FlowNote {
  readonly id: string;
  readonly event: NoteEvent;
  readonly label: string;
  readonly from: readonly StepId[];
  readonly to: readonly StepId[];
}

export interface FlowGraph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly notes: readonly FlowNote[];
}

type DirectedGraph = ReturnType<typeof toDirectedGraph>;
type DirectedEdge = DirectedGraph['edges'][number];

const stepIds: ReadonlySet<string> = new Set(allStepIds);
const conditionSet: ReadonlySet<string> = new Set(conditionNames);

function asStepId(key: string): StepId {
  if (!stepIds.has(key)) throw new Error(`The machine has a state "${key}" that is not a step`);
  return key as StepId;
}

function isFlowEvent(name: string): name is FlowEvent {
  return Object.hasOwn(drawAs, name);
}

function isEdgeEvent(event: FlowEvent): event is EdgeEvent {
  return drawAs[event] === 'edge';
}

function flowEvent(eventType: string): FlowEvent {
  const name = eventType.replace(/^wizard\./, '');
  if (!isFlowEvent(name)) throw new Error(`The diagram does not know how to draw the event "${eventType}"`);
  return name;
}

/** What a guard tests, split into routing conditions (which have plain words) and the rest. */
interface GuardParts {
  readonly conditions: ConditionName[];
  readonly other: string[];
}

function guardParts(guard: unknown): GuardParts {
  if (guard === undefined) return { conditions: [], other: [] };
  if (typeof guard === 'string') {
    return conditionSet.has(guard) ? { conditions: [guard as ConditionName], other: [] } : { conditions: [], other: [guard] };
  }
  // `and([...])` is a function carrying the guards it combines.
  if (typeof guard === 'function' && 'guards' in guard && Array.isArray(guard.guards)) {
    const parts = guard.guards.map(guardParts);
    return { conditions: parts.flatMap((p) => p.conditions), other: parts.flatMap((p) => p.other) };
  }
  if (typeof guard === 'object' && guard !== null && 'type' in guard && typeof guard.type === 'string') {
    return guardParts(guard.type);
  }
  return { conditions: [], other: ['inline guard'] };
}

function allEdges(graph: DirectedGraph): DirectedEdge[] {
  return [...graph.edges, ...graph.children.flatMap(allEdges)];
}

/** The screens: the leaves. A stage is a compound state that only groups its screens. */
function allNodes(graph: DirectedGraph): DirectedGraph[] {
  return graph.children.flatMap((child) => (child.children.length > 0 ? allNodes(child) : [child]));
}

function toNode(graph: DirectedGraph): FlowNode {
  const meta = graph.stateNode.meta as StepMeta | undefined;
  if (!meta) throw new Error(`The state "${graph.stateNode.key}" has no meta to label it with`);
  const id = asStepId(graph.stateNode.key);
  return {
    id,
    label: stepContent[meta.contentKey].title,
    section: meta.section,
    sectionLabel: meta.section === 'side' ? diagramWords.sideSection : sections[meta.section].label,
    isSide: meta.section === 'side',
  };
}

function continueLabel(conditions: readonly ConditionName[], afterAConditionalArrow: boolean): string {
  if (conditions.length > 0) return diagramWords.arrows.onlyIf(conditions.map((name) => conditionLabels[name]));
  return afterAConditionalArrow ? diagramWords.arrows.otherwise : diagramWords.arrows.always;
}

/**
 * The Continue arrows out of one screen, in the machine's order (first match wins), without the
 * error self-loop. A guard the diagram cannot put into words is an error, not a silent omission.
 */
function continueEdges(from: StepId, edges: readonly DirectedEdge[]): FlowEdge[] {
  const result: FlowEdge[] = [];
  let afterAConditionalArrow = false;
  for (const edge of edges) {
    const to = asStepId(edge.target.key);
    if (to === from) continue;
    const parts = guardParts(edge.transition.guard);
    if (parts.other.length > 0) {
      throw new Error(`Continue from "${from}" to "${to}" has a guard with no plain words: ${parts.other.join(', ')}`);
    }
    const id = `continue:${from}->${to}`;
    if (result.some((kept) => kept.id === id)) continue;
    const label = continueLabel(parts.conditions, afterAConditionalArrow);
    result.push({ id, from, to, event: 'continue', label, conditions: parts.conditions, implied: false });
    if (parts.conditions.length > 0) afterAConditionalArrow = true;
  }
  return result;
}

const linkLabels = {
  viewSources: diagramWords.arrows.viewSources,
  confirmStartAgain: diagramWords.arrows.confirmStartAgain,
  draftReply: diagramWords.arrows.draftReply,
} as const satisfies Record<Exclude<EdgeEvent, 'continue'>, string>;

/** Builds the diagram's data from the incident machine (passed in, so tests can build others). */
export function flowGraph(machine: { readonly root: AnyStateNode }): FlowGraph {
  const graph = toDirectedGraph(machine.root);
  const nodes = allNodes(graph).map(toNode);
  const everyStep = nodes.map((node) => node.id);
  const root = graph.stateNode;

  // Grouped by source and event, keeping the machine's order, which decides which arrow wins.
  const grouped = new Map<string, { from: StepId[]; event: FlowEvent; edges: DirectedEdge[] }>();
  for (const edge of allEdges(graph)) {
    const event = flowEvent(edge.transition.eventType);
    // Transitions on the machine itself (Back) apply from every screen.
    const from = edge.source === root ? everyStep : [asStepId(edge.source.key)];
    const key = `${from.join(',')}|${event}`;
    const group = grouped.get(key) ?? { from, event, edges: [] };
    group.edges.push(edge);
    grouped.set(key, group);
  }

  const edges: FlowEdge[] = [];
  const noteParts = new Map<NoteEvent, { from: Set<StepId>; to: Set<StepId> }>();
  for (const { from, event, edges: group } of grouped.values()) {
    if (isEdgeEvent(event)) {
      const [source, ...more] = from;
      if (source === undefined || more.length > 0) throw new Error(`"${event}" is drawn as an arrow, so it must leave one screen`);
      if (event === 'continue') {
        edges.push(...continueEdges(source, group));
      } else {
        for (const edge of group) {
          const to = asStepId(edge.target.key);
          edges.push({
            id: `${event}:${source}->${to}`,
            from: source,
            to,
            event,
            label: linkLabels[event],
            conditions: [],
            implied: false,
          });
        }
      }
    } else {
      const parts = noteParts.get(event) ?? { from: new Set(), to: new Set() };
      for (const step of from) parts.from.add(step);
      for (const edge of group) parts.to.add(asStepId(edge.target.key));
      noteParts.set(event, parts);
    }
  }

  // Notes in the order of the wording in content, so the page always lists them the same way.
  const notes: FlowNote[] = (Object.keys(diagramWords.notes) as NoteEvent[]).flatMap((event) => {
    const parts = noteParts.get(event);
    if (!parts) return [];
    const inOrder = (set: ReadonlySet<StepId>) => everyStep.filter((step) => set.has(step));
    return [{ id: `note:${event}`, event, label: diagramWords.notes[event], from: inOrder(parts.from), to: inOrder(parts.to) }];
  });

  return { nodes, edges: markImplied(edges), notes };
}

function markImplied(edges: readonly FlowEdge[]): FlowEdge[] {
  const continues = new Set(edges.filter((e) => e.event === 'continue').map((e) => `${e.from}->${e.to}`));
  const via = (from: StepId, to: StepId) =>
    edges.some((e) => e.event === 'continue' && e.from === from && e.to !== to && continues.has(`${e.to}->${to}`));
  return edges.map((edge) => (edge.event === 'continue' && via(edge.from, edge.to) ? { ...edge, implied: true } : edge));
}
