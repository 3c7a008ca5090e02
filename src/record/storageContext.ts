import { createContext, useContext } from 'react';
import type { EvidenceFileStore } from './evidenceFiles';
import type { IncidentRepository } from './incidentStore';
import type { PolicyStore } from './policyStore';
import type { PracticeFolder } from './practiceFolder/practiceFolder';
import type { SettingsStore } from './settingsStore';

/** Where this tab keeps things: IndexedDB on this computer, or memory when the browser refuses. */
export interface Storage {
  readonly incidents: IncidentRepository;
  readonly settings: SettingsStore;
  /** The practice's social media policy, written in "Be prepared". */
  readonly policy: PolicyStore;
  /** Screenshots and other evidence files, kept apart from the records they belong to. */
  readonly evidenceFiles: EvidenceFileStore;
  /** False when everything lives only in this tab (private window, policy). */
  readonly savesOnThisComputer: boolean;
  /** Whether the browser agreed not to clear our data when space runs short. */
  readonly persistent: boolean;
  readonly problem?: string;
  /** The practice's shared folder (issue 18); absent when nothing is saved on this computer. */
  readonly practiceFolder?: PracticeFolder;
}

export const StorageContext = createContext<Storage | null>(null);

export function useStorage(): Storage {
  const storage = useContext(StorageContext);
  if (!storage) throw new Error('useStorage must be used inside StorageContext');
  return storage;
}
