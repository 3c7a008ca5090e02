/**
 * A copy of the open incident in this tab's sessionStorage, written synchronously on every change
 * that is not on disk yet. IndexedDB writes are asynchronous and typing is saved after a pause, so
 * a reload straight after a keystroke could otherwise lose it; sessionStorage survives a reload
 * (and "Update now") of the same tab. On load the copy is used only if it was made from the very
 * revision now stored (or from the one this tab was writing when the page went): a newer record
 * saved by another tab always wins and the copy is dropped.
 *
 * sessionStorage ends with the tab, and an IndexedDB write started as the tab closes may never
 * finish. So when the page goes (`pagehide`, which fires on close as well as on reload) any copy
 * still unsaved is also written to localStorage, synchronously, and the next tab to open the
 * incident reconciles with it by the same rule, then removes it.
 */
import { incidentRecord, type IncidentRecord } from './schema';

const prefix = 'smiw:unsaved-incident:';
/** The same copy, written as a tab closes; read by the next tab that opens the incident. */
const closedTabPrefix = 'smiw:closed-tab-copy:';

interface MirrorState {
  readonly record: IncidentRecord;
  /** The record being written when the copy was made, if any: it may have reached the disk. */
  readonly sending: IncidentRecord | null;
  /** False once everything is on disk: the copy is then removed. */
  readonly unsaved: boolean;
}

export interface TypingMirror {
  keep(state: MirrorState): void;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}

function lastingStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Copies not yet on disk in this tab, by incident id, for the `pagehide` handler. */
const unsavedCopies = new Map<string, string>();
let pageHideListening = false;

function keepUnsavedCopiesAsTabCloses(): void {
  const store = lastingStorage();
  for (const [id, copy] of unsavedCopies) {
    try {
      store?.setItem(closedTabPrefix + id, copy);
    } catch {
      // Full or blocked: nothing more can be done as the tab goes.
    }
  }
}

function trackUnsaved(incidentId: string, copy: string | null): void {
  if (copy === null) unsavedCopies.delete(incidentId);
  else unsavedCopies.set(incidentId, copy);
  if (!pageHideListening && typeof window !== 'undefined') {
    window.addEventListener('pagehide', keepUnsavedCopiesAsTabCloses);
    pageHideListening = true;
  }
}

/** JSON with object keys sorted, so two equal records give the same text however they were built. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a record says, leaving out what storage sets on each write. */
export function contentFingerprint(record: IncidentRecord): string {
  const { revision: _revision, updatedAt: _updatedAt, ...content } = record;
  const text = stableJson(content);
  // FNV-1a, 32 bits, plus the length: enough to tell "the write this tab sent" from another tab's.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

export function sessionTypingMirror(incidentId: string): TypingMirror {
  const key = prefix + incidentId;
  return {
    keep({ record, sending, unsaved }) {
      const copy = unsaved ? JSON.stringify({ v: 1, record, sent: sending ? contentFingerprint(sending) : null }) : null;
      trackUnsaved(incidentId, copy);
      const store = storage();
      if (!store) return;
      try {
        if (copy === null) store.removeItem(key);
        else store.setItem(key, copy);
      } catch {
        // Full or blocked: the autosave to IndexedDB still runs as before.
      }
    },
  };
}

export interface Reconciled {
  readonly record: IncidentRecord;
  /** True if the record holds changes from this tab that are not on disk yet. */
  readonly unsaved: boolean;
}

/** The stored record, or this tab's unsaved copy of it when that is newer and made from it. */
export function reconcileWithMirror(stored: IncidentRecord): Reconciled {
  interface Place {
    readonly store: Storage | null;
    readonly key: string;
  }
  const read = ({ store, key }: Place): string | null => {
    try {
      return store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const remove = ({ store, key }: Place) => {
    try {
      store?.removeItem(key);
    } catch {
      // nothing to do
    }
  };
  const own: Place = { store: storage(), key: prefix + stored.id };
  const closedTab: Place = { store: lastingStorage(), key: closedTabPrefix + stored.id };
  // This tab's own copy (a reload) is the most recent; otherwise the one a closed tab left.
  const raw = read(own) ?? read(closedTab);
  // A closed tab's copy becomes this tab's own until it is saved, so a reload now keeps it too.
  remove(closedTab);
  if (raw === null) return { record: stored, unsaved: false };
  const drop = (): Reconciled => {
    remove(own);
    return { record: stored, unsaved: false };
  };
  try {
    own.store?.setItem(own.key, raw);
  } catch {
    // Full or blocked: the copy is still used below, and autosaved as usual.
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return drop();
  }
  if (parsed === null || typeof parsed !== 'object') return drop();
  const { record: rawRecord, sent } = parsed as { record?: unknown; sent?: unknown };
  const checked = incidentRecord.safeParse(rawRecord);
  if (!checked.success || checked.data.id !== stored.id) return drop();
  const copy = checked.data;
  if (copy.revision === stored.revision) {
    return contentFingerprint(copy) === contentFingerprint(stored) ? drop() : { record: copy, unsaved: true };
  }
  // This tab's last write reached the disk just as the page went: the copy carries on from it.
  if (copy.revision + 1 === stored.revision && typeof sent === 'string' && sent === contentFingerprint(stored)) {
    const carried = { ...copy, revision: stored.revision, updatedAt: stored.updatedAt };
    return contentFingerprint(carried) === contentFingerprint(stored) ? drop() : { record: carried, unsaved: true };
  }
  // Saved since by another tab (or this copy is older): the stored record wins.
  return drop();
}
