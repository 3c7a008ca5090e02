import { useState } from 'react';
import { evidenceContent } from '../../content/evidence';
import { newId } from '../../record/evidenceFiles';
import { useIncident } from '../../record/incidentContext';
import type { EvidenceItem, IncidentRecord, TimelineEntry } from '../../record/schema';
import { EvidenceForm, type EvidenceFormResult } from './EvidenceForm';
import { evidenceItemHeadingId, EvidenceItemView } from './EvidenceItemView';
import { withFields } from './evidenceFields';
import { platformLabel } from './platformLabel';
import { useEvidenceFiles } from './useEvidenceFiles';
import { useFocusAfterRender } from './useFocusAfterRender';
import { draftTarget } from './useFormDraft';

const words = evidenceContent.log;
const headingId = 'evidence-log-heading';
const addButtonId = 'evidence-log-add';

function withEntry(record: IncidentRecord, entry: TimelineEntry): IncidentRecord {
  return { ...record, timeline: [...record.timeline, entry] };
}

/** The posts saved for the open incident, and the form that adds or changes one. */
export function EvidenceLog() {
  const incident = useIncident();
  const store = useEvidenceFiles();
  // A form left open with changes when the page reloaded opens again, with what was typed.
  const [editing, setEditing] = useState<{ readonly itemId: string | null } | null>(() => {
    const record = incident?.record;
    const target = record?.kind === 'live' ? draftTarget(record.id, 'evidence', (id) => record.evidence.some((e) => e.id === id)) : undefined;
    return target === undefined ? null : { itemId: target };
  });
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  if (!incident) return null;
  const { record, update } = incident;

  const openForm = (itemId: string | null) => {
    setStatus('');
    setEditing({ itemId });
  };

  const closeForm = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };

  const add = (result: EvidenceFormResult) => {
    const at = new Date().toISOString();
    const item = withFields({ id: newId(), capturedAt: at, files: [...result.files] }, result.fields);
    const number = record.evidence.length + 1;
    const where = platformLabel(item.platform) ?? words.whereNotGiven;
    update(
      (r) =>
        withEntry(
          { ...r, evidence: [...r.evidence, item] },
          { at, kind: 'evidence', summary: evidenceContent.timeline.added(r.evidence.length + 1, where, item.files.length), ref: item.id },
        ),
      'now',
    );
    setStatus(words.saved(number));
    closeForm(evidenceItemHeadingId(item.id));
  };

  const change = (original: EvidenceItem, number: number, result: EvidenceFormResult) => {
    const at = new Date().toISOString();
    const item = withFields({ ...original, files: [...result.files] }, result.fields);
    update(
      (r) =>
        withEntry(
          { ...r, evidence: r.evidence.map((e) => (e.id === item.id ? item : e)) },
          { at, kind: 'evidence', summary: evidenceContent.timeline.changed(number), ref: item.id },
        ),
      'now',
    );
    // The record no longer points at these, so deleting them cannot leave a post with a broken file.
    // One that fails to go is only an orphan, deleted with the incident.
    for (const fileId of result.removedFileIds) store.remove(fileId).catch(() => {});
    setStatus(words.saved(number));
    closeForm(evidenceItemHeadingId(item.id));
  };

  const markDeleted = (item: EvidenceItem, number: number, deleted: boolean) => {
    const at = new Date().toISOString();
    update(
      (r) =>
        withEntry(
          {
            ...r,
            evidence: r.evidence.map((e) => {
              if (e.id !== item.id) return e;
              const { deletedFromSiteAt: _previous, ...rest } = e;
              return deleted ? { ...rest, deletedFromSiteAt: at } : rest;
            }),
          },
          {
            at,
            kind: 'evidence',
            summary: deleted ? evidenceContent.timeline.markedDeleted(number) : evidenceContent.timeline.unmarkedDeleted(number),
            ref: item.id,
          },
        ),
      'now',
    );
  };

  const remove = (item: EvidenceItem, number: number) => {
    const at = new Date().toISOString();
    update(
      (r) =>
        withEntry(
          { ...r, evidence: r.evidence.filter((e) => e.id !== item.id) },
          { at, kind: 'evidence', summary: evidenceContent.timeline.removed(number), ref: item.id },
        ),
      'now',
    );
    for (const file of item.files) store.remove(file.fileId).catch(() => {});
    setStatus(words.removed);
    focusLater(headingId);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId} tabIndex={-1}>
        {words.heading}
      </h2>
      <p role="status">{status}</p>
      {record.evidence.length === 0 ? <p>{words.empty}</p> : null}
      {record.evidence.map((item, index) =>
        editing?.itemId === item.id ? (
          <EvidenceForm
            key={item.id}
            incidentId={record.id}
            item={item}
            number={index + 1}
            onSave={(result) => change(item, index + 1, result)}
            onCancel={() => closeForm(evidenceItemHeadingId(item.id))}
          />
        ) : (
          <EvidenceItemView
            key={item.id}
            item={item}
            number={index + 1}
            onChange={() => openForm(item.id)}
            onMarkDeleted={(deleted) => markDeleted(item, index + 1, deleted)}
            onRemove={() => remove(item, index + 1)}
            onStatus={setStatus}
          />
        ),
      )}
      {editing?.itemId === null ? (
        <EvidenceForm
          incidentId={record.id}
          number={record.evidence.length + 1}
          onSave={add}
          onCancel={() => closeForm(addButtonId)}
        />
      ) : editing === null ? (
        <button type="button" className="button" id={addButtonId} onClick={() => openForm(null)}>
          {words.add}
        </button>
      ) : null}
    </section>
  );
}
