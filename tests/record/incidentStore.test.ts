import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { createActor } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { conditionNames, conditions } from '../../machines/conditions';
import { incidentMachine, machineVersion, type WizardEvent } from '../../machines/incidentMachine';
import { currentStep } from '../../machines/stateValue';
import { allStepIds, type StepId } from '../../machines/steps';
import type { Answers } from '../../src/content/questions';
import { parsePracticeTime } from '../../src/record/clock';
import { openDatabase, type Database, type StoredFile } from '../../src/record/database';
import {
  InvalidRecordError,
  RevisionConflictError,
  StorageFullError,
  emptyMemoryStores,
  indexedDbRepository,
  memoryRepository,
  openRepository,
  type IncidentRepository,
  type LoadResult,
} from '../../src/record/incidentStore';
import { liveReferencePattern } from '../../src/record/incidentReference';
import { currentSchemaVersion, incidentRecord, type IncidentRecord } from '../../src/record/schema';
import { answerScreen, startWizard, stepOf, walkToPlan, type Wizard } from '../support/walk';
import { continueEvents as continueOn, onePerOutcome, serializeState, type OnePerOutcome, type Snapshot } from '../support/routeGraph';

// --- Every route through the wizard ------------------------------------------------------------

/**
 * As in tests/machines/paths.test.ts, with awkward free text: a found time in the hour the clocks
 * go back, and quotes and an emoji in the description.
 */
const awkwardAnswers: OnePerOutcome = {
  ...onePerOutcome,
  foundAt: ['2026-10-25T01:30'],
  description: ['A one-star review saying "nobody answers" — with “quotes” and an emoji 😠'],
};
const continueEvents = (step: StepId) => continueOn(step, awkwardAnswers);

type Node = AdjacencyValue<Snapshot, WizardEvent>;

interface Route {
  readonly answers: Answers;
  readonly screens: readonly StepId[];
}

/**
 * One answer set per distinct route: the sequence of screens, and the routing conditions that hold
 * at the plan (the route is short, so the conditions are what tell most routes apart).
 */
function everyRoute(): Route[] {
  const graph = getAdjacencyMap(incidentMachine, {
    events: (snapshot: Snapshot) => continueEvents(currentStep(snapshot)),
    serializeState,
  }) as unknown as Record<string, Node>;
  const answerSets: Answers[] = [];
  const follow = (key: string, answers: Answers): void => {
    const node = graph[key]!;
    if (currentStep(node.state) === 'plan') {
      answerSets.push(answers);
      return;
    }
    for (const { event, state } of Object.values(node.transitions)) {
      const next = serializeState(state);
      if (next === key) continue;
      follow(next, event.type === 'wizard.continue' ? { ...answers, ...event.answers } : answers);
    }
  };
  follow(serializeState(createActor(incidentMachine).getSnapshot()), {});
  const byScreens = new Map<string, Route>();
  for (const answers of answerSets) {
    const screens = walkToPlan(answers);
    const holds = conditionNames.map((name) => (conditions[name](answers) ? 1 : 0)).join('');
    byScreens.set(`${screens.join('>')}|${holds}`, { answers, screens });
  }
  return [...byScreens.values()];
}

/** A few routes that between them take every step from one screen to the next. */
function coveringRoutes(routes: readonly Route[]): Route[] {
  const moves = (route: Route) => route.screens.slice(1).map((to, i) => `${route.screens[i]}>${to}`);
  const uncovered = new Set(routes.flatMap(moves));
  const chosen: Route[] = [];
  while (uncovered.size > 0) {
    const best = routes.reduce((a, b) =>
      moves(b).filter((m) => uncovered.has(m)).length > moves(a).filter((m) => uncovered.has(m)).length ? b : a,
    );
    for (const move of moves(best)) uncovered.delete(move);
    chosen.push(best);
  }
  return chosen;
}

function plainAnswers(answers: Answers): IncidentRecord['answers'] {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value] : value]),
  ) as IncidentRecord['answers'];
}

/** What the app keeps of the wizard at this moment: answers, the Back stack and the screen. */
function withWizard(record: IncidentRecord, wizard: Wizard): IncidentRecord {
  const { answers, visited } = wizard.getSnapshot().context;
  const found = typeof answers.foundAt === 'string' ? parsePracticeTime(answers.foundAt) : null;
  return {
    ...record,
    answers: plainAnswers(answers),
    visited: [...visited],
    currentStep: stepOf(wizard),
    foundAt: found?.toISOString() ?? null,
    timeline: [...record.timeline, { at: record.createdAt, kind: 'step', summary: `On ${stepOf(wizard)}`, ref: stepOf(wizard) }],
  };
}

let routes: Route[] = [];
let covering: Route[] = [];

beforeAll(() => {
  routes = everyRoute();
  covering = coveringRoutes(routes);
});

// --- The two implementations, behind one harness ------------------------------------------------

interface Harness {
  readonly repository: IncidentRepository;
  /** A second tab on the same storage. */
  readonly otherTab: IncidentRepository;
  plant(id: string, raw: unknown): Promise<void>;
  addFile(file: StoredFile): Promise<void>;
  fileIds(): Promise<string[]>;
  setSetting(key: string, value: unknown): Promise<void>;
  deleteSetting(key: string): Promise<void>;
  counts(): Promise<{ incidents: number; files: number; settings: number }>;
  close(): Promise<void>;
}

let clockTime = new Date('2026-11-25T09:40:00.000Z');
const clock = () => new Date(clockTime);

let databaseNumber = 0;

async function indexedDbHarness(): Promise<Harness> {
  const name = `incident-store-test-${(databaseNumber += 1)}`;
  const db: Database = await openDatabase(name);
  const second: Database = await openDatabase(name);
  return {
    repository: indexedDbRepository(db, { now: clock }),
    otherTab: indexedDbRepository(second, { now: clock }),
    plant: async (id, raw) => void (await db.put('incidents', raw, id)),
    addFile: async (file) => void (await db.put('files', file)),
    fileIds: async () => (await db.getAllKeys('files')).sort(),
    setSetting: async (key, value) => void (await db.put('settings', value, key)),
    deleteSetting: (key) => db.delete('settings', key),
    counts: async () => ({
      incidents: await db.count('incidents'),
      files: await db.count('files'),
      settings: await db.count('settings'),
    }),
    close: async () => {
      db.close();
      second.close();
      await deleteDB(name);
    },
  };
}

async function memoryHarness(): Promise<Harness> {
  const stores = emptyMemoryStores();
  return {
    repository: memoryRepository(stores, { now: clock }),
    otherTab: memoryRepository(stores, { now: clock }),
    plant: async (id, raw) => void stores.incidents.set(id, raw),
    addFile: async (file) => void stores.files.set(file.id, file),
    fileIds: async () => [...stores.files.keys()].sort(),
    setSetting: async (key, value) => void stores.settings.set(key, value),
    deleteSetting: async (key) => void stores.settings.delete(key),
    counts: async () => ({ incidents: stores.incidents.size, files: stores.files.size, settings: stores.settings.size }),
    close: async () => undefined,
  };
}

const inNovember = new Date('2026-11-25T09:31:00.000Z');

function file(id: string, incidentId: string): StoredFile {
  return { id, incidentId, bytes: new Uint8Array([1, 2, 3]).buffer, type: 'image/png', size: 3, sha256: 'a'.repeat(64) };
}

function expectLoaded(result: LoadResult): IncidentRecord {
  if (!result.ok) throw new Error(`Expected a readable record, got: ${result.problem}`);
  return result.record;
}

function unreadable(result: LoadResult) {
  if (result.ok) throw new Error(`Expected an unreadable record, got ${result.record.id}`);
  return result;
}

// --- The contract, once, for both ---------------------------------------------------------------

describe.each([
  ['IndexedDB', indexedDbHarness],
  ['memory', memoryHarness],
] as const)('the %s repository', (_name, makeHarness) => {
  let harness: Harness;
  let repository: IncidentRepository;

  async function start(): Promise<void> {
    harness = await makeHarness();
    repository = harness.repository;
  }

  afterEach(async () => {
    clockTime = new Date('2026-11-25T09:40:00.000Z');
    await harness.close();
  });

  describe('creating', () => {
    it('makes a new, valid, empty incident and keeps it', async () => {
      await start();
      const record = await repository.create({ kind: 'live', now: inNovember });
      expect(incidentRecord.safeParse(record).success).toBe(true);
      expect(record).toMatchObject({
        schemaVersion: currentSchemaVersion,
        reference: 'SM-2026-0001',
        kind: 'live',
        createdAt: '2026-11-25T09:31:00.000Z',
        updatedAt: '2026-11-25T09:31:00.000Z',
        foundAt: null,
        machineVersion,
        revision: 0,
        status: 'open',
        keep: false,
        answers: {},
        drafts: {},
        visited: [],
        currentStep: 'start',
        actions: {},
        evidence: [],
        reply: null,
        references: [],
      });
      expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(record.timeline).toEqual([{ at: '2026-11-25T09:31:00.000Z', kind: 'created', summary: 'Incident started' }]);
      expect(await repository.load(record.id)).toEqual({ ok: true, record });
    });

    it('numbers references in order, per year, and never twice', async () => {
      await start();
      const refs: string[] = [];
      for (const at of [
        '2026-01-01T00:00:00Z',
        '2026-06-30T23:30:00Z',
        '2026-12-31T23:59:00Z',
        '2027-01-01T00:00:00Z',
        '2027-03-01T10:00:00Z',
      ]) {
        refs.push((await repository.create({ kind: 'live', now: new Date(at) })).reference);
      }
      refs.push((await repository.create({ kind: 'live', now: inNovember })).reference);
      expect(refs).toEqual(['SM-2026-0001', 'SM-2026-0002', 'SM-2026-0003', 'SM-2027-0001', 'SM-2027-0002', 'SM-2026-0004']);
    });

    it('gives training incidents references of their own, which never take or advance a real number', async () => {
      await start();
      const live = [await repository.create({ kind: 'live', now: inNovember })];
      const training = [];
      for (let i = 0; i < 3; i++) training.push(await repository.create({ kind: 'training', now: inNovember }));
      live.push(await repository.create({ kind: 'live', now: inNovember }));
      expect(training.map((r) => r.reference)).toEqual(['TRAINING-0001', 'TRAINING-0002', 'TRAINING-0003']);
      // The live counter went from 1 to 2 with three training incidents in between.
      expect(live.map((r) => r.reference)).toEqual(['SM-2026-0001', 'SM-2026-0002']);
      for (const { reference } of training) expect(reference).not.toMatch(liveReferencePattern);
      // Each is stored, read back and listed as it was made.
      for (const record of training) expect(expectLoaded(await repository.load(record.id)).reference).toBe(record.reference);
    });

    it('numbers training after the highest stored training reference if its counter is lost', async () => {
      await start();
      await repository.create({ kind: 'training', now: inNovember });
      await repository.create({ kind: 'training', now: inNovember });
      await harness.deleteSetting('trainingReferenceCounter');
      expect((await repository.create({ kind: 'training', now: inNovember })).reference).toBe('TRAINING-0003');
      expect((await repository.create({ kind: 'live', now: inNovember })).reference).toBe('SM-2026-0001');
    });

    it('takes the year from the date the incident was started', async () => {
      await start();
      const record = await repository.create({ kind: 'live', now: new Date('2025-12-31T23:59:59Z') });
      expect(record.reference).toBe('SM-2025-0001');
    });

    it('gives different numbers to incidents started at once in two tabs', async () => {
      await start();
      const started = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? repository : harness.otherTab).create({ kind: 'live', now: inNovember })),
      );
      const refs = started.map((r) => r.reference).sort();
      expect(new Set(refs).size).toBe(20);
      expect(refs[0]).toBe('SM-2026-0001');
      expect(refs[19]).toBe('SM-2026-0020');
      expect(new Set(started.map((r) => r.id)).size).toBe(20);
    });

    it('carries on after the highest stored number if the counter is lost or damaged', async () => {
      await start();
      await repository.create({ kind: 'live', now: inNovember });
      await repository.create({ kind: 'live', now: inNovember });
      await harness.deleteSetting('referenceCounter:2026');
      expect((await repository.create({ kind: 'live', now: inNovember })).reference).toBe('SM-2026-0003');
      await harness.setSetting('referenceCounter:2026', 'garbage');
      expect((await repository.create({ kind: 'live', now: inNovember })).reference).toBe('SM-2026-0004');
    });

    it('goes past 9999 with more digits rather than repeating', async () => {
      await start();
      await harness.setSetting('referenceCounter:2026', 9999);
      const record = await repository.create({ kind: 'live', now: inNovember });
      expect(record.reference).toBe('SM-2026-10000');
      expect(expectLoaded(await repository.load(record.id)).reference).toBe('SM-2026-10000');
    });
  });

  describe('round trips', () => {
    it('keeps every route through the wizard exactly, and replaying its answers gives the same route', async () => {
      await start();
      expect(routes.length).toBeGreaterThan(100);
      for (const route of routes) {
        const wizard = startWizard();
        walkToPlan(route.answers, wizard);
        const created = await repository.create({ kind: 'live', now: inNovember });
        const saved = await repository.save(withWizard(created, wizard));
        const loaded = expectLoaded(await repository.load(created.id));
        expect(loaded).toEqual(saved);
        expect(loaded.currentStep).toBe('plan');
        expect(loaded.answers).toEqual(plainAnswers(wizard.getSnapshot().context.answers));
        // What was kept is enough to find the same way through again.
        expect(walkToPlan(loaded.answers as Answers)).toEqual(route.screens);
        expect([...loaded.visited, loaded.currentStep]).toEqual(route.screens);
      }
      expect((await repository.list()).filter((r) => r.ok)).toHaveLength(routes.length);
    }, 60_000);

    it('autosaves on every screen of routes that between them take every move, side screens included', async () => {
      await start();
      const screensSaved = new Set<string>();
      for (const route of covering) {
        const wizard = startWizard();
        let record = await repository.create({ kind: 'training', now: inNovember });
        const autosave = async () => {
          record = await repository.save(withWizard(record, wizard));
          expect(expectLoaded(await repository.load(record.id))).toEqual(record);
          screensSaved.add(record.currentStep);
        };
        await autosave();
        while (stepOf(wizard) !== 'plan') {
          answerScreen(wizard, route.answers);
          await autosave();
        }
        wizard.send({ type: 'wizard.viewSources' });
        await autosave();
        wizard.send({ type: 'wizard.back' });
        wizard.send({ type: 'wizard.draftReply' });
        await autosave();
        wizard.send({ type: 'wizard.back' });
        wizard.send({ type: 'wizard.change', step: 'risks' });
        wizard.send({ type: 'wizard.viewPlanSoFar' });
        await autosave();
        wizard.send({ type: 'wizard.back' });
        wizard.send({ type: 'wizard.startAgain' });
        await autosave();
        expect(record.revision).toBe(route.screens.length + 4);
      }
      expect(allStepIds.filter((id) => !screensSaved.has(id))).toEqual([]);
    }, 30_000);

    it('gives back copies: changing a loaded record changes nothing stored', async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      const loaded = expectLoaded(await repository.load(created.id));
      loaded.answers['platform'] = 'x';
      loaded.timeline.push({ at: inNovember.toISOString(), kind: 'step', summary: 'sneaky' });
      created.visited.push('danger');
      expect(expectLoaded(await repository.load(created.id))).toEqual(expectLoaded(await harness.otherTab.load(created.id)));
      expect(expectLoaded(await repository.load(created.id)).answers).toEqual({});
      expect(expectLoaded(await repository.load(created.id)).visited).toEqual([]);
    });
  });

  describe('saving', () => {
    it('stamps the time, raises the revision by one and keeps only what the schema knows', async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      clockTime = new Date('2026-11-25T10:00:00.000Z');
      const saved = await repository.save({ ...created, answers: { danger: 'no' }, extra: 'dropped' } as IncidentRecord);
      expect(saved).toMatchObject({ revision: 1, updatedAt: '2026-11-25T10:00:00.000Z', answers: { danger: 'no' } });
      expect(saved).not.toHaveProperty('extra');
      expect(await harness.repository.rawExport(created.id)).not.toHaveProperty('extra');
      const again = await repository.save(saved);
      expect(again.revision).toBe(2);
    });

    it("refuses a save from a stale copy, and keeps the first tab's work", async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      const inThisTab = expectLoaded(await repository.load(created.id));
      const inOtherTab = expectLoaded(await harness.otherTab.load(created.id));

      clockTime = new Date('2026-11-25T10:00:00.000Z');
      const first = await repository.save({ ...inThisTab, answers: { danger: 'no' } });
      clockTime = new Date('2026-11-25T10:01:00.000Z');
      const second = harness.otherTab.save({ ...inOtherTab, answers: { danger: 'yes' } });

      await expect(second).rejects.toBeInstanceOf(RevisionConflictError);
      await expect(second).rejects.toMatchObject({
        id: created.id,
        storedRevision: 1,
        storedUpdatedAt: '2026-11-25T10:00:00.000Z',
        message: expect.stringMatching(/changed in another tab or window \(or on another computer using the practice folder\)/),
      });
      expect(expectLoaded(await repository.load(created.id))).toEqual(first);

      // Reloading and saving again works.
      const fresh = expectLoaded(await harness.otherTab.load(created.id));
      expect((await harness.otherTab.save({ ...fresh, answers: { danger: 'yes' } })).revision).toBe(2);
    });

    it('lets only one of two saves racing from the same revision through', async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      const results = await Promise.allSettled([
        repository.save({ ...created, answers: { danger: 'no' } }),
        harness.otherTab.save({ ...created, answers: { danger: 'yes' } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(RevisionConflictError);
      expect(expectLoaded(await repository.load(created.id)).revision).toBe(1);
    });

    it('refuses to bring back an incident deleted in another tab', async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      await harness.otherTab.remove(created.id);
      await expect(repository.save(created)).rejects.toMatchObject({
        name: 'RevisionConflictError',
        storedRevision: null,
        message: expect.stringMatching(/deleted in another tab/),
      });
      expect(await repository.rawExport(created.id)).toBeUndefined();
    });

    it("refuses to overwrite a stored copy it cannot read (a newer version's)", async () => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      const newer = { ...created, schemaVersion: currentSchemaVersion + 1, revision: 0 };
      await harness.plant(created.id, newer);
      await expect(repository.save(created)).rejects.toMatchObject({ name: 'RevisionConflictError', storedRevision: 0 });
      expect(await repository.rawExport(created.id)).toEqual(newer);
    });

    it.each([
      [
        'an answer of the wrong type',
        { answers: { platform: 3 } },
        /answers\.platform: expected text or a list of text, found a whole number/,
      ],
      ['a broken reference', { reference: 'SM-26-1' }, /reference: not in the expected form, found "SM-26-1"/],
      ['an unknown status', { status: 'pending' }, /status: expected "open" or "closed", found "pending"/],
      ['a missing screen', { currentStep: undefined }, /currentStep: missing/],
      ['a bad found time', { foundAt: '25/11/2026' }, /foundAt: expected a date and time/],
    ])('refuses %s and writes nothing', async (_what, change, problem) => {
      await start();
      const created = await repository.create({ kind: 'live', now: inNovember });
      const before = await repository.rawExport(created.id);
      const attempt = repository.save({ ...created, ...change } as unknown as IncidentRecord);
      await expect(attempt).rejects.toBeInstanceOf(InvalidRecordError);
      await expect(attempt).rejects.toMatchObject({ problem: expect.stringMatching(problem) });
      await expect(attempt).rejects.toThrow(/not saved/);
      expect(await repository.rawExport(created.id)).toEqual(before);
      expect(expectLoaded(await repository.load(created.id)).revision).toBe(0);
    });
  });

  describe('reading what cannot be read', () => {
    const wrongTypes = (valid: IncidentRecord) => ({
      ...valid,
      id: 'wrong-types',
      revision: 'two',
      machineVersion: 1.5,
      createdAt: 'yesterday',
      answers: { ...valid.answers, platform: 3 },
      timeline: [{ at: valid.createdAt, kind: 'created', summary: 42 }],
    });

    it('lists damaged records as unreadable, in plain words, with their raw data, and lists the rest', async () => {
      await start();
      const good = await repository.create({ kind: 'live', now: inNovember });
      const alsoGood = await repository.create({ kind: 'training', now: inNovember });
      const planted: Record<string, unknown> = {
        garbage: { foo: 'bar' },
        'wrong-types': wrongTypes(good),
        'json-text': JSON.stringify(good),
        'just-null': null,
        'a-number': 42,
      };
      for (const [id, raw] of Object.entries(planted)) await harness.plant(id, raw);

      const listed = await repository.list();
      expect(listed).toHaveLength(7);
      const readable = listed.filter((r) => r.ok).map((r) => expectLoaded(r).id);
      expect(readable.sort()).toEqual([good.id, alsoGood.id].sort());

      const problems = Object.fromEntries(listed.filter((r) => !r.ok).map((r) => [unreadable(r).id, unreadable(r)]));
      expect(Object.keys(problems).sort()).toEqual(Object.keys(planted).sort());
      for (const [id, result] of Object.entries(problems)) {
        expect(result.reason).toBe('unreadable');
        expect(result.raw).toEqual(planted[id]);
        expect(await repository.rawExport(id)).toEqual(planted[id]);
        expect(result.problem).not.toMatch(/Invalid input/);
        expect(await repository.load(id)).toEqual(result);
      }
      expect(problems['json-text']?.problem).toBe('the record: expected an incident record, found text');
      expect(problems['just-null']?.problem).toBe('the record: expected an incident record, found an empty value');
      expect(problems['a-number']?.problem).toBe('the record: expected an incident record, found a whole number');
      expect(problems['garbage']?.problem).toMatch(/^schemaVersion: missing; id: missing; reference: missing; .* and \d+ more$/);
      const wrong = problems['wrong-types']?.problem ?? '';
      expect(wrong).toContain('createdAt: expected a date and time (ISO 8601), found "yesterday"');
      expect(wrong).toContain('revision: expected a number, found text');
      expect(wrong).toContain('machineVersion: expected a whole number, found a number');
      expect(wrong).toContain('answers.platform: expected text or a list of text, found a whole number');
      expect(wrong).toContain('timeline.0.summary: expected text, found a whole number');
    });

    it('says plainly when there is no such incident', async () => {
      await start();
      expect(await repository.load('nope')).toEqual({
        ok: false,
        id: 'nope',
        reason: 'notFound',
        problem: 'There is no incident with this id on this computer.',
        raw: undefined,
      });
      expect(await repository.rawExport('nope')).toBeUndefined();
    });

    it('reads a prototype (version 0) record through its migration', async () => {
      await start();
      await harness.plant('old', {
        id: 'old',
        reference: 'SM-2025-0003',
        createdAt: '2025-11-24T10:00:00.000Z',
        updatedAt: '2025-11-24T10:05:00.000Z',
        status: 'open',
        answers: { danger: 'no' },
        step: 'risks',
        visited: ['calm', 'danger'],
        actions: {},
        timeline: [],
      });
      const record = expectLoaded(await repository.load('old'));
      expect(record).toMatchObject({ schemaVersion: currentSchemaVersion, currentStep: 'risks', revision: 0, kind: 'live' });
      // Saving writes it in the current shape.
      const saved = await repository.save(record);
      expect(await repository.rawExport('old')).toEqual(saved);
      expect(await repository.rawExport('old')).not.toHaveProperty('step');
    });
  });

  describe('deleting', () => {
    it('removes an incident with its evidence files, and nothing else', async () => {
      await start();
      const one = await repository.create({ kind: 'live', now: inNovember });
      const other = await repository.create({ kind: 'live', now: inNovember });
      await harness.addFile(file('f1', one.id));
      await harness.addFile(file('f2', one.id));
      await harness.addFile(file('f3', other.id));

      await repository.remove(one.id);

      expect(await repository.load(one.id)).toMatchObject({ ok: false, reason: 'notFound' });
      expect(await harness.fileIds()).toEqual(['f3']);
      expect(expectLoaded(await repository.load(other.id))).toEqual(other);
      await expect(repository.remove('never-there')).resolves.toBeUndefined();
    });

    it('removes an unreadable record too', async () => {
      await start();
      await harness.plant('broken', 'not a record');
      await repository.remove('broken');
      expect(await repository.list()).toEqual([]);
    });

    it('removes everything: incidents, files, settings and counters', async () => {
      await start();
      const one = await repository.create({ kind: 'live', now: inNovember });
      await harness.addFile(file('f1', one.id));
      await harness.plant('broken', null);
      await harness.setSetting('practiceName', 'Riverside Surgery');
      expect(await harness.counts()).toEqual({ incidents: 2, files: 1, settings: 2 });

      await repository.removeAll();

      expect(await harness.counts()).toEqual({ incidents: 0, files: 0, settings: 0 });
      expect(await repository.list()).toEqual([]);
      expect((await repository.create({ kind: 'live', now: inNovember })).reference).toBe('SM-2026-0001');
    });
  });
});

// --- IndexedDB only -------------------------------------------------------------------------------

describe('the IndexedDB repository when the disk is full', () => {
  let harness: Harness;

  afterEach(async () => {
    vi.restoreAllMocks();
    await harness.close();
  });

  it('turns a quota error into StorageFullError, in plain words, and writes nothing', async () => {
    harness = await indexedDbHarness();
    const { repository } = harness;
    const created = await repository.create({ kind: 'live', now: inNovember });
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);

    const save = repository.save({ ...created, answers: { danger: 'no' } });
    await expect(save).rejects.toBeInstanceOf(StorageFullError);
    await expect(save).rejects.toThrow(/no room left/);
    await expect(repository.create({ kind: 'live', now: inNovember })).rejects.toBeInstanceOf(StorageFullError);

    vi.restoreAllMocks();
    expect(expectLoaded(await repository.load(created.id))).toEqual(created);
    expect(await harness.counts()).toEqual({ incidents: 1, files: 0, settings: 1 });
    // The refused create did not use up a number.
    expect((await repository.create({ kind: 'live', now: inNovember })).reference).toBe('SM-2026-0002');
  });
});

describe('opening the repository', () => {
  const realStorage = Object.getOwnPropertyDescriptor(navigator, 'storage');
  const opened: Database[] = [];
  const openTestDatabase = async () => {
    const db = await openDatabase('open-test');
    opened.push(db);
    return db;
  };

  afterEach(async () => {
    if (realStorage) Object.defineProperty(navigator, 'storage', realStorage);
    else delete (navigator as { storage?: unknown }).storage;
    // Open connections would block the delete.
    for (const db of opened.splice(0)) db.close();
    await deleteDB('open-test');
  });

  function fakeStorage(storage: Partial<StorageManager>) {
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  }

  it('uses IndexedDB when it opens, and says whether the browser agreed to keep the data', async () => {
    fakeStorage({ persisted: async () => false, persist: async () => true });
    const result = await openRepository({ open: openTestDatabase });
    expect(result.persistent).toBe(true);
    expect(result.problem).toBeUndefined();
    const record = await result.repository.create({ kind: 'live', now: inNovember });
    const again = await openTestDatabase();
    expect(await again.get('incidents', record.id)).toEqual(record);
  });

  it('does not ask again when the data is already kept, and shrugs off errors', async () => {
    const persist = vi.fn(async () => true);
    fakeStorage({ persisted: async () => true, persist });
    expect((await openRepository({ open: openTestDatabase })).persistent).toBe(true);
    expect(persist).not.toHaveBeenCalled();

    fakeStorage({
      persisted: async () => {
        throw new Error('not allowed');
      },
    });
    expect((await openRepository({ open: openTestDatabase })).persistent).toBe(false);
    fakeStorage({});
    expect((await openRepository({ open: openTestDatabase })).persistent).toBe(false);
  });

  it('falls back to memory with a plain-words warning when storage is refused', async () => {
    const result = await openRepository({ open: () => Promise.reject(new DOMException('denied', 'SecurityError')) });
    expect(result.persistent).toBe(false);
    expect(result.problem).toBe(
      'This browser is not letting the app save on this computer, so your answers are kept only while this tab is open.',
    );
    const record = await result.repository.create({ kind: 'live', now: inNovember });
    expect(expectLoaded(await result.repository.load(record.id))).toEqual(record);
  });

  it('falls back to memory when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const result = await openRepository();
      expect(result.problem).toMatch(/kept only while this tab is open/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
