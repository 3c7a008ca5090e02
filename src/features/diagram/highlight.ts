/**
 * Where the open incident is in the flow, drawn over the shipped layout at run time. Only how
 * things are drawn changes (fill, weight, the seen mark), never where: the layout keeps room for
 * all of it, so the picture a room is looking at stays still as the incident moves on.
 */
import type { StepId } from '../../../machines/steps';

export interface Highlight {
  readonly current?: StepId | undefined;
  /** Screens seen on the way to `current`, oldest first (the machine's `visited`). */
  readonly path?: readonly StepId[] | undefined;
}

export type Mark = 'current' | 'seen' | 'none';

export function markOf(step: StepId, highlight: Highlight): Mark {
  if (step === highlight.current) return 'current';
  return highlight.path?.includes(step) ? 'seen' : 'none';
}

/** The arrows taken, as "from->to", from one screen of the path to the next. */
export function arrowsTaken(highlight: Highlight): ReadonlySet<string> {
  const steps = [...(highlight.path ?? []), ...(highlight.current ? [highlight.current] : [])];
  return new Set(steps.slice(1).map((step, index) => `${steps[index]}->${step}`));
}
