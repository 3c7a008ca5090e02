import { createContext, useContext, useSyncExternalStore } from 'react';
import type { IncidentRecord } from './schema';

/**
 * The open incident's record, for features that add to it (action progress, evidence, the reply,
 * references). They change it only through `update`, which the incident's autosave writes to this
 * computer; no feature talks to storage itself.
 */
export interface IncidentHandle {
  current(): IncidentRecord;
  subscribe(listener: () => void): () => void;
  /** Apply a change; `afterTyping` waits for a pause in typing before saving. */
  update(change: (record: IncidentRecord) => IncidentRecord, when?: 'now' | 'afterTyping'): void;
}

export const IncidentContext = createContext<IncidentHandle | null>(null);

/** The open incident's record (re-rendering when it changes), or null outside an incident. */
export function useIncident(): { record: IncidentRecord; update: IncidentHandle['update'] } | null {
  const handle = useContext(IncidentContext);
  const record = useSyncExternalStore(handle?.subscribe ?? noSubscribe, handle?.current ?? noRecord);
  return handle && record ? { record, update: handle.update } : null;
}

const noSubscribe = () => () => {};
const noRecord = () => null;
