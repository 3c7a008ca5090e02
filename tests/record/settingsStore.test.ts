import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { settingsContent } from '../../src/content/settings';
import { openDatabase, type Database } from '../../src/record/database';
import { defaultSettings, practiceSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import {
  indexedDbSettingsStore,
  InvalidSettingsError,
  loadSettings,
  memorySettingsStore,
  practiceSettingsKey,
  saveSettings,
  type SettingsStore,
} from '../../src/record/settingsStore';

/** A database of its own for each test, so no test sees another's settings. */
function freshDatabase(): Promise<Database> {
  return openDatabase(`test-${crypto.randomUUID()}`);
}

const filledIn: PracticeSettings = {
  schemaVersion: 1,
  practiceName: 'Riverside Surgery',
  raiseConcern: { phone: '01632 960000', email: 'reception@example.com', complaintsPage: 'www.example.com/complaints' },
  contacts: {
    onCall: { name: 'Dr A. Patel', phone: '01632 960123' },
    dataProtectionOfficer: { phone: '+44 (0)1632 960456 ext 12' },
    profileLoginHolder: { name: 'Sam Jones' },
  },
  socialMediaPolicy: { exists: 'yes', whereKept: 'Policies folder on the shared drive' },
  replyByHours: 6,
  workingHours: { start: '07:30', end: '19:00', days: [1, 2, 3, 4, 5, 6] },
  staffNames: ['Amira Patel', 'Sam Jones'],
};

describe('the practice settings schema', () => {
  it('accepts the defaults: four hours, Monday to Friday, 08:00 to 18:30', () => {
    expect(practiceSettings.safeParse(defaultSettings).success).toBe(true);
    expect(defaultSettings).toMatchObject({
      replyByHours: 4,
      workingHours: { start: '08:00', end: '18:30', days: [1, 2, 3, 4, 5] },
      staffNames: [],
    });
  });

  it.each([
    ['reply-by hours of 0', { replyByHours: 0 }, settingsContent.errors.replyByHours],
    ['reply-by hours over 72', { replyByHours: 73 }, settingsContent.errors.replyByHours],
    ['part of an hour', { replyByHours: 1.5 }, settingsContent.errors.replyByHours],
    ['closing before opening', { workingHours: { start: '09:00', end: '08:00', days: [1] } }, settingsContent.errors.endBeforeStart],
    ['no working days', { workingHours: { start: '08:00', end: '18:30', days: [] } }, settingsContent.errors.days],
    ['a time that is not on the 24-hour clock', { workingHours: { start: '8am', end: '18:30', days: [1] } }, settingsContent.errors.start],
    ['a name in the phone box', { contacts: { lmc: { phone: 'ring Jo' } } }, settingsContent.contacts.roles.lmc.phoneError],
    ['an email without an @', { raiseConcern: { email: 'reception.example.com' } }, settingsContent.errors.concernEmail],
  ])('refuses %s, in plain words', (_name, change, message) => {
    const result = practiceSettings.safeParse({ ...defaultSettings, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('reads settings saved before monitoring was asked, and keeps monitoring once answered', () => {
    const { monitoring: _unused, ...older } = { ...filledIn, monitoring: undefined };
    expect(practiceSettings.parse(older)).toEqual(filledIn);
    expect(practiceSettings.parse({ ...filledIn, monitoring: 'notSure' })).toMatchObject({ monitoring: 'notSure' });
    const wrong = practiceSettings.safeParse({ ...filledIn, monitoring: 'sometimes' });
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([settingsContent.errors.monitoring]);
  });

  it('has nowhere to keep a password: an extra field is dropped', () => {
    const result = practiceSettings.parse({
      ...defaultSettings,
      contacts: { profileLoginHolder: { name: 'Sam', password: 'hunter2' } },
      password: 'x',
    });
    expect(JSON.stringify(result)).not.toMatch(/password|hunter2/i);
  });
});

/** The contract every settings store keeps, IndexedDB or memory. */
function storeContract(name: string, makeStore: (stored?: unknown) => Promise<SettingsStore>) {
  describe(name, () => {
    it('gives the defaults, with no problem, when nothing has been saved', async () => {
      const store = await makeStore();
      expect(await store.load()).toEqual({ settings: defaultSettings });
    });

    it('gives back what was saved', async () => {
      const store = await makeStore();
      await store.save(filledIn);
      expect(await store.load()).toEqual({ settings: { ...filledIn, revision: 1 } });
    });

    it('refuses invalid settings and keeps what was there', async () => {
      const store = await makeStore();
      await store.save(filledIn);
      const invalid = { ...filledIn, replyByHours: 0 };
      await expect(store.save(invalid)).rejects.toThrow(InvalidSettingsError);
      await expect(store.save(invalid)).rejects.toThrow(settingsContent.errors.replyByHours);
      expect(await store.load()).toEqual({ settings: { ...filledIn, revision: 1 } });
    });

    it('keeps a copy: changing the saved object afterwards changes nothing stored', async () => {
      const store = await makeStore();
      const settings = structuredClone(filledIn);
      await store.save(settings);
      settings.staffNames.push('Someone Else');
      const loaded = await store.load();
      expect(loaded.settings.staffNames).toEqual(filledIn.staffNames);
      loaded.settings.workingHours.days.push(7);
      expect((await store.load()).settings).toEqual({ ...filledIn, revision: 1 });
    });

    it('never hands out the shared defaults to be changed', async () => {
      const store = await makeStore();
      (await store.load()).settings.workingHours.days.push(7);
      expect((await store.load()).settings.workingHours.days).toEqual([1, 2, 3, 4, 5]);
      expect(defaultSettings.workingHours.days).toEqual([1, 2, 3, 4, 5]);
    });

    it.each([
      ['a value of the wrong shape', { practiceName: 'Riverside' }],
      ['a newer version', { ...defaultSettings, schemaVersion: 2 }],
      ['settings with a broken field', { ...defaultSettings, replyByHours: 'four' }],
      ['plain text', 'not settings'],
      ['null', null],
    ])('gives the defaults and says why when it holds %s', async (_name, stored) => {
      const store = await makeStore(stored);
      expect(await store.load()).toEqual({ settings: defaultSettings, problem: settingsContent.loadProblem });
    });
  });
}

storeContract('the IndexedDB settings store', async (stored) => {
  const db = await freshDatabase();
  if (stored !== undefined) await db.put('settings', stored, practiceSettingsKey);
  return indexedDbSettingsStore(db);
});

storeContract('the memory settings store', async (stored) => memorySettingsStore(stored));

describe('loadSettings and saveSettings', () => {
  it('keep the settings under the "practice" key', async () => {
    const db = await freshDatabase();
    await saveSettings(db, filledIn);
    expect(await db.get('settings', 'practice')).toEqual({ ...filledIn, revision: 1 });
    expect(await loadSettings(db)).toEqual({ settings: { ...filledIn, revision: 1 } });
  });

  it('store only what the schema lets through', async () => {
    const db = await freshDatabase();
    await saveSettings(db, { ...filledIn, password: 'hunter2' } as PracticeSettings);
    expect(JSON.stringify(await db.get('settings', 'practice'))).not.toMatch(/password|hunter2/i);
  });

  it('never throw when the database cannot be read', async () => {
    const db = await freshDatabase();
    db.close();
    expect(await loadSettings(db)).toEqual({ settings: defaultSettings, problem: settingsContent.loadProblem });
  });

  it('refuse invalid settings without writing anything', async () => {
    const db = await freshDatabase();
    await expect(saveSettings(db, { ...defaultSettings, workingHours: { start: '18:00', end: '08:00', days: [1] } })).rejects.toThrow(
      settingsContent.errors.endBeforeStart,
    );
    expect(await db.get('settings', 'practice')).toBeUndefined();
  });
});

describe('two tabs saving practice settings (issue #14, point 5)', () => {
  it('refuses a save from a page that loaded an older revision, and keeps the other save', async () => {
    const { memorySettingsStore: memory, SettingsConflictError: Conflict } = await import('../../src/record/settingsStore');
    const store = memory();
    const first = (await store.load()).settings;
    const second = (await store.load()).settings;
    const saved = await store.save({ ...first, practiceName: 'From tab one' });
    expect(saved.revision).toBe(1);
    await expect(store.save({ ...second, practiceName: 'From tab two' })).rejects.toBeInstanceOf(Conflict);
    expect((await store.load()).settings.practiceName).toBe('From tab one');
    // Knowingly saving over them: with the stored revision, the save goes through.
    await expect(store.save({ ...second, practiceName: 'From tab two', revision: 1 })).resolves.toMatchObject({ revision: 2 });
  });

  it('reads settings saved before revisions as revision 0', async () => {
    const { memorySettingsStore: memory } = await import('../../src/record/settingsStore');
    const { defaultSettings } = await import('../../src/record/settingsSchema');
    const old: Record<string, unknown> = { ...structuredClone(defaultSettings), practiceName: 'Old' };
    delete old['revision'];
    const store = memory(old);
    const loaded = await store.load();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings.practiceName).toBe('Old');
    await expect(store.save(loaded.settings)).resolves.toMatchObject({ revision: 1 });
  });
});
