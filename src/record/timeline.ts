import type { IncidentRecord, TimelineEntry } from './schema';

/** The record with one more line at the end of its timeline. */
export function withTimelineEntry(record: IncidentRecord, entry: TimelineEntry): IncidentRecord {
  return { ...record, timeline: [...record.timeline, entry] };
}
