/**
 * Places the flow's screens and arrows with elkjs's layered algorithm. elkjs is large (about
 * 1.5 MB before compression), so this is the only module that imports it, and the diagram page
 * loads this module with `import()`: the wizard itself never downloads it.
 *
 * Direction DOWN: the route is one long sequence, and a tall picture scrolls the way a web page
 * already does, at full size. Going RIGHT would need sideways scrolling, and shrinking the whole
 * flow onto one 1366x768 screen would make the words too small to read from the back of a room.
 *
 * The text is measured here (an estimate for Arial, no DOM needed), so the result says exactly
 * where each line of words goes and the page only has to draw it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import type { StepId } from '../../../machines/steps';
import { diagramWords } from '../../content/diagram';
import type { FlowEdge, FlowGraph, FlowNote } from './flowGraph';

export interface Highlight {
  readonly current?: StepId | undefined;
  /** Screens seen on the way to `current`, oldest first (the machine's `visited`). */
  readonly path?: readonly StepId[] | undefined;
}

export interface LayoutOptions {
  readonly highlight?: Highlight;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One line of words, positioned: `y` is the baseline. */
export interface TextLine extends Point {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

export interface PositionedNode extends Box {
  readonly id: StepId;
  readonly title: string;
  readonly mark: 'current' | 'seen' | 'none';
  readonly isSide: boolean;
  /** The band that says "You are here", drawn filled, when this is the current screen. */
  readonly marker?: Box & { readonly line: TextLine };
  readonly lines: readonly TextLine[];
}

export interface PositionedNote extends Box {
  readonly id: string;
  readonly lines: readonly TextLine[];
}

export interface PositionedEdge {
  readonly id: string;
  /** Corner points of the arrow, from start to end. */
  readonly points: readonly Point[];
  readonly onPath: boolean;
  /** A link off the route (sources, start again, notes), drawn dashed. */
  readonly isLink: boolean;
  readonly label?: Box & { readonly lines: readonly TextLine[] };
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PositionedNode[];
  readonly notes: readonly PositionedNote[];
  readonly edges: readonly PositionedEdge[];
}

const type = {
  title: { size: 20, lineHeight: 26 },
  label: { size: 17, lineHeight: 22 },
  /** Arial averages a little over half an em per character; bold is wider. */
  charWidth: 0.56,
  boldCharWidth: 0.62,
} as const;
const nodeWidth = 320;
const noteWidth = 280;
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
function linesFrom(
  texts: readonly string[],
  inset: Point,
  style: { size: number; lineHeight: number },
  bold: boolean,
): TextLine[] {
  return texts.map((text, index) => ({
    text,
    x: inset.x,
    y: inset.y + (index + 1) * style.lineHeight - (style.lineHeight - style.size) / 2 - 2,
    size: style.size,
    bold,
  }));
}

function offset<T extends Point>(item: T, by: Point): T {
  return { ...item, x: item.x + by.x, y: item.y + by.y };
}

interface NodeDraft {
  readonly id: StepId;
  readonly title: string;
  readonly mark: PositionedNode['mark'];
  readonly isSide: boolean;
  readonly height: number;
  readonly lines: TextLine[];
}

function draftNode(node: FlowGraph['nodes'][number], mark: PositionedNode['mark']): NodeDraft {
  const bold = mark === 'current';
  // The check mark is part of the words, so it survives high-contrast modes and greyscale print.
  const words = mark === 'seen' ? `${diagramWords.seenMark} ${node.label}` : node.label;
  const texts = wrap(words, charsThatFit(nodeWidth, type.title.size, bold));
  const top = (mark === 'current' ? markerHeight : 0) + padding;
  return {
    id: node.id,
    title: node.label,
    mark,
    isSide: node.isSide,
    height: top + texts.length * type.title.lineHeight + padding,
    lines: linesFrom(texts, { x: padding, y: top }, type.title, bold),
  };
}

/** Notes that touch one screen are drawn, joined to it; the rest are only in the list of screens. */
function drawnNoteLink(note: FlowNote): { from: string; to: string } | null {
  const [onlyTo] = note.to;
  const [onlyFrom] = note.from;
  if (note.to.length === 1 && onlyTo !== undefined) return { from: note.id, to: onlyTo };
  if (note.from.length === 1 && onlyFrom !== undefined) return { from: onlyFrom, to: note.id };
  return null;
}

function notesInPicture(graph: FlowGraph): readonly FlowNote[] {
  return graph.notes.filter((note) => drawnNoteLink(note) !== null);
}

function pathPairs(highlight: Highlight | undefined): Set<string> {
  const steps = [...(highlight?.path ?? []), ...(highlight?.current ? [highlight.current] : [])];
  return new Set(steps.slice(1).map((step, index) => `${steps[index]}->${step}`));
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

/** Lays out the flow. Highlighting changes sizes (the "You are here" band), so it is an input. */
export async function layoutFlow(graph: FlowGraph, options: LayoutOptions = {}): Promise<FlowLayout> {
  const { highlight } = options;
  const seen = new Set(highlight?.path ?? []);
  const onPath = pathPairs(highlight);
  const drafts = graph.nodes.map((node) =>
    draftNode(node, node.id === highlight?.current ? 'current' : seen.has(node.id) ? 'seen' : 'none'),
  );
  const notes = notesInPicture(graph).map((note) => {
    const texts = wrap(note.label, charsThatFit(noteWidth, type.label.size, false));
    return { id: note.id, height: texts.length * type.label.lineHeight + 2 * padding, lines: linesFrom(texts, { x: padding, y: padding }, type.label, false) };
  });
  // Implied arrows stay out even when taken, so the picture keeps its shape as an incident moves on
  // and a trainer is not left hunting for a screen that has jumped sideways.
  const edges = graph.edges.filter((edge) => !edge.implied);
  const noteLinks = notesInPicture(graph).flatMap((note) => {
    const link = drawnNoteLink(note);
    return link ? [{ id: `${note.id}:link`, ...link }] : [];
  });

  const input: ElkNode = {
    id: 'flow',
    layoutOptions,
    children: [
      ...drafts.map((d) => ({ id: d.id, width: nodeWidth, height: d.height })),
      ...notes.map((n) => ({ id: n.id, width: noteWidth, height: n.height })),
    ],
    edges: [
      ...edges.map((edge): ElkExtendedEdge => ({ id: edge.id, sources: [edge.from], targets: [edge.to], labels: edgeLabel(edge) })),
      ...noteLinks.map((link): ElkExtendedEdge => ({ id: link.id, sources: [link.from], targets: [link.to] })),
    ],
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

  const edgeInfo = new Map<string, { onPath: boolean; isLink: boolean }>([
    ...edges.map((e) => [e.id, { onPath: onPath.has(`${e.from}->${e.to}`), isLink: e.event !== 'continue' }] as const),
    ...noteLinks.map((l) => [l.id, { onPath: false, isLink: true }] as const),
  ]);

  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    nodes: drafts.map((d) => {
      const box = boxOf(d.id);
      const node: PositionedNode = { ...box, id: d.id, title: d.title, mark: d.mark, isSide: d.isSide, lines: d.lines.map((l) => offset(l, box)) };
      if (d.mark !== 'current') return node;
      const line: TextLine = { text: diagramWords.youAreHere, x: box.x + padding, y: box.y + markerHeight - 9, size: type.label.size + 1, bold: true };
      return { ...node, marker: { x: box.x, y: box.y, width: box.width, height: markerHeight, line } };
    }),
    notes: notes.map((n) => {
      const box = boxOf(n.id);
      return { ...box, id: n.id, lines: n.lines.map((l) => offset(l, box)) };
    }),
    edges: (result.edges ?? []).map((edge) => {
      const info = edgeInfo.get(edge.id) ?? { onPath: false, isLink: true };
      const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
      const [label] = edge.labels ?? [];
      if (label?.x === undefined || label.y === undefined || label.width === undefined || label.height === undefined) {
        return { id: edge.id, points, ...info };
      }
      const texts = wrap(label.text ?? '', labelMaxChars);
      const box = { x: label.x, y: label.y, width: label.width, height: label.height };
      return { id: edge.id, points, ...info, label: { ...box, lines: linesFrom(texts, labelInset, type.label, false).map((l) => offset(l, box)) } };
    }),
  };
}
