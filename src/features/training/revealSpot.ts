import { createContext, useContext } from 'react';

/**
 * Where a walk-through's "what the guidance says" opens: the side column beside the question
 * (ScenarioAside), so revealing never pushes the question or Continue off a projected screen.
 * Null (a reveal drawn on its own, as in tests) opens it under its button.
 */
export const RevealSpotContext = createContext<HTMLElement | null>(null);

export function useRevealSpot(): HTMLElement | null {
  return useContext(RevealSpotContext);
}
