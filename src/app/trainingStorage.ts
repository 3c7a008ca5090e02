import { memoryEvidenceFiles } from '../record/evidenceFiles';
import { emptyMemoryStores, memoryRepository } from '../record/incidentStore';
import { lazyPolicyStore, lazySettingsStore } from '../record/lazyStores';
import type { Storage } from '../record/storageContext';

/**
 * Storage for a training session, kept in this tab only: nothing trainees enter is written to the
 * practice's computer, and the practice's own settings (names, numbers) are not shown to the room.
 */
export function trainingStorage(): Storage {
  const stores = emptyMemoryStores();
  return {
    incidents: memoryRepository(stores),
    settings: lazySettingsStore(() => import('../record/settingsStore').then((m) => m.memorySettingsStore())),
    policy: lazyPolicyStore(() => import('../record/policyStore').then((m) => m.memoryPolicyStore())),
    evidenceFiles: memoryEvidenceFiles(stores.files),
    savesOnThisComputer: false,
    persistent: false,
  };
}
