import { indexedDbEvidenceFiles, memoryEvidenceFiles } from '../record/evidenceFiles';
import type { VersionEvents } from '../record/database';
import { openRepository } from '../record/incidentStore';
import { indexedDbPolicyStore, memoryPolicyStore } from '../record/policyStore';
import { indexedDbSettingsStore, memorySettingsStore } from '../record/settingsStore';
import type { Storage } from '../record/storageContext';

/** Opens this computer's storage once at start-up; falls back to memory and says so. */
export async function openStorage(versionEvents: VersionEvents = {}): Promise<Storage> {
  const opened = await openRepository({ versionEvents });
  const db = opened.db;
  return {
    incidents: opened.repository,
    settings: db ? indexedDbSettingsStore(db) : memorySettingsStore(),
    policy: db ? indexedDbPolicyStore(db) : memoryPolicyStore(),
    evidenceFiles: db ? indexedDbEvidenceFiles(db) : memoryEvidenceFiles(opened.memoryStores?.files),
    savesOnThisComputer: db !== undefined,
    persistent: opened.persistent,
    ...(opened.problem === undefined ? {} : { problem: opened.problem }),
  };
}
