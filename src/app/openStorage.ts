import { indexedDbEvidenceFiles, memoryEvidenceFiles } from '../record/evidenceFiles';
import { databaseName, openDatabase, type VersionEvents } from '../record/database';
import { openRepository } from '../record/incidentStore';
import { folderRepository } from '../record/practiceFolder/folderRepository';
import { lazyPracticeFolder } from '../record/practiceFolder/lazyPracticeFolder';
import { testDatabaseSuffix } from '../record/practiceFolder/testHooks';
import { lazyPolicyStore, lazySettingsStore } from '../record/lazyStores';
import type { Storage } from '../record/storageContext';

/** Opens this computer's storage once at start-up; falls back to memory and says so. */
export async function openStorage(versionEvents: VersionEvents = {}): Promise<Storage> {
  // A second "PC" in the practice folder's browser test keeps its own databases (testHooks.ts).
  const suffix = testDatabaseSuffix();
  const opened = await openRepository(
    suffix === '' ? { versionEvents } : { versionEvents, open: () => openDatabase(databaseName + suffix, versionEvents) },
  );
  const db = opened.db;
  const evidenceFiles = db ? indexedDbEvidenceFiles(db) : memoryEvidenceFiles(opened.memoryStores?.files);
  // The practice folder is a layer over the browser's store, used only when the browser keeps data.
  const practiceFolder = db
    ? lazyPracticeFolder(() =>
        import('../record/practiceFolder/practiceFolder').then((m) =>
          m.browserPracticeFolder(db, opened.repository, evidenceFiles, `${databaseName}${suffix}-practice-folder`),
        ),
      )
    : undefined;
  void practiceFolder?.start();
  return {
    incidents: practiceFolder ? folderRepository(opened.repository, practiceFolder) : opened.repository,
    settings: lazySettingsStore(() =>
      import('../record/settingsStore').then((m) => (db ? m.indexedDbSettingsStore(db) : m.memorySettingsStore())),
    ),
    policy: lazyPolicyStore(() => import('../record/policyStore').then((m) => (db ? m.indexedDbPolicyStore(db) : m.memoryPolicyStore()))),
    evidenceFiles,
    savesOnThisComputer: db !== undefined,
    persistent: opened.persistent,
    ...(opened.problem === undefined ? {} : { problem: opened.problem }),
    ...(practiceFolder ? { practiceFolder } : {}),
  };
}
