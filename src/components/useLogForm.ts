import { useState } from 'react';
import type { IncidentRecord } from '../record/schema';
import { useIncident } from '../record/incidentContext';
import { useFocusAfterRender } from './useFocusAfterRender';
import { draftTarget, type FormDraftKind } from './useFormDraft';

/** The entry whose form is open: its id, or null for a new one. */
export interface OpenForm {
  readonly entryId: string | null;
}

/**
 * Which form of a log (the posts, the references) is open, the log's status line, and focus once
 * a form closes. A form left open with changes when the page reloaded opens again.
 */
export function useLogForm(kind: FormDraftKind, headingId: string, exists: (record: IncidentRecord, entryId: string) => boolean) {
  const incident = useIncident();
  const [editing, setEditing] = useState<OpenForm | null>(() => {
    const record = incident?.record;
    const target = record?.kind === 'live' ? draftTarget(record.id, kind, (id) => exists(record, id)) : undefined;
    return target === undefined ? null : { entryId: target };
  });
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();

  const open = (entryId: string | null) => {
    setStatus('');
    setEditing({ entryId });
  };

  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };

  /** After an entry is removed: say so, and put focus on the log's heading, as the entry has gone. */
  const removed = (message: string) => {
    setStatus(message);
    focusLater(headingId);
  };

  return { editing, open, close, status, setStatus, removed };
}
