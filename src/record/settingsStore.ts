/**
 * Where practice settings are kept: IndexedDB normally, or memory when the browser will not give
 * the app storage (some private windows), so the page still works for the visit.
 *
 * Loading never throws: in an incident, settings that cannot be read must not stop anyone getting
 * to the guidance, so the standard settings are used and the page says why. Saving checks first
 * and stores only what the schema let through.
 */
import { settingsContent } from '../content/settings';
import type { Database } from './database';
import { defaultSettings, practiceSettings, type PracticeSettings } from './settingsSchema';

/** The key in the database's `settings` store. */
export const practiceSettingsKey = 'practice';

export interface LoadedSettings {
  readonly settings: PracticeSettings;
  /** Plain words for the page when saved settings were there but could not be used. */
  readonly problem?: string;
}

export interface SettingsStore {
  load(): Promise<LoadedSettings>;
  /**
   * Rejects with InvalidSettingsError, and keeps what was there, if the settings do not pass the
   * checks; with SettingsConflictError if another tab saved since `settings.revision` was loaded.
   * Resolves with the settings as stored, carrying their new revision.
   */
  save(settings: PracticeSettings): Promise<PracticeSettings>;
}

export class InvalidSettingsError extends Error {
  override readonly name = 'InvalidSettingsError';
  constructor(readonly problems: readonly string[]) {
    super(`Practice settings were not saved because some need fixing: ${problems.join('; ')}`);
  }
}

/** Another tab or window saved the settings after this copy was loaded; nothing was written. */
export class SettingsConflictError extends Error {
  override readonly name = 'SettingsConflictError';
  constructor(readonly storedRevision: number) {
    super(settingsContent.conflict);
  }
}

/** The revision of whatever is stored: none (or settings from before revisions) is 0. */
function revisionOf(stored: unknown): number {
  if (typeof stored !== 'object' || stored === null || !('revision' in stored)) return 0;
  const revision = stored.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

/** The settings to write over `stored`, one revision on; refused if `stored` has moved on. */
function nextSettings(stored: unknown, settings: PracticeSettings): PracticeSettings {
  const valid = checked(settings);
  const expected = settings.revision ?? 0;
  const current = revisionOf(stored);
  if (current !== expected) throw new SettingsConflictError(current);
  return { ...valid, revision: current + 1 };
}

/** A fresh copy each time, so nobody who edits what they loaded changes the defaults for everyone. */
function standardSettings(): PracticeSettings {
  return structuredClone(defaultSettings);
}

/** What was stored, as settings: nothing stored gives the defaults quietly; anything unusable says so. */
function fromStored(stored: unknown): LoadedSettings {
  if (stored === undefined) return { settings: standardSettings() };
  const result = practiceSettings.safeParse(stored);
  if (result.success) return { settings: result.data };
  return { settings: standardSettings(), problem: settingsContent.loadProblem };
}

/** The settings as they will be stored, or an InvalidSettingsError naming every problem. */
function checked(settings: PracticeSettings): PracticeSettings {
  const result = practiceSettings.safeParse(settings);
  if (!result.success) throw new InvalidSettingsError([...new Set(result.error.issues.map((issue) => issue.message))]);
  return result.data;
}

export async function loadSettings(db: Database): Promise<LoadedSettings> {
  try {
    return fromStored(await db.get('settings', practiceSettingsKey));
  } catch {
    return { settings: standardSettings(), problem: settingsContent.loadProblem };
  }
}

export async function saveSettings(db: Database, settings: PracticeSettings): Promise<PracticeSettings> {
  checked(settings);
  // Read and write in one transaction, so two tabs saving at once cannot both pass the check.
  const tx = db.transaction('settings', 'readwrite');
  const next = nextSettings(await tx.store.get(practiceSettingsKey), settings);
  await tx.store.put(next, practiceSettingsKey);
  await tx.done;
  return next;
}

export function indexedDbSettingsStore(db: Database): SettingsStore {
  return {
    load: () => loadSettings(db),
    save: (settings) => saveSettings(db, settings),
  };
}

/**
 * Settings kept in memory for this visit only. `stored` stands in for what the database held, so
 * tests (and a future import) can start it with anything, readable or not.
 */
export function memorySettingsStore(stored?: unknown): SettingsStore {
  let value: unknown = stored;
  return {
    load: async () => fromStored(value),
    save: async (settings) => {
      const next = nextSettings(value, settings);
      value = next;
      return next;
    },
  };
}
