import { createContext, useContext } from 'react';
import { memoryEvidenceFiles, type EvidenceFileStore } from './evidenceFiles';

/**
 * Where evidence files are kept. The app provides the IndexedDB store (or, when the browser will
 * not store anything, a memory store sharing the memory repository's `files` map); the default
 * keeps files only for this tab, so the log still works in tests and previews.
 */
export const EvidenceFilesContext = createContext<EvidenceFileStore>(memoryEvidenceFiles());

export function useEvidenceFiles(): EvidenceFileStore {
  return useContext(EvidenceFilesContext);
}
