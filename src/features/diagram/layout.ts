/**
 * Places the flow's screens and arrows with elkjs's layered algorithm. It runs in Node only, never
 * in the browser: tests/features/diagram/shippedLayout.test.ts runs it on the machine and checks
 * the result against flowLayout.generated.ts, which is what the page draws. So elkjs (about 440 KB
 * gzip) is neither downloaded nor precached, the diagram opens at once, and a change to the route
 * cannot ship a stale picture (that test fails and names the command that rewrites the file).
 *
 * Direction DOWN: the route is one long sequence, and a tall picture scrolls the way a web page
 * already does, at full size; the page's zoom and "Fit to screen" buttons give the overview.
 *
 * Only screens and their arrows are drawn. The notes for links found on many screens (Start again,
 * Back, Change and so on) explain how the wizard is built rather than the route staff follow, so
 * they stay in the list of screens and out of the picture the room sees.
 *
 * The highlight (current screen, screens seen, arrows taken) is drawn over this layout at run
 * time, so every box keeps room for it: the "You are here" band, bold words and the seen mark.
 * The text is measured here (an estimate for Arial, no DOM needed), so the result says exactly
 * where each line of words goes and the page only has to draw it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import { diagramWords } from '../../content/diagram';
import type { FlowEdge, FlowGraph } from './flowGraph';
import type { StepId } from '../../../machines/steps';
import type { Box, FlowLayout, Point, PositionedNode, PositionedStage, TextLine } from './flowLayoutTypes';

const type = {
  stage: { size: 24, lineHeight: 30 },
  title: { size: 20, lineHeight: 26 },
  label: { size: 17, lineHeight: 22 },
  /** Arial averages a little over half an em per character; bold is wider. */
  charWidth: 0.56,
  boldCharWidth: 0.62,
} as const;
const nodeWidth = 320;
const padding = 14;
const markerHeight = 32;
const labelMaxChars = 30;
const labelInset: Point = { x: 6, y: 4 };

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function charsThatFit(width: number, size: number, bold: boolean): number {
  return Math.floor((width - 2 * padding) / (size * (bold ? type.boldCharWidth : type.charWidth)));
}

function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * type.charWidth);
}

/** Lines laid out from `inset`, relative to the box they sit in. */
function linesFrom(texts: readonly string[], inset: Point, style: { size: number; lineHeight: number }): TextLine[] {
  return texts.map((text, index) => ({
    text,
    x: inset.x,
    y: inset.y + (index + 1) * style.lineHeight - (style.lineHeight - style.size) / 2 - 2,
    size: style.size,
  }));
}

function offset<T extends Point>(item: T, by: Point): T {
  return { ...item, x: item.x + by.x, y: item.y + by.y };
}

interface NodeDraft {
  readonly id: StepId;
  readonly title: string;
  readonly isSide: boolean;
  readonly height: number;
  readonly lines: TextLine[];
}

/**
 * Wrapped for the widest way the title is ever drawn: bold (the current screen) and after the
 * seen mark, so the words never rewrap, and the box never grows, as the highlight moves.
 */
function draftNode(node: FlowGraph['nodes'][number]): NodeDraft {
  const prefix = `${diagramWords.seenMark} `;
  const [first = '', ...rest] = wrap(`${prefix}${node.label}`, charsThatFit(nodeWidth, type.title.size, true));
  const texts = [first.slice(prefix.length), ...rest];
  const top = markerHeight + padding;
  return {
    id: node.id,
    title: node.label,
    isSide: node.isSide,
    height: top + texts.length * type.title.lineHeight + padding,
    lines: linesFrom(texts, { x: padding, y: top }, type.title),
  };
}

function edgeLabel(edge: FlowEdge): ElkLabel[] {
  // "Always" on every plain arrow would bury the few labels that matter.
  if (edge.label === diagramWords.arrows.always) return [];
  const texts = wrap(edge.label, labelMaxChars);
  return [
    {
      id: `${edge.id}:label`,
      text: edge.label,
      // Beside the start of the arrow, where the choice is made, not halfway down a long one.
      layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' },
      width: Math.max(...texts.map((t) => textWidth(t, type.label.size))) + 2 * labelInset.x,
      height: texts.length * type.label.lineHeight + 2 * labelInset.y,
    },
  ];
}

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
  'elk.spacing.nodeNode': '48',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '16',
  'elk.spacing.edgeLabel': '6',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  // Keep the route's own order, so the picture reads in the order staff meet the screens.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
} as const;

let elk: InstanceType<typeof ELK> | undefined;

/** Half the gap elkjs leaves between layers, so neighbouring stages' bands never touch. */
const stageMargin = 12;
const stageInset = 8;

/**
 * One band per run of route screens in the same stage, across the drawing, named in the space
 * to the left of its screens. The shipped-layout test checks the names clear every screen.
 */
function stageBands(graph: FlowGraph, boxOf: (id: string) => Box, width: number): PositionedStage[] {
  const runs: { id: string; label: string; boxes: Box[] }[] = [];
  for (const node of graph.nodes) {
    if (node.isSide) continue;
    const last = runs.at(-1);
    if (last?.id === node.section) last.boxes.push(boxOf(node.id));
    else runs.push({ id: node.section, label: node.sectionLabel, boxes: [boxOf(node.id)] });
  }
  return runs.map((run) => {
    const top = Math.min(...run.boxes.map((b) => b.y)) - stageMargin;
    const bottom = Math.max(...run.boxes.map((b) => b.y + b.height)) + stageMargin;
    const room = Math.min(...run.boxes.map((b) => b.x)) - stageInset - 2 * padding;
    const texts = wrap(run.label, charsThatFit(room + 2 * padding, type.stage.size, true));
    const band = { x: stageInset, y: top, width: width - 2 * stageInset, height: bottom - top };
    return { id: `stage:${run.id}`, ...band, lines: linesFrom(texts, { x: padding, y: padding }, type.stage).map((l) => offset(l, band)) };
  });
}

/** Two decimal places: enough for a drawing, and the committed file stays short and stable. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))) as T;
}

/** Lays out the flow (no highlight: that is drawn over the result, which keeps room for it). */
export async function layoutFlow(graph: FlowGraph): Promise<FlowLayout> {
  const drafts = graph.nodes.map(draftNode);
  // Implied arrows stay out even when taken, so the picture keeps its shape as an incident moves on
  // and a trainer is not left hunting for a screen that has jumped sideways.
  const edges = graph.edges.filter((edge) => !edge.implied);

  const input: ElkNode = {
    id: 'flow',
    layoutOptions,
    children: drafts.map((d) => ({ id: d.id, width: nodeWidth, height: d.height })),
    edges: edges.map((edge): ElkExtendedEdge => ({ id: edge.id, sources: [edge.from], targets: [edge.to], labels: edgeLabel(edge) })),
  };

  elk ??= new ELK();
  const result = await elk.layout(input);
  const placed = new Map((result.children ?? []).map((child) => [child.id, child]));
  const boxOf = (id: string): Box => {
    const child = placed.get(id);
    if (child?.x === undefined || child.y === undefined || child.width === undefined || child.height === undefined) {
      throw new Error(`elkjs did not place "${id}"`);
    }
    return { x: child.x, y: child.y, width: child.width, height: child.height };
  };

  const edgeInfo = new Map(edges.map((e) => [e.id, { from: e.from, to: e.to, isLink: e.event !== 'continue' }] as const));

  return rounded<FlowLayout>({
    width: result.width ?? 0,
    height: result.height ?? 0,
    stages: stageBands(graph, boxOf, result.width ?? 0),
    nodes: drafts.map((d) => {
      const box = boxOf(d.id);
      const line: TextLine = { text: diagramWords.youAreHere, x: box.x + padding, y: box.y + markerHeight - 9, size: type.label.size + 1 };
      const marker = { x: box.x, y: box.y, width: box.width, height: markerHeight, line };
      const node: PositionedNode = {
        ...box,
        id: d.id,
        title: d.title,
        isSide: d.isSide,
        marker,
        lines: d.lines.map((l) => offset(l, box)),
      };
      return node;
    }),
    edges: (result.edges ?? []).map((edge) => {
      const info = edgeInfo.get(edge.id);
      if (!info) throw new Error(`elkjs returned an arrow "${edge.id}" it was not given`);
      const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
      const [label] = edge.labels ?? [];
      if (label?.x === undefined || label.y === undefined || label.width === undefined || label.height === undefined) {
        return { id: edge.id, points, ...info };
      }
      const texts = wrap(label.text ?? '', labelMaxChars);
      const box = { x: label.x, y: label.y, width: label.width, height: label.height };
      return {
        id: edge.id,
        points,
        ...info,
        label: { ...box, lines: linesFrom(texts, labelInset, type.label).map((l) => offset(l, box)) },
      };
    }),
  });
}
