/**
 * The practice folder for this tab: whether the browser can use one, which folder was chosen,
 * whether permission to use it has been given since the browser started, and what the last check
 * found. Pages read it through subscribe/status (React's useSyncExternalStore). Every folder
 * operation runs one at a time, in order, so a save's write never interleaves with a check.
 *
 * The sync rules live in folderSync.ts, loaded the first time a folder is used, so a practice
 * without a folder (and the home screen's first load) carries none of that code.
 */
import type { Database } from '../database';
import type { EvidenceFileStore } from '../evidenceFiles';
import type { IncidentRepository } from '../incidentStore';
import type { IncidentRecord } from '../schema';
import type { BrowserCopy } from './browserCopy';
import type { PracticeFolderIO } from './folderIO';
import { indexedDbFolderMemory, type FolderMemory } from './folderMemory';
import { folderPicker, queryFolderPermission, requestFolderPermission } from './folderPermission';
import type { SyncContext } from './folderSync';
import { statusWithoutFolder, type FolderStatus } from './folderStatus';
import { originPrivateFolder, originPrivateFolderForTests } from './testHooks';

export type { FolderConnection, FolderProblem, FolderStatus } from './folderStatus';

export interface PracticeFolder {
  status(): FolderStatus;
  subscribe(listener: () => void): () => void;
  /** Reads what was chosen before; asks for nothing (no click yet). */
  start(): Promise<void>;
  /** From a click: the folder picker, then a first check (which copies this browser's incidents in). */
  choose(): Promise<void>;
  /** From a click, after a restart: the browser asks the user again. */
  reconnect(): Promise<void>;
  forget(): Promise<void>;
  checkNow(): Promise<void>;
  keep(id: string, fileName: string): Promise<IncidentRecord | null>;
  afterSave(saved: IncidentRecord, startedFrom: IncidentRecord | null): Promise<void>;
  afterRemove(id: string, reference?: string): Promise<void>;
  /**
   * A reference above every one in the folder when `reference` (just given by this browser's own
   * counter) is already used there, so two PCs do not both hand out SM-2026-0007; else null.
   */
  referenceAfterFolder(reference: string): string | null;
}

export interface PracticeFolderOptions {
  /** The browser's own store, without the folder layer (a sync must not write back what it reads). */
  readonly local: Pick<IncidentRepository, 'load' | 'listSummaries' | 'remove'>;
  readonly files: Pick<EvidenceFileStore, 'get'>;
  readonly copy: () => Promise<BrowserCopy>;
  readonly memory: FolderMemory;
  readonly now?: () => Date;
  /** Whether the browser offers a folder at all; by default, the picker's presence. */
  readonly supported?: boolean;
  /** How a folder handle is read and written; tests pass a folder kept in memory. */
  readonly io?: (handle: FileSystemDirectoryHandle) => Promise<PracticeFolderIO>;
  /** The folder picker; by default the browser's (or the origin-private folder in browser tests). */
  readonly pick?: () => Promise<FileSystemDirectoryHandle>;
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : undefined;
}

export function practiceFolder(options: PracticeFolderOptions): PracticeFolder {
  const now = options.now ?? (() => new Date());
  const supported = options.supported ?? (folderPicker() !== undefined || originPrivateFolderForTests());
  let current: FolderStatus = { ...statusWithoutFolder, connection: supported ? 'off' : 'unsupported' };
  let handle: FileSystemDirectoryHandle | undefined;
  let context: SyncContext | undefined;
  const listeners = new Set<() => void>();
  const cache: NonNullable<SyncContext['cache']> = new Map();
  let queue: Promise<unknown> = Promise.resolve();
  /** The highest reference number of each year in the folder at the last check. */
  let highestInFolder = new Map<string, number>();

  const set = (changes: Partial<FolderStatus>) => {
    current = { ...current, ...changes };
    for (const listener of listeners) listener();
  };

  /** One at a time, in order; a failure is reported in the status and never breaks the queue. */
  const run = <T>(work: () => Promise<T>): Promise<T | undefined> => {
    const next = queue.then(work).catch((error: unknown) => {
      set({ problem: errorName(error) === 'NotAllowedError' ? 'denied' : 'unreachable', busy: false });
      return undefined;
    });
    queue = next;
    return next;
  };

  const contextFor = async (folder: FileSystemDirectoryHandle): Promise<SyncContext> => {
    const io = options.io ?? ((handle) => import('./folderIO').then((m) => m.directoryHandleFolder(handle)));
    const [folderIO, copy] = await Promise.all([io(folder), options.copy()]);
    return { io: folderIO, local: options.local, files: options.files, copy, memory: options.memory, now, cache };
  };

  const check = async () => {
    if (context === undefined) return;
    set({ busy: true });
    const { syncWithFolder, conflictsIn } = await import('./folderSync');
    const outcome = await syncWithFolder(context);
    const changed = outcome.broughtIn + outcome.removed > 0;
    highestInFolder = highestReferences([
      ...[...outcome.index.main.values(), ...[...outcome.index.setAside.values()].flat()].map((v) => v.record.reference),
      // A deleted incident's reference is not given again, so its deletion note cannot be mistaken.
      ...[...outcome.index.deleted.values()].map((marker) => marker.reference),
    ]);
    set({
      busy: false,
      problem: null,
      lastChecked: now().toISOString(),
      lastOutcome: { broughtIn: outcome.broughtIn, writtenOut: outcome.writtenOut, removed: outcome.removed },
      conflicts: conflictsIn(outcome.index),
      unreadable: outcome.index.unreadable,
      changes: current.changes + (changed ? 1 : 0),
    });
  };

  const connect = async (folder: FileSystemDirectoryHandle) => {
    handle = folder;
    context = await contextFor(folder);
    set({ connection: 'connected', folderName: folder.name, problem: null });
    await check();
  };

  return {
    status: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    start: () =>
      run(async () => {
        if (!supported) return;
        const stored = await options.memory.loadHandle();
        if (stored === undefined) return;
        handle = stored;
        if ((await queryFolderPermission(stored)) === 'granted') await connect(stored);
        else set({ connection: 'needsPermission', folderName: stored.name });
      }).then(() => undefined),

    choose: () =>
      run(async () => {
        let folder: FileSystemDirectoryHandle;
        try {
          const picker = folderPicker();
          if (options.pick !== undefined) folder = await options.pick();
          else if (originPrivateFolderForTests()) folder = await originPrivateFolder();
          else if (picker !== undefined) folder = await picker({ id: 'practice-folder', mode: 'readwrite' });
          else return set({ problem: 'blocked' });
        } catch (error) {
          // Cancelled: nothing changes. Anything else: the browser or the PC's policy refused.
          if (errorName(error) !== 'AbortError') set({ problem: 'blocked' });
          return;
        }
        if ((await requestFolderPermission(folder)) !== 'granted') return set({ problem: 'denied' });
        await options.memory.saveHandle(folder);
        cache.clear();
        await connect(folder);
      }).then(() => undefined),

    reconnect: () =>
      run(async () => {
        if (handle === undefined) return;
        if ((await requestFolderPermission(handle)) !== 'granted') return set({ problem: 'denied' });
        await connect(handle);
      }).then(() => undefined),

    forget: () =>
      run(async () => {
        await options.memory.saveHandle(undefined);
        handle = undefined;
        context = undefined;
        cache.clear();
        set({ ...statusWithoutFolder, connection: supported ? 'off' : 'unsupported', changes: current.changes });
      }).then(() => undefined),

    checkNow: () => run(check).then(() => undefined),

    keep: (id, fileName) =>
      run(async () => {
        if (context === undefined) return null;
        const { keepVersion } = await import('./folderSync');
        const kept = await keepVersion(context, id, fileName);
        await check();
        set({ changes: current.changes + 1 });
        return kept;
      }).then((kept) => kept ?? null),

    afterSave: (saved, startedFrom) =>
      run(async () => {
        if (context === undefined) return;
        const { pushSaved } = await import('./folderSync');
        if ((await pushSaved(context, saved, startedFrom)) === 'conflict') {
          await check();
          set({ problem: 'conflictOnSave' });
        }
      }).then(() => undefined),

    referenceAfterFolder: (reference) => {
      const [, year, number] = /^SM-(\d{4})-(\d+)$/.exec(reference) ?? [];
      const highest = year === undefined ? undefined : highestInFolder.get(year);
      if (highest === undefined || Number(number) > highest) return null;
      return `SM-${year}-${String(highest + 1).padStart(4, '0')}`;
    },

    afterRemove: (id, reference) =>
      run(async () => {
        if (context === undefined) return;
        const { removeFromFolder } = await import('./folderSync');
        await removeFromFolder(context, id, reference);
      }).then(() => undefined),
  };
}

function highestReferences(references: readonly string[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const reference of references) {
    const [, year, number] = /^SM-(\d{4})-(\d+)$/.exec(reference) ?? [];
    if (year !== undefined) highest.set(year, Math.max(highest.get(year) ?? 0, Number(number)));
  }
  return highest;
}

/** What openStorage loads for the browser's IndexedDB; `memoryName` is the folder memory's own database. */
export function browserPracticeFolder(
  db: Database,
  local: PracticeFolderOptions['local'],
  files: PracticeFolderOptions['files'],
  memoryName: string,
): PracticeFolder {
  return practiceFolder({
    local,
    files,
    memory: indexedDbFolderMemory(memoryName),
    copy: () => import('./browserCopy').then((m) => m.indexedDbBrowserCopy(db)),
  });
}
