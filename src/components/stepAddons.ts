/**
 * A slot below each wizard screen's guidance for views that wrap the wizard, such as training's
 * "Reveal what the guidance says". The wizard screen only renders the slot; what goes in it is
 * decided by whoever provides the context, so the live wizard knows nothing about training.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { StepId } from '../../machines/steps';

export type StepAddon = (props: { readonly step: StepId }) => ReactNode;

/**
 * The component to render below each screen, or null for none (the live wizard).
 * Provide a component with a stable identity (made once, not inline in a render): a new function
 * each render is a new component type to React, which would reset its state on every keystroke.
 */
export const StepAddonsContext = createContext<StepAddon | null>(null);

/** Renders the provided addon for this screen, or nothing. */
export function StepAddons({ step }: { readonly step: StepId }): ReactNode {
  const Addon = useContext(StepAddonsContext);
  return Addon === null ? null : createElement(Addon, { step });
}
