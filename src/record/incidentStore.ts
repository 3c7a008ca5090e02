/**
 * Where incidents are kept: IndexedDB on this device, or memory when the browser will not let the
 * app store anything (private windows, policy), so the wizard still works for the visit.
 *
 * Every record read back is migrated and then checked against the schema. One that fails is
 * reported as unreadable with its raw data, never dropped or "repaired" silently: it is someone's
 * account of an incident. Writes are checked before they happen, and a save from a stale copy (a
 * second tab) is refused rather than overwriting the other tab's work.
 *
 * Beside each record is a small summary for the home list (src/record/storedSummary.ts), written
 * in the same transaction as the record. The list reads, through the summaries' indexes, only
 * the rows it draws, the counts and the incidents retention may delete soon, so it costs about the
 * same for 10 incidents or 10,000. When the summaries do not account for every record (missing,
 * damaged, of another format, left behind), it reads them all and rebuilds those from the records.
 */
import { listProblemWords } from '../content/recordProblems';
import type * as z from 'zod/mini';
import { machineVersion } from '../../machines/machineVersion';
import { routeSteps } from '../../machines/steps';
import { londonTime } from './clock';
import { formatLiveReference, formatTrainingReference, liveReferenceNumber, trainingReferenceNumber } from './incidentReference';
import {
  openDatabase,
  summariesByList,
  summariesByRetention,
  type Database,
  type StoredFile,
  type VersionEvents,
  type WizardDatabase,
} from './database';
import type { IDBPTransaction } from 'idb';
import { pageOf, type ListPage, type ListRequest } from './listPage';
import { migrateToCurrent } from './migrations';
import { newId } from './newId';
import { currentSchemaVersion, incidentRecord, listLimits, type IncidentRecord } from './schema';
import { readSummary, summaryFormat, summaryOf, unreadableMarker, unreadableStatus, type StoredSummary } from './storedSummary';

export type LoadResult =
  | { readonly ok: true; readonly record: IncidentRecord }
  | {
      readonly ok: false;
      readonly id: string;
      readonly reason: 'notFound' | 'unreadable';
      /** Plain words: which fields are wrong and how. */
      readonly problem: string;
      /** The stored value as it is, for "download the raw data". */
      readonly raw: unknown;
    };

export type LoadFailure = Extract<LoadResult, { readonly ok: false }>;

/** One row of the home list: an incident's summary, or a record that cannot be read. */
export type ListEntry = { readonly ok: true; readonly summary: StoredSummary } | LoadFailure;

export interface IncidentRepository {
  create(options: { kind: IncidentRecord['kind']; now: Date }): Promise<IncidentRecord>;
  load(id: string): Promise<LoadResult>;
  /** Every stored record, readable or not, in no particular order. */
  list(): Promise<LoadResult[]>;
  /**
   * Every incident's summary, and every record that cannot be read, in no particular order. Reads
   * every summary (and rebuilds those missing or damaged), but no full record while they are sound.
   */
  listSummaries(): Promise<ListEntry[]>;
  /**
   * What the home list draws: the newest rows of each table with the counts, the incidents the
   * retention rule may delete soon, and every record that cannot be read (listPage.ts). Reads
   * only those summaries, and no full record but those that cannot be read, while the summaries
   * are sound; otherwise it is `listSummaries` cut down to the page.
   */
  listPage(request: ListRequest): Promise<ListPage>;
  /** Writes `record` as the next revision; refused if the stored copy has moved on. */
  save(record: IncidentRecord): Promise<IncidentRecord>;
  /** Deletes the incident and its evidence files. */
  remove(id: string): Promise<void>;
  /** Deletes every incident, file, setting and counter on this device. */
  removeAll(): Promise<void>;
  /** The stored value exactly as kept, or undefined if there is none. */
  rawExport(id: string): Promise<unknown>;
}

export interface RepositoryOptions {
  /** The time a save is stamped with; tests pass a fixed one. */
  readonly now?: () => Date;
}

/** Another tab or window saved (or deleted) this incident since this copy was loaded. */
export class RevisionConflictError extends Error {
  override readonly name = 'RevisionConflictError';
  constructor(
    readonly id: string,
    /** null when the stored copy is gone or cannot be read. */
    readonly storedRevision: number | null,
    readonly storedUpdatedAt: string | null,
    reason: 'changed' | 'deleted' | 'unreadable',
  ) {
    super(
      reason === 'deleted'
        ? 'This incident has been deleted in another tab or window (or on another computer using the practice folder), so this change was not saved.'
        : reason === 'unreadable'
          ? 'The saved copy of this incident has been changed in a way this page cannot read (perhaps by a newer version of the app in another tab), so this change was not saved.'
          : 'This incident was changed in another tab or window (or on another computer using the practice folder) after you opened it, so this change was not saved. Open it again to see the latest version.',
    );
  }
}

/** A record that does not match the schema; it was not written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(readonly problem: string) {
    super(`This incident was not saved because some of its details are not in the expected form: ${problem}`);
  }
}

/** The browser refused to store more: the disk or the site's allowance is full. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'This computer has no room left for the app to save, so the last change was not saved. Delete evidence or incidents you no longer need, or free some disk space, then try again.',
      options,
    );
  }
}

const memoryProblem = 'This browser is not letting the app save on this computer, so your answers are kept only while this tab is open.';

// --- Plain-words problems --------------------------------------------------------------------

const maxProblemsListed = 5;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'empty text' : 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'yes/no';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

const expectedWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes/no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  null: 'an empty value',
};

/** A short quotation of a stored value: enough to recognise it, not a whole description. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? describeValue(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const found = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? 'missing' : `expected ${expectedWords[issue.expected] ?? issue.expected}, found ${describeValue(found)}`;
    case 'invalid_union':
      // Only answers and drafts are unions: an option value, a list of them, or typed text.
      if (Array.isArray(found)) {
        return found.length > listLimits.answerValues
          ? listProblemWords.tooLong(found.length, listLimits.answerValues)
          : 'expected text or a list of text, found a list with something other than text in it';
      }
      return `expected text or a list of text, found ${describeValue(found)}`;
    case 'invalid_value':
      return found === undefined ? 'missing' : `expected ${issue.values.map((v) => quote(v)).join(' or ')}, found ${quote(found)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `expected a date and time (ISO 8601), found ${quote(found)}`;
      if (issue.format === 'date') return `expected a date (YYYY-MM-DD), found ${quote(found)}`;
      return `not in the expected form, found ${quote(found)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      // "positive" is more than 0, not "at least 0": the words must not contradict the value.
      return issue.inclusive === false
        ? `must be more than ${String(issue.minimum)}, found ${quote(found)}`
        : `must be at least ${String(issue.minimum)}, found ${quote(found)}`;
    case 'too_big':
      if (issue.origin === 'array') {
        return listProblemWords.tooLong(Array.isArray(found) ? found.length : undefined, Number(issue.maximum));
      }
      return issue.inclusive === false
        ? `must be less than ${String(issue.maximum)}, found ${quote(found)}`
        : `must be at most ${String(issue.maximum)}, found ${quote(found)}`;
    default:
      return issue.message;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the record' : path.map(String).join('.');
}

/** "answers.platform: expected text, found a whole number; revision: missing" */
export function describeProblems(error: z.core.$ZodError, raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return `the record: expected an incident record, found ${describeValue(raw)}`;
  }
  const lines: string[] = [];
  const version = valueAt(raw, ['schemaVersion']);
  if (typeof version === 'number' && Number.isInteger(version) && version > currentSchemaVersion) {
    lines.push(`it was saved by a newer version of the app (record version ${version}; this version reads up to ${currentSchemaVersion})`);
  }
  const issues = error.issues;
  for (const issue of issues.slice(0, maxProblemsListed)) {
    lines.push(`${describePath(issue.path)}: ${describeIssue(issue, raw)}`);
  }
  if (issues.length > maxProblemsListed) lines.push(`and ${issues.length - maxProblemsListed} more`);
  return lines.join('; ');
}

// --- Shared rules ----------------------------------------------------------------------------

function readResult(id: string, raw: unknown): LoadResult {
  if (raw === undefined) {
    return { ok: false, id, reason: 'notFound', problem: 'There is no incident with this id on this computer.', raw };
  }
  const migrated = migrateToCurrent(raw);
  const parsed = incidentRecord.safeParse(migrated);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, id, reason: 'unreadable', problem: describeProblems(parsed.error, migrated), raw };
}

function listEntry(result: LoadResult): ListEntry[] {
  if (result.ok) return [{ ok: true, summary: summaryOf(result.record) }];
  // Gone since the list began (deleted in another tab): nothing to show.
  return result.reason === 'notFound' ? [] : [result];
}

/**
 * The record behind a row of the list, as it was when listed: a RevisionConflictError if it has
 * been changed, deleted or damaged since, so an action taken from the list (keep, reopen) never
 * works on a version the user did not see, just as when the list held whole records.
 */
export async function loadListed(
  repository: Pick<IncidentRepository, 'load'>,
  listed: Pick<StoredSummary, 'id' | 'revision'>,
): Promise<IncidentRecord> {
  const loaded = await repository.load(listed.id);
  if (!loaded.ok) {
    throw new RevisionConflictError(listed.id, null, null, loaded.reason === 'notFound' ? 'deleted' : 'unreadable');
  }
  if (loaded.record.revision !== listed.revision) {
    throw new RevisionConflictError(listed.id, loaded.record.revision, loaded.record.updatedAt, 'changed');
  }
  return loaded.record;
}

/** The checked record to write as the next revision; throws InvalidRecordError if it is wrong. */
function nextRevision(record: IncidentRecord, now: Date): IncidentRecord {
  const candidate = { ...record, revision: record.revision + 1, updatedAt: now.toISOString() };
  const parsed = incidentRecord.safeParse(candidate);
  if (!parsed.success) throw new InvalidRecordError(describeProblems(parsed.error, candidate));
  return parsed.data;
}

/** Throws unless the stored copy is the revision this one was loaded from. */
function checkRevision(record: IncidentRecord, storedRaw: unknown): void {
  if (storedRaw === undefined) throw new RevisionConflictError(record.id, null, null, 'deleted');
  const stored = readResult(record.id, storedRaw);
  if (!stored.ok) {
    const revision = valueAt(storedRaw, ['revision']);
    const updatedAt = valueAt(storedRaw, ['updatedAt']);
    throw new RevisionConflictError(
      record.id,
      typeof revision === 'number' ? revision : null,
      typeof updatedAt === 'string' ? updatedAt : null,
      'unreadable',
    );
  }
  if (stored.record.revision !== record.revision) {
    throw new RevisionConflictError(record.id, stored.record.revision, stored.record.updatedAt, 'changed');
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Each kind's counter: where it is kept, the highest number among stored records (used only when
 * the counter is missing or damaged, so a lost counter can never hand out a number already in
 * use), and the reference a number makes. Live incidents count per year ("referenceCounter:2026");
 * training ones count apart, so a training incident never takes or advances a real number.
 */
function referenceCounter(kind: IncidentRecord['kind'], now: Date) {
  if (kind === 'training') {
    return {
      key: 'trainingReferenceCounter',
      highest: (values: readonly unknown[]) => highestOf(values, trainingReferenceNumber),
      format: formatTrainingReference,
    };
  }
  const { year } = londonTime(now);
  return {
    key: `referenceCounter:${year}`,
    highest: (values: readonly unknown[]) => highestOf(values, (reference) => liveReferenceNumber(reference, year)),
    format: (count: number) => formatLiveReference(year, count),
  };
}

function highestOf(values: readonly unknown[], numberOf: (reference: string) => number | null): number {
  let highest = 0;
  for (const value of values) {
    const number = numberOf(String(valueAt(value, ['reference'])));
    if (number !== null) highest = Math.max(highest, number);
  }
  return highest;
}

function newRecord(kind: IncidentRecord['kind'], now: Date, reference: string): IncidentRecord {
  const at = now.toISOString();
  return {
    schemaVersion: currentSchemaVersion,
    id: newId(),
    reference,
    kind,
    createdAt: at,
    updatedAt: at,
    foundAt: null,
    machineVersion,
    revision: 0,
    status: 'open',
    keep: false,
    answers: {},
    drafts: {},
    visited: [],
    currentStep: routeSteps[0].id,
    actions: {},
    timeline: [{ at, kind: 'created', summary: kind === 'training' ? 'Training incident started' : 'Incident started' }],
    evidence: [],
    reply: null,
    references: [],
  };
}

function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // Older Firefox names it differently.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function storageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
}

// --- IndexedDB -------------------------------------------------------------------------------

type Transaction = { readonly done: Promise<void>; abort(): void };

/**
 * Runs `work` in a transaction that is aborted if `work` throws, so a refused save or a failed
 * check writes nothing, and maps a full disk to StorageFullError.
 */
async function inTransaction<T extends Transaction, R>(tx: T, work: (tx: T) => Promise<R>): Promise<R> {
  // Observed here so that an abort after an error is not reported as an unhandled rejection.
  const done = tx.done.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  try {
    const result = await work(tx);
    const outcome = await done;
    if (!outcome.ok) throw outcome.error;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw storageError(error);
  }
}

/** The name the list's read from storage is timed under, in the browser's performance tools (scripts/bench.mjs reads it). */
export const listReadMeasure = 'incident list read';

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.measure(name, { start });
    } catch {
      // An older browser without User Timing level 3: there is just no figure.
    }
  }
}

/**
 * Reads the records of `ids`, whose summaries are missing or damaged (a database from before
 * summaries, say), writes their summaries (or, for a record that cannot be read, a marker saying
 * so) and drops summaries left with no record. Record and summary are read and written in one
 * transaction, so a save in another tab cannot slip between them. If the browser will not store
 * anything (a full disk), the list still comes from the records, and the summaries are rebuilt
 * another time.
 */
async function rebuildSummaries(db: Database, ids: readonly string[], orphans: readonly string[]): Promise<ListEntry[]> {
  const read = (get: (id: string) => Promise<unknown>) => Promise.all(ids.map(async (id) => readResult(id, await get(id))));
  try {
    const results = await inTransaction(db.transaction(['incidents', 'summaries'], 'readwrite'), async (tx) => {
      const incidents = tx.objectStore('incidents');
      const summaries = tx.objectStore('summaries');
      const rebuilt = await read((id) => incidents.get(id));
      await Promise.all([
        ...rebuilt.flatMap((result) =>
          result.ok
            ? [summaries.put(summaryOf(result.record), result.record.id)]
            : result.reason === 'unreadable'
              ? [summaries.put(unreadableMarker(result.id), result.id)]
              : [],
        ),
        ...orphans.map((id) => summaries.delete(id)),
      ]);
      return rebuilt;
    });
    return results.flatMap(listEntry);
  } catch {
    const tx = db.transaction('incidents', 'readonly');
    return (await read((id) => tx.store.get(id))).flatMap(listEntry);
  }
}

/** Every summary and unreadable record, rebuilding what is missing or damaged: the long way round. */
async function readEverySummary(db: Database): Promise<ListEntry[]> {
  const tx = db.transaction(['incidents', 'summaries'], 'readonly');
  const summaries = tx.objectStore('summaries');
  // Keys only from the records: their values are what the list must not have to read.
  const [ids, summaryIds, summaryValues] = await Promise.all([
    tx.objectStore('incidents').getAllKeys(),
    summaries.getAllKeys(),
    summaries.getAll(),
  ]);
  const stored = new Map(summaryIds.map((id, index) => [id, summaryValues[index]]));
  const entries: ListEntry[] = [];
  const rebuild: string[] = [];
  for (const id of ids) {
    const summary = readSummary(id, stored.get(id));
    if (summary === null) rebuild.push(id);
    else entries.push({ ok: true, summary });
    stored.delete(id);
  }
  const orphans = [...stored.keys()];
  if (rebuild.length === 0 && orphans.length === 0) return entries;
  return [...entries, ...(await rebuildSummaries(db, rebuild, orphans))];
}

function pageOfEntries(entries: readonly ListEntry[], request: ListRequest): ListPage {
  return pageOf(
    entries.flatMap((e) => (e.ok ? [e.summary] : [])),
    entries.flatMap((e) => (e.ok ? [] : [e])),
    request,
  );
}

type ListTransaction = IDBPTransaction<WizardDatabase, ['incidents', 'summaries'], 'readonly'>;

/** Summaries of the current format with this status, in the list's index ([] sorts after any text). */
function statusRange(status: string): IDBKeyRange {
  return IDBKeyRange.bound([summaryFormat, status], [summaryFormat, status, []]);
}

/** The newest `rows` summaries with this status, or null if one of them is damaged. */
async function newestSummaries(tx: ListTransaction, status: 'open' | 'closed', rows: number): Promise<StoredSummary[] | null> {
  const found: StoredSummary[] = [];
  if (rows <= 0) return found;
  let cursor = await tx.objectStore('summaries').index(summariesByList).openCursor(statusRange(status), 'prev');
  while (cursor !== null) {
    const summary = readSummary(cursor.primaryKey, cursor.value);
    if (summary === null) return null;
    found.push(summary);
    if (found.length >= rows) break;
    cursor = await cursor.continue();
  }
  return found;
}

/** Closed incidents not kept whose 12 months began by `startedBy`, or null if one is damaged. */
async function retentionSummaries(tx: ListTransaction, startedBy: string): Promise<StoredSummary[] | null> {
  const index = tx.objectStore('summaries').index(summariesByRetention);
  const range = IDBKeyRange.bound([summaryFormat, ''], [summaryFormat, startedBy]);
  const [ids, values] = await Promise.all([index.getAllKeys(range), index.getAll(range)]);
  const found: StoredSummary[] = [];
  for (const [i, id] of ids.entries()) {
    const summary = readSummary(id, values[i]);
    if (summary === null) return null;
    found.push(summary);
  }
  return found;
}

/**
 * The page read through the indexes, in one transaction, or null when the summaries do not
 * account for every record: then the caller reads them all and rebuilds. They do when there are
 * as many summaries of the current format with an indexed status (open, closed, or a marker for
 * a record that cannot be read) as there are records. A summary missing, damaged in a field the
 * index holds, of another format, or left with no record all upset that count. Only counts are
 * read for it, never a list of keys or a value, so it costs little more for 10,000 incidents.
 *
 * One case is beyond a count: a record with no summary while a summary of a deleted record makes
 * up the number. No part of the app deletes one without the other (they go in one transaction,
 * and the rebuild clears any left behind), so that takes a change to the database from outside.
 */
async function readIndexedPage(db: Database, request: ListRequest): Promise<ListPage | null> {
  const tx = db.transaction(['incidents', 'summaries'], 'readonly');
  const incidents = tx.objectStore('incidents');
  const byList = tx.objectStore('summaries').index(summariesByList);
  const [records, openCount, closedCount, unreadableIds] = await Promise.all([
    incidents.count(),
    byList.count(statusRange('open')),
    byList.count(statusRange('closed')),
    byList.getAllKeys(statusRange(unreadableStatus)),
  ]);
  if (openCount + closedCount + unreadableIds.length !== records) return null;
  const [open, closed, retention, unreadable] = await Promise.all([
    newestSummaries(tx, 'open', request.openRows),
    newestSummaries(tx, 'closed', request.closedRows),
    retentionSummaries(tx, request.retentionStartedBy),
    Promise.all(unreadableIds.map(async (id) => readResult(id, await incidents.get(id)))),
  ]);
  // A marked record that reads now (or is gone) is for the rebuild to sort out.
  const failures = unreadable.flatMap((result) => (result.ok || result.reason !== 'unreadable' ? [] : [result]));
  if (open === null || closed === null || retention === null || failures.length !== unreadable.length) return null;
  return { open, closed, openCount, closedCount, retention, unreadable: failures };
}

export function indexedDbRepository(db: Database, options: RepositoryOptions = {}): IncidentRepository {
  const clock = options.now ?? (() => new Date());
  return {
    create: ({ kind, now }) =>
      inTransaction(db.transaction(['incidents', 'summaries', 'settings'], 'readwrite'), async (tx) => {
        const counter = referenceCounter(kind, now);
        const settings = tx.objectStore('settings');
        const incidents = tx.objectStore('incidents');
        const stored = await settings.get(counter.key);
        const last = isCount(stored) ? stored : counter.highest(await incidents.getAll());
        const record = newRecord(kind, now, counter.format(last + 1));
        await settings.put(last + 1, counter.key);
        await incidents.add(record, record.id);
        await tx.objectStore('summaries').put(summaryOf(record), record.id);
        return record;
      }),

    load: async (id) => readResult(id, await db.get('incidents', id)),

    list: async () => {
      const tx = db.transaction('incidents', 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return keys.map((key, index) => readResult(key, values[index]));
    },

    listSummaries: () => readEverySummary(db),

    listPage: (request) =>
      timed(listReadMeasure, async () => (await readIndexedPage(db, request)) ?? pageOfEntries(await readEverySummary(db), request)),

    save: async (record) => {
      const next = nextRevision(record, clock());
      return inTransaction(db.transaction(['incidents', 'summaries'], 'readwrite'), async (tx) => {
        const incidents = tx.objectStore('incidents');
        checkRevision(record, await incidents.get(record.id));
        await incidents.put(next, record.id);
        await tx.objectStore('summaries').put(summaryOf(next), record.id);
        return next;
      });
    },

    remove: (id) =>
      inTransaction(db.transaction(['incidents', 'summaries', 'files'], 'readwrite'), async (tx) => {
        const files = tx.objectStore('files');
        const fileIds = await files.index('byIncident').getAllKeys(id);
        await Promise.all([
          tx.objectStore('incidents').delete(id),
          tx.objectStore('summaries').delete(id),
          ...fileIds.map((fileId) => files.delete(fileId)),
        ]);
      }),

    removeAll: () =>
      inTransaction(db.transaction(['incidents', 'summaries', 'files', 'settings'], 'readwrite'), async (tx) => {
        await Promise.all([
          tx.objectStore('incidents').clear(),
          tx.objectStore('summaries').clear(),
          tx.objectStore('files').clear(),
          tx.objectStore('settings').clear(),
        ]);
      }),

    rawExport: (id) => db.get('incidents', id),
  };
}

// --- Memory ----------------------------------------------------------------------------------

/** The same three stores as the database, as maps; tests may hold them to plant data. */
export interface MemoryStores {
  readonly incidents: Map<string, unknown>;
  readonly files: Map<string, StoredFile>;
  readonly settings: Map<string, unknown>;
}

export function emptyMemoryStores(): MemoryStores {
  return { incidents: new Map(), files: new Map(), settings: new Map() };
}

/**
 * The same contract kept in memory for this tab only. Values are copied in and out, as IndexedDB
 * would, so a caller changing a returned record cannot change what is "stored". Each method runs
 * without awaiting in between, so it is as atomic as a transaction.
 */
export function memoryRepository(stores: MemoryStores = emptyMemoryStores(), options: RepositoryOptions = {}): IncidentRepository {
  const clock = options.now ?? (() => new Date());
  const copy = <T>(value: T): T => structuredClone(value);
  // A tab's own memory holds few incidents: each summary is made from its record as listed.
  const everySummary = () => [...stores.incidents].flatMap(([id, raw]) => listEntry(readResult(id, copy(raw))));
  return {
    create: async ({ kind, now }) => {
      const counter = referenceCounter(kind, now);
      const stored = stores.settings.get(counter.key);
      const last = isCount(stored) ? stored : counter.highest([...stores.incidents.values()]);
      const record = newRecord(kind, now, counter.format(last + 1));
      stores.settings.set(counter.key, last + 1);
      stores.incidents.set(record.id, copy(record));
      return record;
    },

    load: async (id) => readResult(id, copy(stores.incidents.get(id))),

    list: async () => [...stores.incidents].map(([id, raw]) => readResult(id, copy(raw))),

    listSummaries: async () => everySummary(),

    listPage: async (request) => pageOfEntries(everySummary(), request),

    save: async (record) => {
      const next = nextRevision(record, clock());
      checkRevision(record, stores.incidents.get(record.id));
      stores.incidents.set(record.id, copy(next));
      return next;
    },

    remove: async (id) => {
      stores.incidents.delete(id);
      for (const [fileId, file] of stores.files) if (file.incidentId === id) stores.files.delete(fileId);
    },

    removeAll: async () => {
      stores.incidents.clear();
      stores.files.clear();
      stores.settings.clear();
    },

    rawExport: async (id) => copy(stores.incidents.get(id)),
  };
}

// --- Opening ---------------------------------------------------------------------------------

export interface OpenedRepository {
  readonly repository: IncidentRepository;
  /** The browser has agreed not to clear this site's data when space runs low. */
  readonly persistent: boolean;
  /** Plain words for the user when incidents will not outlast the tab. */
  readonly problem?: string;
  /** The database, so settings and evidence files share it; absent when kept in memory. */
  readonly db?: Database;
  /** The memory stores behind the fallback, so evidence files are kept (and deleted) with incidents. */
  readonly memoryStores?: MemoryStores;
}

/** Asks once; a browser that has already agreed is not asked again. */
async function askToPersist(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if ((await storage?.persisted?.()) === true) return true;
    return (await storage?.persist?.()) === true;
  } catch {
    return false;
  }
}

export async function openRepository(
  options: { open?: () => Promise<Database>; versionEvents?: VersionEvents } = {},
): Promise<OpenedRepository> {
  let db: Database;
  try {
    db = await (options.open ?? (() => openDatabase(undefined, options.versionEvents)))();
  } catch {
    const memoryStores = emptyMemoryStores();
    return { repository: memoryRepository(memoryStores), persistent: false, problem: memoryProblem, memoryStores };
  }
  return { repository: indexedDbRepository(db), persistent: await askToPersist(), db };
}
