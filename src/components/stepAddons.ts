/**
 * Slots on each wizard screen for views that wrap the wizard. The wizard screen only renders the
 * slots; what goes in them is decided by whoever provides the context, so the wizard knows
 * nothing about the reply builder, the evidence reminder or training.
 *
 * Two slots, because their content belongs in different places:
 * - `StepAddons`: below the screen's guidance, before its answers and Continue (live features
 *   such as the reply builder, which the user works with before moving on).
 * - `StepFooterAddons`: after the answers and Continue (training's "Reveal what the guidance
 *   says"). On a one-question screen the question itself is the h1 inside the form, so anything
 *   in the first slot would sit above the question: a reveal there would show the answer first.
 */
import { createContext, createElement, useContext, type Context, type ReactNode } from 'react';
import type { StepId } from '../../machines/steps';

export type StepAddon = (props: { readonly step: StepId }) => ReactNode;

/*
 * Provide components with a stable identity (made once, not inline in a render): a new function
 * each render is a new component type to React, which would reset its state on every keystroke.
 */

/** Below the guidance, before the answers; null for none. */
export const StepAddonsContext = createContext<StepAddon | null>(null);

/** After the answers and Continue; null for none (the live wizard). */
export const StepFooterAddonsContext = createContext<StepAddon | null>(null);

function useSlot(slot: Context<StepAddon | null>, step: StepId): ReactNode {
  const Addon = useContext(slot);
  return Addon === null ? null : createElement(Addon, { step });
}

/** Renders the addon provided for the slot below the guidance, or nothing. */
export function StepAddons({ step }: { readonly step: StepId }): ReactNode {
  return useSlot(StepAddonsContext, step);
}

/** Renders the addon provided for the slot after the answers, or nothing. */
export function StepFooterAddons({ step }: { readonly step: StepId }): ReactNode {
  return useSlot(StepFooterAddonsContext, step);
}
