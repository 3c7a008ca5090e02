import type { IncidentHandle } from '../../src/record/incidentContext';
import type { IncidentRecord } from '../../src/record/schema';

/** The open incident as features see it: a record that changes only through `update`. */
export function fakeIncident(record: IncidentRecord): IncidentHandle {
  let current = record;
  const listeners = new Set<() => void>();
  return {
    current: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change) => {
      current = change(current);
      for (const listener of listeners) listener();
    },
  };
}
