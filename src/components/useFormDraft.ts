/**
 * Drafts of the evidence log's forms (a post, a reference), kept like typed answers: each change
 * is copied synchronously to this tab's sessionStorage, so a reload (or "Update now") reopens the
 * form with the text as typed. Screenshots attached but not yet saved cannot be kept that way:
 * their names are, so the form can say which to attach again. While a form has changes, leaving
 * the page asks first (`beforeunload`), and a new version never reloads the tab on its own.
 * Nothing is kept for training incidents, which live in memory only.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { registerUnsavedWorkFlusher, UnsavedFormError } from '../record/unsavedWork';
import { useIncident } from '../record/incidentContext';

export type FormDraftKind = 'evidence' | 'reference';

interface StoredDraft {
  readonly v: 1;
  /** The entry being changed, or null for a new one. */
  readonly itemId: string | null;
  readonly fields: unknown;
  /** Names of files attached but not saved with the entry. */
  readonly unsavedFiles: readonly string[];
}

const keyOf = (incidentId: string, kind: FormDraftKind) => `smiw:form-draft:${incidentId}:${kind}`;

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function readDraft(incidentId: string, kind: FormDraftKind): StoredDraft | null {
  try {
    const raw = session()?.getItem(keyOf(incidentId, kind));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft> | null;
    if (!parsed || parsed.v !== 1 || !(parsed.itemId === null || typeof parsed.itemId === 'string')) return null;
    const files = Array.isArray(parsed.unsavedFiles) ? parsed.unsavedFiles.filter((n): n is string => typeof n === 'string') : [];
    return { v: 1, itemId: parsed.itemId, fields: parsed.fields, unsavedFiles: files };
  } catch {
    return null;
  }
}

function writeDraft(incidentId: string, kind: FormDraftKind, draft: StoredDraft | null): void {
  try {
    const store = session();
    if (!store) return;
    if (draft === null) store.removeItem(keyOf(incidentId, kind));
    else store.setItem(keyOf(incidentId, kind), JSON.stringify(draft));
  } catch {
    // Full or blocked: the form still works, only the copy is missing.
  }
}

/** Which form to reopen after a reload: the entry a draft was for (null: a new one), or undefined for none. */
export function draftTarget(
  incidentId: string | undefined,
  kind: FormDraftKind,
  exists: (itemId: string) => boolean,
): string | null | undefined {
  if (!incidentId) return undefined;
  const draft = readDraft(incidentId, kind);
  if (!draft) return undefined;
  if (draft.itemId !== null && !exists(draft.itemId)) return undefined;
  return draft.itemId;
}

// --- Unsaved forms: warn before leaving, and hold back an update's reload -----------------------

const openForms = new Set<symbol>();

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (openForms.size === 0) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

function holdOpen(): () => void {
  const token = Symbol('unsaved form');
  if (openForms.size === 0) window.addEventListener('beforeunload', onBeforeUnload);
  openForms.add(token);
  const unregister = registerUnsavedWorkFlusher(() => Promise.reject(new UnsavedFormError('A form has changes that are not saved.')));
  return () => {
    unregister();
    openForms.delete(token);
    if (openForms.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/** True while any form has unsaved changes (for tests and the update banner). */
export function hasOpenFormChanges(): boolean {
  return openForms.size > 0;
}

export interface FormDraft<T> {
  readonly fields: T;
  readonly setFields: (update: (fields: T) => T) => void;
  /** Files named in the draft that had been attached before the page reloaded, and are gone. */
  readonly lostFiles: readonly string[];
  /** The entry was saved or the form cancelled: forget the draft. */
  readonly discard: () => void;
}

/**
 * The form's fields, started from `initial` or from the draft kept for this entry. `unsavedFiles`
 * are the names of files attached and not yet saved; any of them counts as unsaved work.
 */
export function useFormDraft<T>(
  kind: FormDraftKind,
  itemId: string | null,
  initial: () => T,
  read: (raw: unknown) => T | null,
  unsavedFiles: readonly string[] = [],
): FormDraft<T> {
  const incident = useIncident();
  const incidentId = incident && incident.record.kind === 'live' ? incident.record.id : undefined;
  const [start] = useState(() => {
    const baseline = initial();
    const draft = incidentId ? readDraft(incidentId, kind) : null;
    const restored = draft && draft.itemId === itemId ? read(draft.fields) : null;
    return { baseline, fields: restored ?? baseline, lostFiles: restored && draft ? draft.unsavedFiles : [] };
  });
  const [fields, setFieldsState] = useState<T>(start.fields);
  const [discarded, setDiscarded] = useState(false);
  const baselineJson = useMemo(() => JSON.stringify(start.baseline), [start.baseline]);
  const changed = !discarded && (JSON.stringify(fields) !== baselineJson || unsavedFiles.length > 0 || start.lostFiles.length > 0);
  const discardedRef = useRef(false);

  // Synchronously in the commit of each keystroke, so a reload straight after it keeps the text.
  const filesKey = unsavedFiles.join('\n');
  useLayoutEffect(() => {
    if (!incidentId || discardedRef.current) return;
    if (!changed) writeDraft(incidentId, kind, null);
    else
      writeDraft(incidentId, kind, { v: 1, itemId, fields, unsavedFiles: [...start.lostFiles, ...filesKey.split('\n').filter(Boolean)] });
  }, [incidentId, kind, itemId, fields, changed, filesKey, start.lostFiles]);

  useEffect(() => (changed ? holdOpen() : undefined), [changed]);

  return {
    fields,
    setFields: (update) => setFieldsState(update),
    lostFiles: start.lostFiles,
    discard: () => {
      discardedRef.current = true;
      setDiscarded(true);
      if (incidentId) writeDraft(incidentId, kind, null);
    },
  };
}
