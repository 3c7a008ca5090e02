import { referencesContent } from '../../content/references';
import type { ReferenceKind } from '../../content/recordKinds';
import { parsePracticeTime } from '../../record/clock';
import { formatDateTimeLocalValue } from '../../record/practiceTimeFormat';
import type { IncidentReference } from '../../record/schema';

/** The reference form's values, all as typed. */
export interface ReferenceFields {
  readonly kind: ReferenceKind | '';
  readonly with: string;
  /** `datetime-local`, UK time. */
  readonly at: string;
  readonly reference: string;
  readonly outcome: string;
  readonly notes: string;
}

export type ReferenceField = 'kind' | 'with' | 'at';

export type ReferenceErrors = Partial<Record<ReferenceField, string>>;

export function referenceFieldsOf(reference: IncidentReference | undefined, now: Date, defaultSite = ''): ReferenceFields {
  if (!reference) return { kind: '', with: defaultSite, at: formatDateTimeLocalValue(now), reference: '', outcome: '', notes: '' };
  return {
    kind: reference.kind,
    with: reference.with ?? '',
    at: formatDateTimeLocalValue(new Date(reference.at)),
    reference: reference.reference ?? '',
    outcome: reference.outcome ?? '',
    notes: reference.notes ?? '',
  };
}

const kinds = Object.keys(referencesContent.kinds);

/** Fields kept in a form draft (evidence/useFormDraft.ts), or null if they are not a reference's. */
export function referenceFieldsFrom(raw: unknown): ReferenceFields | null {
  if (raw === null || typeof raw !== 'object') return null;
  const source = raw as Record<string, unknown>;
  const text = (name: string) => (typeof source[name] === 'string' ? source[name] : '');
  const kind = text('kind');
  if (kind !== '' && !kinds.includes(kind)) return null;
  return {
    kind: kind as ReferenceKind | '',
    with: text('with'),
    at: text('at'),
    reference: text('reference'),
    outcome: text('outcome'),
    notes: text('notes'),
  };
}

const isBlank = (value: string) => value.trim() === '';

/**
 * What stops the entry being saved: what it is, when, and who or where for the kinds that are
 * meaningless without it. Reference numbers and outcomes often come later, so they may be blank.
 */
export function checkReferenceFields(fields: ReferenceFields): ReferenceErrors {
  const errors: ReferenceErrors = {};
  if (fields.kind === '') {
    errors.kind = referencesContent.form.kindError;
    return errors;
  }
  const withContent = referencesContent.kinds[fields.kind].with;
  if (withContent && isBlank(fields.with)) errors.with = withContent.error;
  if (parsePracticeTime(fields.at) === null) errors.at = referencesContent.form.atError;
  return errors;
}

/** The stored entry; call only when checkReferenceFields found nothing. */
export function toReference(id: string, fields: ReferenceFields): IncidentReference {
  if (fields.kind === '') throw new Error('A reference needs a kind');
  const at = parsePracticeTime(fields.at);
  if (at === null) throw new Error('A reference needs a time');
  const reference: IncidentReference = { id, kind: fields.kind, at: at.toISOString() };
  // Report Harmful Content has no "with"; a value left from another kind must not be kept.
  if (referencesContent.kinds[fields.kind].with && !isBlank(fields.with)) reference.with = fields.with;
  if (!isBlank(fields.reference)) reference.reference = fields.reference;
  if (!isBlank(fields.outcome)) reference.outcome = fields.outcome;
  if (!isBlank(fields.notes)) reference.notes = fields.notes;
  return reference;
}
