/**
 * Between the machine's nested state value and the screen ids the rest of the app uses. Kept apart
 * from the machine so views and storage can read a screen without loading the statechart.
 */
import { sectionOf, type StepId } from './steps';

/** The screen a snapshot is on: the leaf of its state value (a stage's screen, or a top-level screen). */
export function currentStep(snapshot: { readonly value: unknown }): StepId {
  let value = snapshot.value;
  while (typeof value === 'object' && value !== null) value = Object.values(value)[0];
  return value as StepId;
}

/** The state value for a screen, for rebuilding a snapshot: `{ safety: 'risks' }`, or `'plan'`. */
export function stateValueOf(step: StepId): string | Record<string, string> {
  const section = sectionOf(step);
  return section === 'side' || section === 'plan' ? step : { [section]: step };
}
