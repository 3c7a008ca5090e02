import { useId, type CSSProperties } from 'react';
import type { StepId } from '../../../machines/steps';
import { diagramWords } from '../../content/diagram';
import type { FlowLayout, PositionedEdge, PositionedNode, TextLine } from './flowLayoutTypes';
import { arrowsTaken, markOf, type Highlight, type Mark } from './highlight';

interface Props {
  readonly layout: FlowLayout;
  readonly highlight: Highlight;
  /** 1 draws at full size; 'column' as wide as the column allows, never above full size. */
  readonly scale: number | 'column';
  /** The picture's one accessible name; the list of screens is the way to explore it. */
  readonly summary: string;
  readonly selected: StepId | undefined;
  readonly onSelect: (step: StepId) => void;
}

// Colours from the app's palette, each at least 7:1 on white so they survive a washed-out projector.
const ink = '#212b32';
const route = '#4c6272';
const taken = '#003087';
const focus = '#ffeb3b';
/** Behind a stage's screens: pale enough that the white boxes and dark words stand out on it. */
const band = '#e8edee';
const drawn: CSSProperties = { display: 'block', background: '#fff' };

/**
 * The whole flow drawn from the shipped layout, with the highlight drawn over it. Meaning never
 * rests on colour alone: the current screen has the thickest border and a "You are here" band, seen screens a thicker border and a
 * check mark, and the arrows taken are much thicker. Nodes respond to a click, for trainers at
 * the projector; keyboard and screen-reader users use the list of screens, which says the same.
 */
export function FlowPicture({ layout, highlight, scale, summary, selected, onSelect }: Props) {
  const arrow = useId();
  const arrowTaken = useId();
  const takenArrows = arrowsTaken(highlight);
  const onPath = (edge: PositionedEdge) => takenArrows.has(`${edge.from}->${edge.to}`);
  return (
    <svg
      role="img"
      aria-label={summary}
      width={Math.round(layout.width * (scale === 'column' ? 1 : scale))}
      height={Math.round(layout.height * (scale === 'column' ? 1 : scale))}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={scale === 'column' ? { ...drawn, maxWidth: '100%', height: 'auto' } : drawn}
    >
      <defs>
        <ArrowHead id={arrow} colour={route} />
        <ArrowHead id={arrowTaken} colour={taken} />
      </defs>
      {layout.stages.map((stage) => (
        <g key={stage.id}>
          <rect x={stage.x} y={stage.y} width={stage.width} height={stage.height} rx={8} fill={band} />
          <Lines lines={stage.lines} bold />
        </g>
      ))}
      {layout.edges.map((edge) => (
        <Edge key={edge.id} edge={edge} onPath={onPath(edge)} marker={onPath(edge) ? arrowTaken : arrow} />
      ))}
      {/* Labels after every line, so no arrow runs across the words of another. */}
      {layout.edges.map((edge) => (edge.label ? <EdgeLabel key={edge.id} label={edge.label} /> : null))}
      {layout.nodes.map((node) => (
        <Node key={node.id} node={node} mark={markOf(node.id, highlight)} selected={node.id === selected} onSelect={onSelect} />
      ))}
    </svg>
  );
}

function ArrowHead({ id, colour }: { id: string; colour: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={9}
      refY={5}
      markerWidth={14}
      markerHeight={14}
      markerUnits="userSpaceOnUse"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={colour} />
    </marker>
  );
}

function Edge({ edge, onPath, marker }: { edge: PositionedEdge; onPath: boolean; marker: string }) {
  return (
    <polyline
      points={edge.points.map((p) => `${p.x},${p.y}`).join(' ')}
      fill="none"
      stroke={onPath ? taken : route}
      strokeWidth={onPath ? 6 : 2}
      strokeDasharray={edge.isLink ? '8 6' : undefined}
      markerEnd={`url(#${marker})`}
    />
  );
}

function EdgeLabel({ label }: { label: NonNullable<PositionedEdge['label']> }) {
  return (
    <g>
      <rect x={label.x} y={label.y} width={label.width} height={label.height} fill="#fff" />
      <Lines lines={label.lines} />
    </g>
  );
}

const border = { current: 7, seen: 4, none: 2 } as const;

interface NodeProps {
  readonly node: PositionedNode;
  readonly mark: Mark;
  readonly selected: boolean;
  readonly onSelect: (step: StepId) => void;
}

function Node({ node, mark, selected, onSelect }: NodeProps) {
  const inset = border[mark] / 2;
  // The check mark is part of the words, so it survives high-contrast modes and greyscale print;
  // the layout left room for it on the first line.
  const lines =
    mark === 'seen'
      ? node.lines.map((line, index) => (index === 0 ? { ...line, text: `${diagramWords.seenMark} ${line.text}` } : line))
      : node.lines;
  return (
    <g onClick={() => onSelect(node.id)} style={{ cursor: 'pointer' }} data-step={node.id} data-mark={mark}>
      <title>{node.title}</title>
      {selected ? (
        // Drawn like the app's focus ring (yellow with a dark edge), so "selected" looks familiar.
        <rect
          x={node.x - 9}
          y={node.y - 9}
          width={node.width + 18}
          height={node.height + 18}
          rx={10}
          fill={focus}
          stroke={ink}
          strokeWidth={3}
        />
      ) : null}
      <rect
        x={node.x + inset}
        y={node.y + inset}
        width={node.width - 2 * inset}
        height={node.height - 2 * inset}
        rx={6}
        fill={node.isSide ? '#f0f4f5' : '#fff'}
        stroke={mark === 'current' ? taken : mark === 'seen' ? ink : route}
        strokeWidth={border[mark]}
        strokeDasharray={node.isSide && mark === 'none' ? '8 5' : undefined}
      />
      {mark === 'current' ? (
        <g>
          <rect x={node.marker.x} y={node.marker.y} width={node.marker.width} height={node.marker.height} fill={taken} />
          <Lines lines={[node.marker.line]} bold fill="#fff" />
        </g>
      ) : null}
      <Lines lines={lines} bold={mark === 'current'} />
    </g>
  );
}

function Lines({ lines, bold = false, fill = ink }: { lines: readonly TextLine[]; bold?: boolean; fill?: string }) {
  return (
    <>
      {lines.map((line, index) => (
        <text key={index} x={line.x} y={line.y} fontSize={line.size} fontWeight={bold ? 'bold' : 'normal'} fill={fill}>
          {line.text}
        </text>
      ))}
    </>
  );
}
