/**
 * The practice folder as openStorage hands it out: a stand-in that loads the real one
 * (practiceFolder.ts, with its permission and sync code) in a chunk of its own as the app starts,
 * so the home screen's first load stays within its budget. Until it has loaded, the status says
 * no folder is in use and no reference needs changing.
 */
import { statusWithoutFolder } from './folderStatus';
import type { PracticeFolder } from './practiceFolder';

export function lazyPracticeFolder(load: () => Promise<PracticeFolder>): PracticeFolder {
  let loaded: PracticeFolder | undefined;
  let loading: Promise<PracticeFolder> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const folder = () =>
    (loading ??= load().then((real) => {
      loaded = real;
      real.subscribe(notify);
      notify();
      return real;
    }));
  return {
    status: () => loaded?.status() ?? statusWithoutFolder,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => folder().then((real) => real.start()),
    choose: () => folder().then((real) => real.choose()),
    reconnect: () => folder().then((real) => real.reconnect()),
    forget: () => folder().then((real) => real.forget()),
    checkNow: () => folder().then((real) => real.checkNow()),
    keep: (id, fileName) => folder().then((real) => real.keep(id, fileName)),
    afterSave: (saved, startedFrom) => folder().then((real) => real.afterSave(saved, startedFrom)),
    afterRemove: (id) => folder().then((real) => real.afterRemove(id)),
    referenceAfterFolder: (reference) => loaded?.referenceAfterFolder(reference) ?? null,
  };
}
