/**
 * The home screen's storage actions (list, start, close, reopen, keep, delete) as plain functions
 * that never reject: each resolves with what happened or the problem in words. The pages that call
 * them show the problem and keep what the user typed (issue #14, point 4).
 */
import { home } from '../content/home';
import { loadListed, RevisionConflictError, StorageFullError, type IncidentRepository } from '../record/incidentStore';
import type { ListPage } from '../record/listPage';
import { dueForDeletion, retentionStartedBy } from '../record/retention';
import type { IncidentRecord } from '../record/schema';
import { forgetTabCopies } from '../record/tabCopies';
import type { StoredSummary } from '../record/storedSummary';

/** What failed, then why or what to do next. */
export function storageProblem(what: string, error: unknown): string {
  return `${what} ${error instanceof StorageFullError ? home.failed.full : home.failed.tryAgain}`;
}

export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export async function attempt<T>(what: string, run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, problem: storageProblem(what, error) };
  }
}

function closed(record: IncidentRecord, outcome: string, at: string): IncidentRecord {
  return {
    ...record,
    status: 'closed',
    closedAt: at,
    outcome,
    timeline: [...record.timeline, { at, kind: 'closed', summary: outcome }],
  };
}

/** Done, with the words the list shows next; or the problem in words. */
export type ActionResult = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly problem: string };

export type CloseResult = ActionResult;

/**
 * Closes the incident with the outcome given. If another tab saved it first, the latest version
 * is closed instead, so that tab's work is kept and the outcome typed here is not lost.
 */
export async function closeIncident(
  incidents: Pick<IncidentRepository, 'save' | 'load'>,
  record: IncidentRecord,
  outcome: string,
  now: () => Date = () => new Date(),
): Promise<CloseResult> {
  const done = { ok: true, message: home.closeOne.done(record.reference) } as const;
  try {
    await incidents.save(closed(record, outcome, now().toISOString()));
    return done;
  } catch (error) {
    if (!(error instanceof RevisionConflictError)) return { ok: false, problem: storageProblem(home.failed.close, error) };
  }
  let latest: IncidentRecord;
  try {
    const loaded = await incidents.load(record.id);
    if (!loaded.ok) return { ok: false, problem: home.failed.closeGone };
    latest = loaded.record;
  } catch (error) {
    return { ok: false, problem: storageProblem(home.failed.close, error) };
  }
  if (latest.status === 'closed') return { ok: true, message: home.failed.closedElsewhere(record.reference) };
  try {
    await incidents.save(closed(latest, outcome, now().toISOString()));
    return done;
  } catch (error) {
    return {
      ok: false,
      problem: error instanceof RevisionConflictError ? home.failed.closeChanged : storageProblem(home.failed.close, error),
    };
  }
}

/** A row of the list: the summary the user saw, by which its record is read (loadListed). */
type Listed = Pick<StoredSummary, 'id' | 'revision' | 'reference'>;

/**
 * Reopens a closed incident, noting it on the timeline. Refused if it has changed since it was
 * listed, so it never reopens a version the user did not see.
 */
export async function reopenIncident(
  incidents: Pick<IncidentRepository, 'load' | 'save'>,
  listed: Listed,
  now: () => Date = () => new Date(),
): Promise<ActionResult> {
  const saved = await attempt(home.failed.reopen, async () => {
    const { closedAt: _closedAt, ...rest } = await loadListed(incidents, listed);
    await incidents.save({
      ...rest,
      status: 'open',
      timeline: [...rest.timeline, { at: now().toISOString(), kind: 'reopened', summary: home.reopened }],
    });
  });
  return saved.ok ? { ok: true, message: home.reopenedMessage(listed.reference) } : saved;
}

/** Keeps a closed incident past its 12 months (retention.ts), as it was listed. */
export function keepIncident(incidents: Pick<IncidentRepository, 'load' | 'save'>, listed: Listed): Promise<Attempt<void>> {
  return attempt(home.failed.keep, async () => {
    await incidents.save({ ...(await loadListed(incidents, listed)), keep: true });
  });
}

export async function deleteIncident(incidents: Pick<IncidentRepository, 'remove'>, record: IncidentRecord): Promise<ActionResult> {
  const removed = await attempt(home.failed.remove, () => incidents.remove(record.id));
  if (removed.ok) forgetTabCopies(record.id);
  return removed.ok ? { ok: true, message: home.deleteOne.done(record.reference) } : removed;
}

export async function deleteAllIncidents(incidents: Pick<IncidentRepository, 'removeAll'>): Promise<ActionResult> {
  const removed = await attempt(home.failed.removeAll, () => incidents.removeAll());
  if (removed.ok) forgetTabCopies();
  return removed.ok ? { ok: true, message: home.deleteAll.done } : removed;
}

/** How many rows of each table the list reads: it reads only what it draws. */
export interface ListRows {
  readonly open: number;
  readonly closed: number;
}

/**
 * The incident list as drawn (`rows` of each table, from summaries), after deleting closed
 * incidents whose 12 months are up (unless kept). Only the few that the retention rule may delete
 * soon are read for that, through an index. Rejects if storage cannot be read; the list says so.
 */
export async function listIncidents(
  incidents: Pick<IncidentRepository, 'listPage' | 'remove'>,
  now: Date,
  rows: ListRows,
  /** False until the practice folder has been checked: a version another PC kept may be on its way. */
  retention = true,
): Promise<ListPage> {
  const request = { openRows: rows.open, closedRows: rows.closed, retentionStartedBy: retentionStartedBy(now) };
  const listed = await incidents.listPage(request);
  const expired = retention ? dueForDeletion(listed.retention, now) : [];
  for (const incident of expired) {
    await incidents.remove(incident.id);
    forgetTabCopies(incident.id);
  }
  return expired.length === 0 ? listed : incidents.listPage(request);
}
