import { indexedDbEvidenceFiles, memoryEvidenceFiles } from '../record/evidenceFiles';
import { openRepository } from '../record/incidentStore';
import { indexedDbSettingsStore, memorySettingsStore } from '../record/settingsStore';
import type { Storage } from '../record/storageContext';

/** Opens this computer's storage once at start-up; falls back to memory and says so. */
export async function openStorage(): Promise<Storage> {
  const opened = await openRepository();
  const db = opened.db;
  return {
    incidents: opened.repository,
    settings: db ? indexedDbSettingsStore(db) : memorySettingsStore(),
    evidenceFiles: db ? indexedDbEvidenceFiles(db) : memoryEvidenceFiles(opened.memoryStores?.files),
    savesOnThisComputer: db !== undefined,
    persistent: opened.persistent,
    ...(opened.problem === undefined ? {} : { problem: opened.problem }),
  };
}
