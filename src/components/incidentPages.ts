import { createContext, useContext } from 'react';

/** Pages of the open incident that any screen can open (the evidence log, "from every screen"). */
export interface IncidentPages {
  openEvidence(): void;
  /** The whole flow as a diagram, with this incident's path marked. */
  openDiagram(): void;
}

export const IncidentPagesContext = createContext<IncidentPages | null>(null);

export function useIncidentPages(): IncidentPages | null {
  return useContext(IncidentPagesContext);
}
