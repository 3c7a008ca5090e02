import { useState } from 'react';
import { referencesContent } from '../../content/references';
import { newId } from '../../record/evidenceFiles';
import { useIncident } from '../../record/incidentContext';
import type { IncidentRecord, IncidentReference, TimelineEntry } from '../../record/schema';
import { useFocusAfterRender } from '../evidence/useFocusAfterRender';
import { draftTarget } from '../evidence/useFormDraft';
import { ReferenceForm } from './ReferenceForm';
import { toReference, type ReferenceFields } from './referenceForm';
import { withLabel } from './referenceLabels';
import { referenceHeadingId, ReferenceView } from './ReferenceView';

const words = referencesContent;
const headingId = 'references-log-heading';
const addButtonId = 'references-log-add';

function summaryOf(reference: IncidentReference): string {
  return words.kinds[reference.kind].summary(withLabel(reference), reference.reference);
}

function withEntry(record: IncidentRecord, entry: TimelineEntry): IncidentRecord {
  return { ...record, timeline: [...record.timeline, entry] };
}

/** Oldest first, as they happened, whatever order they were noted in. */
function byTime(references: readonly IncidentReference[]): IncidentReference[] {
  return [...references].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Reports to sites, police contact, Report Harmful Content, advice and support, for the open
 * incident. They feed the plan, the one-week follow-up and the incident note.
 */
export function ReferencesLog() {
  const incident = useIncident();
  // A form left open with changes when the page reloaded opens again, with what was typed.
  const [editing, setEditing] = useState<{ readonly referenceId: string | null } | null>(() => {
    const record = incident?.record;
    const target = record?.kind === 'live' ? draftTarget(record.id, 'reference', (id) => record.references.some((r) => r.id === id)) : undefined;
    return target === undefined ? null : { referenceId: target };
  });
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  if (!incident) return null;
  const { record, update } = incident;
  const now = new Date();
  const answeredSite = record.answers['platform'];
  const defaultSite = typeof answeredSite === 'string' ? answeredSite : '';

  const open = (referenceId: string | null) => {
    setStatus('');
    setEditing({ referenceId });
  };

  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };

  const save = (original: IncidentReference | undefined, fields: ReferenceFields) => {
    const reference = toReference(original?.id ?? newId(), fields);
    const at = new Date().toISOString();
    const summary = original ? words.timeline.changed(summaryOf(reference)) : summaryOf(reference);
    update(
      (r) =>
        withEntry(
          {
            ...r,
            references: original
              ? r.references.map((e) => (e.id === reference.id ? reference : e))
              : [...r.references, reference],
          },
          { at, kind: 'reference', summary, ref: reference.id },
        ),
      'now',
    );
    setStatus(words.saved);
    close(referenceHeadingId(reference.id));
  };

  const remove = (reference: IncidentReference) => {
    const at = new Date().toISOString();
    update(
      (r) =>
        withEntry(
          { ...r, references: r.references.filter((e) => e.id !== reference.id) },
          { at, kind: 'reference', summary: words.timeline.removed(summaryOf(reference)), ref: reference.id },
        ),
      'now',
    );
    setStatus(words.removed);
    focusLater(headingId);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId} tabIndex={-1}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <p role="status">{status}</p>
      {record.references.length === 0 ? <p>{words.empty}</p> : null}
      {byTime(record.references).map((item) =>
        editing?.referenceId === item.id ? (
          <ReferenceForm
            key={item.id}
            item={item}
            onSave={(fields) => save(item, fields)}
            onCancel={() => close(referenceHeadingId(item.id))}
          />
        ) : (
          <ReferenceView key={item.id} item={item} now={now} onChange={() => open(item.id)} onRemove={() => remove(item)} />
        ),
      )}
      {editing?.referenceId === null ? (
        <ReferenceForm defaultSite={defaultSite} onSave={(fields) => save(undefined, fields)} onCancel={() => close(addButtonId)} />
      ) : editing === null ? (
        <button type="button" className="button" id={addButtonId} onClick={() => open(null)}>
          {words.add}
        </button>
      ) : null}
    </section>
  );
}
