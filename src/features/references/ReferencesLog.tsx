import { referencesContent } from '../../content/references';
import { newId } from '../../record/newId';
import { useIncident } from '../../record/incidentContext';
import type { IncidentReference } from '../../record/schema';
import { withTimelineEntry } from '../../record/timeline';
import { LogSection } from '../../components/LogSection';
import { useLogForm } from '../../components/useLogForm';
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
  const { editing, open, close, status, setStatus, removed } = useLogForm('reference', headingId, (record, id) =>
    record.references.some((r) => r.id === id),
  );
  if (!incident) return null;
  const { record, update } = incident;
  const now = new Date();
  const answeredSite = record.answers['platform'];
  const defaultSite = typeof answeredSite === 'string' ? answeredSite : '';

  const save = (original: IncidentReference | undefined, fields: ReferenceFields) => {
    const reference = toReference(original?.id ?? newId(), fields);
    const at = new Date().toISOString();
    const summary = original ? words.timeline.changed(summaryOf(reference)) : summaryOf(reference);
    update(
      (r) =>
        withTimelineEntry(
          {
            ...r,
            references: original ? r.references.map((e) => (e.id === reference.id ? reference : e)) : [...r.references, reference],
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
        withTimelineEntry(
          { ...r, references: r.references.filter((e) => e.id !== reference.id) },
          { at, kind: 'reference', summary: words.timeline.removed(summaryOf(reference)), ref: reference.id },
        ),
      'now',
    );
    removed(words.removed);
  };

  return (
    <LogSection
      headingId={headingId}
      heading={words.heading}
      intro={words.intro}
      status={status}
      emptyText={words.empty}
      isEmpty={record.references.length === 0}
      editing={editing}
      addForm={<ReferenceForm defaultSite={defaultSite} onSave={(fields) => save(undefined, fields)} onCancel={() => close(addButtonId)} />}
      addButtonId={addButtonId}
      addLabel={words.add}
      onAdd={() => open(null)}
    >
      {byTime(record.references).map((item) =>
        editing?.entryId === item.id ? (
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
    </LogSection>
  );
}
