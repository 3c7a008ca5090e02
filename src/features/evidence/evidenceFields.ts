import type { EvidenceItem } from '../../record/schema';

/** The typed fields of a post, as the form holds them: every one is free text. */
export interface EvidenceFields {
  readonly platform: string;
  readonly url: string;
  readonly account: string;
  readonly text: string;
  readonly postedAsShown: string;
  readonly notes: string;
}

const fieldNames = ['platform', 'url', 'account', 'text', 'postedAsShown', 'notes'] as const;

export function fieldsOf(item: EvidenceItem | undefined): EvidenceFields {
  return {
    platform: item?.platform ?? '',
    url: item?.url ?? '',
    account: item?.account ?? '',
    text: item?.text ?? '',
    postedAsShown: item?.postedAsShown ?? '',
    notes: item?.notes ?? '',
  };
}

/** Fields kept in a form draft (useFormDraft.ts), or null if they are not the fields of a post. */
export function evidenceFieldsFrom(raw: unknown): EvidenceFields | null {
  if (raw === null || typeof raw !== 'object') return null;
  const source = raw as Record<string, unknown>;
  const fields = fieldsOf(undefined);
  const read = (name: keyof EvidenceFields) => (typeof source[name] === 'string' ? source[name] : fields[name]);
  return {
    platform: read('platform'),
    url: read('url'),
    account: read('account'),
    text: read('text'),
    postedAsShown: read('postedAsShown'),
    notes: read('notes'),
  };
}

const isBlank = (value: string) => value.trim() === '';

export function hasAnyDetail(fields: EvidenceFields): boolean {
  return fieldNames.some((name) => !isBlank(fields[name]));
}

/**
 * A post with these fields. Text is kept exactly as typed (copied text is evidence); only fields
 * left blank are dropped, so clearing a field removes it.
 */
export function withFields(
  base: Pick<EvidenceItem, 'id' | 'capturedAt' | 'files' | 'deletedFromSiteAt'>,
  fields: EvidenceFields,
): EvidenceItem {
  const item: EvidenceItem = { id: base.id, capturedAt: base.capturedAt, files: base.files };
  if (base.deletedFromSiteAt !== undefined) item.deletedFromSiteAt = base.deletedFromSiteAt;
  for (const name of fieldNames) if (!isBlank(fields[name])) item[name] = fields[name];
  return item;
}
