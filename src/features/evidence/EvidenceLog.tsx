import { evidenceContent } from '../../content/evidence';
import { newId } from '../../record/newId';
import { useIncident } from '../../record/incidentContext';
import type { EvidenceItem } from '../../record/schema';
import { withTimelineEntry } from '../../record/timeline';
import { EvidenceForm, type EvidenceFormResult } from './EvidenceForm';
import { evidenceItemHeadingId, EvidenceItemView } from './EvidenceItemView';
import { withFields } from './evidenceFields';
import { platformLabel } from '../../content/optionLabel';
import { useEvidenceFiles } from '../../record/evidenceFilesContext';
import { LogSection } from '../../components/LogSection';
import { useLogForm } from '../../components/useLogForm';

const words = evidenceContent.log;
const headingId = 'evidence-log-heading';
const addButtonId = 'evidence-log-add';

/** The posts saved for the open incident, and the form that adds or changes one. */
export function EvidenceLog() {
  const incident = useIncident();
  const store = useEvidenceFiles();
  const {
    editing,
    open: openForm,
    close: closeForm,
    status,
    setStatus,
    removed,
  } = useLogForm('evidence', headingId, (record, id) => record.evidence.some((e) => e.id === id));
  if (!incident) return null;
  const { record, update } = incident;

  const add = (result: EvidenceFormResult) => {
    const at = new Date().toISOString();
    const item = withFields({ id: newId(), capturedAt: at, files: [...result.files] }, result.fields);
    const number = record.evidence.length + 1;
    const where = platformLabel(item.platform) ?? words.whereNotGiven;
    update(
      (r) =>
        withTimelineEntry(
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
        withTimelineEntry(
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
        withTimelineEntry(
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
        withTimelineEntry(
          { ...r, evidence: r.evidence.filter((e) => e.id !== item.id) },
          { at, kind: 'evidence', summary: evidenceContent.timeline.removed(number), ref: item.id },
        ),
      'now',
    );
    for (const file of item.files) store.remove(file.fileId).catch(() => {});
    removed(words.removed);
  };

  return (
    <LogSection
      headingId={headingId}
      heading={words.heading}
      status={status}
      emptyText={words.empty}
      isEmpty={record.evidence.length === 0}
      editing={editing}
      addForm={
        <EvidenceForm incidentId={record.id} number={record.evidence.length + 1} onSave={add} onCancel={() => closeForm(addButtonId)} />
      }
      addButtonId={addButtonId}
      addLabel={words.add}
      onAdd={() => openForm(null)}
    >
      {record.evidence.map((item, index) =>
        editing?.entryId === item.id ? (
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
    </LogSection>
  );
}
