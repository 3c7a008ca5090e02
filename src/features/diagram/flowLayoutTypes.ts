/**
 * The shape of a laid-out flow: what layout.ts (run in Node, with elkjs) writes into
 * flowLayout.generated.ts and what the page draws. Only types here, so the browser's code never
 * reaches elkjs through them.
 */
import type { StepId } from '../../../machines/steps';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One line of words, positioned: `y` is the baseline. */
export interface TextLine extends Point {
  readonly text: string;
  readonly size: number;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

export interface PositionedNode extends Box {
  readonly id: StepId;
  readonly title: string;
  readonly isSide: boolean;
  /**
   * Room for the "You are here" band, kept in every screen's box so that moving on through an
   * incident never moves anything in the picture: only the current screen fills it.
   */
  readonly marker: Box & { readonly line: TextLine };
  /** The title, wrapped with room for bold words and the seen mark, so either fits unchanged. */
  readonly lines: readonly TextLine[];
}

export interface PositionedEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Corner points of the arrow, from start to end. */
  readonly points: readonly Point[];
  /** A link off the route (sources, start again, the reply), drawn dashed. */
  readonly isLink: boolean;
  readonly label?: Box & { readonly lines: readonly TextLine[] };
}

/**
 * A band behind the screens of one stage of the route, named at its left, so a room can follow
 * the flow by stage ("Safety first", "What happened") before reading any one screen.
 */
export interface PositionedStage extends Box {
  readonly id: string;
  readonly lines: readonly TextLine[];
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly stages: readonly PositionedStage[];
  readonly nodes: readonly PositionedNode[];
  readonly edges: readonly PositionedEdge[];
}
