/**
 * The few fields of an incident that the home list shows, kept in a store of their own beside
 * each record (written in the same transaction as the record), so the list reads a few hundred
 * bytes per incident instead of reading and checking every full record.
 *
 * A summary holds stored values, not words: the list turns them into words when it shows them,
 * so a change of wording never leaves an old summary saying something else. It is checked when
 * read, like everything from storage, and one that fails (or is missing, or was written under
 * other rules) is rebuilt from its record.
 */
import * as z from 'zod/mini';
import { copyOf } from './staleCopy';
import { retentionStart } from './retention';
import { currentSchemaVersion, incidentRecord, storedAnswer, type IncidentRecord } from './schema';

/**
 * Which rules a summary was written under. A summary is trusted only if it was made by the same
 * summary shape from a record read under the same record schema; anything else is rebuilt from
 * its record, which is read and checked again. Bump `shapeVersion` when the fields change, and
 * whenever the checks on a record change in a way that could make a once-readable record
 * unreadable (otherwise the list would go on showing it as readable until it is opened).
 */
const shapeVersion = 2;
export const summaryFormat = `${shapeVersion}/${currentSchemaVersion}`;

const fields = incidentRecord.shape;

export const storedSummary = z.object({
  format: z.literal(summaryFormat),
  id: fields.id,
  reference: fields.reference,
  kind: fields.kind,
  status: fields.status,
  keep: fields.keep,
  revision: fields.revision,
  updatedAt: fields.updatedAt,
  closedAt: fields.closedAt,
  foundAt: fields.foundAt,
  currentStep: fields.currentStep,
  /** The answers the list shows, as stored (option values). */
  platform: z.optional(storedAnswer),
  about: z.optional(storedAnswer),
  /** The reference of the incident this one is a copy of (two tabs). */
  copyOf: z.optional(z.string()),
  /**
   * When its 12 months began (retention.ts), only on a closed incident not kept: indexed, so the
   * list finds those the rule may delete soon without reading every summary.
   */
  retentionFrom: z.optional(z.string()),
});

export type StoredSummary = z.infer<typeof storedSummary>;

/** The summary of a checked record. */
export function summaryOf(record: IncidentRecord): StoredSummary {
  const copy = copyOf(record);
  const { platform, about } = record.answers;
  return {
    format: summaryFormat,
    id: record.id,
    reference: record.reference,
    kind: record.kind,
    status: record.status,
    keep: record.keep,
    revision: record.revision,
    updatedAt: record.updatedAt,
    ...(record.closedAt === undefined ? {} : { closedAt: record.closedAt }),
    foundAt: record.foundAt,
    currentStep: record.currentStep,
    ...(platform === undefined ? {} : { platform }),
    ...(about === undefined ? {} : { about }),
    ...(copy === undefined ? {} : { copyOf: copy }),
    ...retentionField(record),
  };
}

function retentionField(fields: Parameters<typeof retentionStart>[0]): { retentionFrom?: string } {
  const start = retentionStart(fields);
  return start === null ? {} : { retentionFrom: start };
}

/** The summary stored for `id`, or null if it is missing, damaged, another incident's or written under other rules. */
export function readSummary(id: string, raw: unknown): StoredSummary | null {
  const parsed = storedSummary.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id) return null;
  // The indexed retention time must be the one its own fields give, or retention could miss it.
  return parsed.data.retentionFrom === retentionField(parsed.data).retentionFrom ? parsed.data : null;
}

/** The status of the marker of a record that cannot be read: neither open nor closed. */
export const unreadableStatus = 'unreadable';

/**
 * What stands in the summaries store for a record that cannot be read, so the list knows every
 * record is accounted for without reading them all: it reads only these records, to say what is
 * wrong with each. Its status keeps it out of both tables; `updatedAt` is empty only so that the
 * list's index (which needs every field of its key) holds it.
 */
export function unreadableMarker(id: string) {
  return { format: summaryFormat, id, status: unreadableStatus, updatedAt: '' } as const;
}
