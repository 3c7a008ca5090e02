/**
 * The practice folder as openStorage hands it out: a stand-in that loads the real one
 * (practiceFolder.ts, with its permission and sync code) in a chunk of its own as the app starts,
 * so the home screen's first load stays within its budget. Until it has loaded, the status says
 * no folder is in use and no reference needs changing. If it cannot be loaded (offline with an
 * old cache, say), the status says the folder cannot be reached and every call still resolves
 * (callers use `void`), except forget(), which "Delete all data" waits on; the next call tries again.
 */
import { statusWithoutFolder, type FolderStatus } from './folderStatus';
import type { PracticeFolder } from './practiceFolder';

export function lazyPracticeFolder(load: () => Promise<PracticeFolder>): PracticeFolder {
  let loaded: PracticeFolder | undefined;
  let loading: Promise<PracticeFolder> | undefined;
  /** Set when the folder code could not be loaded (offline with a stale cache, say); cleared by the next try. */
  let failed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const folder = () =>
    (loading ??= load().then((real) => {
      loaded = real;
      failed = false;
      real.subscribe(notify);
      notify();
      return real;
    }));
  const markFailed = () => {
    if (loaded !== undefined) return;
    loading = undefined;
    failed = true;
    notify();
  };
  /** Every call resolves: a failure to load is said in the status, never left as an unhandled rejection. */
  const withFolder = <T>(work: (real: PracticeFolder) => Promise<T>, otherwise: T): Promise<T> =>
    folder()
      .then(work)
      .catch(() => {
        markFailed();
        return otherwise;
      });
  const failedStatus: FolderStatus = { ...statusWithoutFolder, problem: 'unreachable' };
  return {
    status: () => loaded?.status() ?? (failed ? failedStatus : statusWithoutFolder),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => withFolder((real) => real.start(), undefined),
    choose: () => withFolder((real) => real.choose(), undefined),
    reconnect: () => withFolder((real) => real.reconnect(), undefined),
    // "Delete all data on this computer" waits for this: if the folder cannot be forgotten, it must say so.
    forget: () =>
      folder().then(
        (real) => real.forget(),
        (error: unknown) => {
          markFailed();
          throw error;
        },
      ),
    checkNow: () => withFolder((real) => real.checkNow(), undefined),
    keep: (id, fileName) => withFolder((real) => real.keep(id, fileName), null),
    afterSave: (saved, startedFrom) => withFolder((real) => real.afterSave(saved, startedFrom), undefined),
    afterRemove: (id, reference) => withFolder((real) => real.afterRemove(id, reference), undefined),
    referenceAfterFolder: (reference) => loaded?.referenceAfterFolder(reference) ?? null,
  };
}
