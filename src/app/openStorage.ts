import { indexedDbEvidenceFiles, memoryEvidenceFiles } from '../record/evidenceFiles';
import type { VersionEvents } from '../record/database';
import { openRepository } from '../record/incidentStore';
import { lazyPolicyStore, lazySettingsStore } from '../record/lazyStores';
import type { Storage } from '../record/storageContext';

/** Opens this computer's storage once at start-up; falls back to memory and says so. */
export async function openStorage(versionEvents: VersionEvents = {}): Promise<Storage> {
  const opened = await openRepository({ versionEvents });
  const db = opened.db;
  return {
    incidents: opened.repository,
    settings: lazySettingsStore(() =>
      import('../record/settingsStore').then((m) => (db ? m.indexedDbSettingsStore(db) : m.memorySettingsStore())),
    ),
    policy: lazyPolicyStore(() => import('../record/policyStore').then((m) => (db ? m.indexedDbPolicyStore(db) : m.memoryPolicyStore()))),
    evidenceFiles: db ? indexedDbEvidenceFiles(db) : memoryEvidenceFiles(opened.memoryStores?.files),
    savesOnThisComputer: db !== undefined,
    persistent: opened.persistent,
    ...(opened.problem === undefined ? {} : { problem: opened.problem }),
  };
}
