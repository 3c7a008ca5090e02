/**
 * What the home list reads from storage: the newest rows of the open and closed tables, how many
 * there are of each, the incidents the retention rule may delete soon, and every record that
 * cannot be read. IndexedDB reads this through its summaries' indexes; the memory store, and
 * IndexedDB while its summaries are being rebuilt, make it from every summary with `pageOf`.
 */
import type { LoadFailure } from './incidentStore';
import type { StoredSummary } from './storedSummary';

export interface ListRequest {
  /** How many of the open incidents to read, newest first. */
  readonly openRows: number;
  /** How many of the closed incidents to read, newest first. */
  readonly closedRows: number;
  /**
   * Also read every closed incident not kept whose 12 months began at or before this time (an ISO
   * timestamp, retention.ts `retentionStartedBy`), wherever it falls in the list.
   */
  readonly retentionStartedBy: string;
}

export interface ListPage {
  /** At most `openRows`, newest first (last change; then id, highest first). */
  readonly open: readonly StoredSummary[];
  /** At most `closedRows`, in the same order. */
  readonly closed: readonly StoredSummary[];
  /** All the open incidents, whether read or not. */
  readonly openCount: number;
  readonly closedCount: number;
  /** Closed, not kept, and begun their 12 months by `retentionStartedBy`: in no particular order. */
  readonly retention: readonly StoredSummary[];
  /** Every record that cannot be read, in no particular order: always all of them. */
  readonly unreadable: readonly LoadFailure[];
}

export const emptyListPage: ListPage = { open: [], closed: [], openCount: 0, closedCount: 0, retention: [], unreadable: [] };

/** Newest first, as the list's index reads backwards: last change, then id (code-unit order, as IndexedDB compares). */
export function newestFirst(a: StoredSummary, b: StoredSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** The page `request` asks for, from every summary and every unreadable record. */
export function pageOf(summaries: readonly StoredSummary[], unreadable: readonly LoadFailure[], request: ListRequest): ListPage {
  const open = summaries.filter((s) => s.status === 'open').sort(newestFirst);
  const closed = summaries.filter((s) => s.status === 'closed').sort(newestFirst);
  return {
    open: open.slice(0, Math.max(0, request.openRows)),
    closed: closed.slice(0, Math.max(0, request.closedRows)),
    openCount: open.length,
    closedCount: closed.length,
    retention: closed.filter((s) => s.retentionFrom !== undefined && s.retentionFrom <= request.retentionStartedBy),
    unreadable,
  };
}
