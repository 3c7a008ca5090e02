import { openDatabase } from '../record/database';
import { openRepository } from '../record/incidentStore';
import { indexedDbSettingsStore, memorySettingsStore } from '../record/settingsStore';
import type { Storage } from './storage';

/** Opens this computer's storage once at start-up; falls back to memory and says so. */
export async function openStorage(): Promise<Storage> {
  const opened = await openRepository();
  const saves = opened.problem === undefined;
  let settings = memorySettingsStore();
  if (saves) {
    try {
      settings = indexedDbSettingsStore(await openDatabase());
    } catch {
      // The incidents opened a moment ago; if settings cannot, keep them in memory this time.
    }
  }
  return {
    incidents: opened.repository,
    settings,
    savesOnThisComputer: saves,
    persistent: opened.persistent,
    ...(opened.problem === undefined ? {} : { problem: opened.problem }),
  };
}
