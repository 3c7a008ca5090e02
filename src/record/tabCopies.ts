/**
 * Copies of typing not yet on disk: this tab's sessionStorage copies (typingMirror.ts, and the
 * evidence and reference forms in useFormDraft.ts) and the localStorage copy a closing tab leaves.
 * They are keyed `smiw:<kind>:<incident id>...`, so deleting an incident, or all data, forgets
 * them too: "deleted" must mean gone from the browser, not only from IndexedDB.
 */
const appPrefix = 'smiw:';

function stores(): Storage[] {
  const found: Storage[] = [];
  try {
    if (typeof sessionStorage !== 'undefined') found.push(sessionStorage);
    if (typeof localStorage !== 'undefined') found.push(localStorage);
  } catch {
    // Blocked storage holds no copies.
  }
  return found;
}

/** Forgets the copies for one incident, or for every incident when no id is given. */
export function forgetTabCopies(incidentId?: string): void {
  for (const store of stores()) forgetIn(store, incidentId);
}

function forgetIn(store: Storage, incidentId: string | undefined): void {
  try {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key): key is string => key !== null);
    for (const key of keys) {
      if (!key.startsWith(appPrefix)) continue;
      if (incidentId === undefined || key.split(':')[2] === incidentId) store.removeItem(key);
    }
  } catch {
    // Blocked storage holds no copies to forget.
  }
}
