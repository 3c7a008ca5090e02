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
  /** Rejects with InvalidSettingsError, and keeps what was there, if the settings do not pass the checks. */
  save(settings: PracticeSettings): Promise<void>;
}

export class InvalidSettingsError extends Error {
  override readonly name = 'InvalidSettingsError';
  constructor(readonly problems: readonly string[]) {
    super(`Practice settings were not saved because some need fixing: ${problems.join('; ')}`);
  }
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

export async function saveSettings(db: Database, settings: PracticeSettings): Promise<void> {
  await db.put('settings', checked(settings), practiceSettingsKey);
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
      value = checked(settings);
    },
  };
}
