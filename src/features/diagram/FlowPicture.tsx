import { useId } from 'react';
import type { StepId } from '../../../machines/steps';
import type { FlowLayout, PositionedEdge, PositionedNode, TextLine } from './layout';

interface Props {
  readonly layout: FlowLayout;
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

/**
 * The whole flow drawn from a finished layout. Meaning never rests on colour alone: the current
 * screen has the thickest border and a "You are here" band, seen screens a thicker border and a
 * check mark, and the arrows taken are much thicker. Nodes respond to a click, for trainers at
 * the projector; keyboard and screen-reader users use the list of screens, which says the same.
 */
export function FlowPicture({ layout, summary, selected, onSelect }: Props) {
  const arrow = useId();
  const arrowTaken = useId();
  return (
    <svg
      role="img"
      aria-label={summary}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Full size where it fits (words stay large); narrower screens shrink it rather than cut it off.
      style={{ maxWidth: '100%', height: 'auto', display: 'block', background: '#fff' }}
    >
      <defs>
        <ArrowHead id={arrow} colour={route} />
        <ArrowHead id={arrowTaken} colour={taken} />
      </defs>
      {layout.edges.map((edge) => (
        <Edge key={edge.id} edge={edge} marker={edge.onPath ? arrowTaken : arrow} />
      ))}
      {/* Labels after every line, so no arrow runs across the words of another. */}
      {layout.edges.map((edge) => (edge.label ? <EdgeLabel key={edge.id} label={edge.label} /> : null))}
      {layout.notes.map((note) => (
        <g key={note.id}>
          <rect x={note.x} y={note.y} width={note.width} height={note.height} rx={4} fill="#fff" stroke={route} strokeWidth={2} strokeDasharray="6 5" />
          <Lines lines={note.lines} />
        </g>
      ))}
      {layout.nodes.map((node) => (
        <Node key={node.id} node={node} selected={node.id === selected} onSelect={onSelect} />
      ))}
    </svg>
  );
}

function ArrowHead({ id, colour }: { id: string; colour: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={14} markerHeight={14} markerUnits="userSpaceOnUse" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={colour} />
    </marker>
  );
}

function Edge({ edge, marker }: { edge: PositionedEdge; marker: string }) {
  return (
    <polyline
      points={edge.points.map((p) => `${p.x},${p.y}`).join(' ')}
      fill="none"
      stroke={edge.onPath ? taken : route}
      strokeWidth={edge.onPath ? 6 : 2}
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

function Node({ node, selected, onSelect }: { node: PositionedNode; selected: boolean; onSelect: (step: StepId) => void }) {
  const inset = border[node.mark] / 2;
  return (
    <g onClick={() => onSelect(node.id)} style={{ cursor: 'pointer' }} data-step={node.id}>
      <title>{node.title}</title>
      {selected ? (
        // Drawn like the app's focus ring (yellow with a dark edge), so "selected" looks familiar.
        <rect x={node.x - 9} y={node.y - 9} width={node.width + 18} height={node.height + 18} rx={10} fill={focus} stroke={ink} strokeWidth={3} />
      ) : null}
      <rect
        x={node.x + inset}
        y={node.y + inset}
        width={node.width - 2 * inset}
        height={node.height - 2 * inset}
        rx={6}
        fill={node.isSide ? '#f0f4f5' : '#fff'}
        stroke={node.mark === 'current' ? taken : node.mark === 'seen' ? ink : route}
        strokeWidth={border[node.mark]}
        strokeDasharray={node.isSide && node.mark === 'none' ? '8 5' : undefined}
      />
      {node.marker ? (
        <g>
          <rect x={node.marker.x} y={node.marker.y} width={node.marker.width} height={node.marker.height} fill={taken} />
          <Lines lines={[node.marker.line]} fill="#fff" />
        </g>
      ) : null}
      <Lines lines={node.lines} />
    </g>
  );
}

function Lines({ lines, fill = ink }: { lines: readonly TextLine[]; fill?: string }) {
  return (
    <>
      {lines.map((line, index) => (
        <text key={index} x={line.x} y={line.y} fontSize={line.size} fontWeight={line.bold ? 'bold' : 'normal'} fill={fill}>
          {line.text}
        </text>
      ))}
    </>
  );
}
