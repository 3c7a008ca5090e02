/**
 * The home screen's storage actions (start, close, reopen, keep, delete) as plain functions that
 * never reject: each resolves with the problem in words, or undefined when it worked. The pages
 * that call them show the problem and keep what the user typed (issue #14, point 4).
 */
import { home } from '../content/home';
import { RevisionConflictError, StorageFullError, type IncidentRepository } from '../record/incidentStore';
import type { IncidentRecord } from '../record/schema';

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

export type CloseResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly problem: string };

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
    return { ok: false, problem: error instanceof RevisionConflictError ? home.failed.closeChanged : storageProblem(home.failed.close, error) };
  }
}
