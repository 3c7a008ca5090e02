/**
 * How long incidents are kept on this device. The rule is data so that the app, the privacy notice
 * and the tests all read the same numbers; the functions are pure so the app decides when to ask
 * and never deletes without telling the user.
 */
import type { IncidentRecord } from './schema';
import { fromLondonWallClock, londonTime } from './clock';

export const retentionRule = {
  /** Closed incidents are deleted this many calendar months after they were closed. */
  closedKeptForMonths: 12,
  /** Open incidents are never deleted by the rule: the work is not finished. */
  appliesTo: 'closed',
  /** How long before deletion the app reminds, so someone can choose to keep an incident. */
  reminderDays: 30,
  summary: 'Closed incidents are deleted from this computer 12 months after they were closed, unless you choose to keep them.',
} as const;

export type RetentionFields = Pick<IncidentRecord, 'status' | 'closedAt' | 'updatedAt' | 'keep'>;

const day = 24 * 3_600_000;

/**
 * When this incident's 12 months began (an ISO timestamp in UTC, so such times sort as text), or
 * null if the rule never deletes it (open, or kept). The home list keeps it in each summary, so
 * the incidents the rule may delete soon are found through an index rather than by reading all.
 */
export function retentionStart(record: RetentionFields): string | null {
  if (record.status !== 'closed' || record.keep) return null;
  // A closed record always has closedAt when the app closes it; its last change is a safe stand-in
  // (never earlier than the closing) for one that does not.
  const closed = new Date(record.closedAt ?? record.updatedAt);
  return Number.isNaN(closed.getTime()) ? null : closed.toISOString();
}

/**
 * A time no earlier than the start of every incident the rule deletes by `withinDays` days after
 * `now`: those with a later start are not due, nor due soon. It errs late (two days for leap days,
 * clock changes and months of different lengths), so it can only take in a few too many.
 */
export function retentionStartedBy(now: Date, withinDays: number = retentionRule.reminderDays): string {
  const bound = new Date(now.getTime() + (withinDays + 2) * day);
  bound.setUTCMonth(bound.getUTCMonth() - retentionRule.closedKeptForMonths);
  return bound.toISOString();
}

/**
 * When the rule deletes this incident, or null if it never will (open, or kept). The anniversary
 * is taken on London's calendar, and 29 February falls back to 28 February in other years.
 */
export function deletionDueAt(record: RetentionFields): Date | null {
  const start = retentionStart(record);
  if (start === null) return null;
  const t = londonTime(new Date(start));
  const monthIndex = t.month - 1 + retentionRule.closedKeptForMonths;
  const year = t.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromLondonWallClock(year, month, Math.min(t.day, lastDay), t.hour, t.minute);
}

/** The incidents the rule says should be deleted now. */
export function dueForDeletion<T extends RetentionFields>(records: readonly T[], now: Date): T[] {
  return records.filter((record) => {
    const due = deletionDueAt(record);
    return due !== null && due.getTime() <= now.getTime();
  });
}

export interface DeletionReminder<T> {
  readonly record: T;
  /** When the rule deletes it, as an ISO timestamp like every other stored time. */
  readonly deleteOn: string;
}

/** The incidents to be deleted within the next `withinDays` days (not those already due), soonest first. */
export function dueSoon<T extends RetentionFields>(
  records: readonly T[],
  now: Date,
  withinDays: number = retentionRule.reminderDays,
): DeletionReminder<T>[] {
  const horizon = now.getTime() + withinDays * day;
  const reminders: DeletionReminder<T>[] = [];
  for (const record of records) {
    const due = deletionDueAt(record);
    if (due !== null && due.getTime() > now.getTime() && due.getTime() <= horizon) {
      reminders.push({ record, deleteOn: due.toISOString() });
    }
  }
  return reminders.sort((a, b) => a.deleteOn.localeCompare(b.deleteOn));
}
