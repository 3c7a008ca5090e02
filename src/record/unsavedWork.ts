/**
 * Work that must be saved before the page reloads for a new version: the open incident's
 * autosave and any evidence or reference form with changes. The service worker awaits these
 * before "Update now" reloads; features register here, so they need not know about the app shell.
 */

/** Why a reload must wait: work not saved yet, or a form (a post, a reference) still open with changes. */
export type UnsavedWorkBlock = 'unsaved' | 'openForm';

const flushers = new Set<() => Promise<void>>();

/**
 * Registers something that must be saved before the page reloads for a new version. `flush`
 * resolves once the work is safely stored, or rejects if reloading now would lose it.
 * Returns the function that unregisters it (a React effect's cleanup).
 */
export function registerUnsavedWorkFlusher(flush: () => Promise<void>): () => void {
  // A wrapper, so the same function registered twice (StrictMode) is still two registrations.
  const entry = () => flush();
  flushers.add(entry);
  return () => {
    flushers.delete(entry);
  };
}

/**
 * Saved everywhere? Every flusher runs, even if one fails, so as much as possible is saved.
 * null when a reload keeps everything; otherwise what stops it.
 */
export async function flushUnsavedWork(): Promise<UnsavedWorkBlock | null> {
  const results = await Promise.allSettled([...flushers].map((flush) => flush()));
  const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (refused.length === 0) return null;
  return refused.some((reason) => reason instanceof UnsavedFormError) ? 'openForm' : 'unsaved';
}

export class UnsavedWorkError extends Error {
  override readonly name: string = 'UnsavedWorkError';
}

/** A form with changes that are not saved (screenshots attached, text typed): no reload until it is saved or cancelled. */
export class UnsavedFormError extends UnsavedWorkError {
  override readonly name: string = 'UnsavedFormError';
}

/**
 * The flusher for an open incident's autosave: save what is waiting, then refuse the reload if
 * anything is still only in this tab (a failed save, a conflict with another tab, or storage that
 * lasts only as long as the tab).
 */
export function autosaveFlusher(
  autosaver: { flush(): Promise<void>; hasUnsavedChanges(): boolean },
  reloadKeepsWork: boolean,
): () => Promise<void> {
  return async () => {
    await autosaver.flush();
    if (!reloadKeepsWork) throw new UnsavedWorkError('This incident would not survive a reload.');
    if (autosaver.hasUnsavedChanges()) throw new UnsavedWorkError('The latest changes are not saved yet.');
  };
}
