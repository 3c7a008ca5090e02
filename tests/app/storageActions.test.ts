/**
 * The list's storage actions: each acts on the incident as it was listed, says what happened in
 * words, and never rejects.
 */
import { describe, expect, it } from 'vitest';
import { deleteIncident, keepIncident, listIncidents, reopenIncident } from '../../src/app/storageActions';
import { home } from '../../src/content/home';
import { memoryRepository } from '../../src/record/incidentStore';
import { summaryOf } from '../../src/record/storedSummary';

const created = new Date('2025-01-06T09:00:00Z');
const rows = { open: 50, closed: 50 };

async function closedIncident(closedAt: string) {
  const incidents = memoryRepository();
  const record = await incidents.create({ kind: 'live', now: created });
  const closed = await incidents.save({ ...record, status: 'closed', closedAt, outcome: 'Resolved' });
  return { incidents, closed };
}

describe('the list storage actions', () => {
  it('reopens a closed incident, noting it on the timeline', async () => {
    const { incidents, closed } = await closedIncident('2025-02-01T10:00:00Z');
    const result = await reopenIncident(incidents, summaryOf(closed), () => new Date('2025-03-01T10:00:00Z'));
    expect(result).toEqual({ ok: true, message: home.reopenedMessage(closed.reference) });
    const loaded = await incidents.load(closed.id);
    if (!loaded.ok) throw new Error('not saved');
    expect(loaded.record.status).toBe('open');
    expect(loaded.record.closedAt).toBeUndefined();
    expect(loaded.record.timeline.at(-1)).toEqual({ at: '2025-03-01T10:00:00.000Z', kind: 'reopened', summary: home.reopened });
  });

  it('refuses to reopen or keep an incident changed since it was listed, and leaves it as it is', async () => {
    const { incidents, closed } = await closedIncident('2025-02-01T10:00:00Z');
    const listed = summaryOf(closed);
    const changed = await incidents.save({ ...closed, outcome: 'Resolved, and noted in the log' }); // another tab
    const reopened = await reopenIncident(incidents, listed);
    expect(reopened.ok).toBe(false);
    expect((await keepIncident(incidents, listed)).ok).toBe(false);
    expect(await incidents.load(closed.id)).toEqual({ ok: true, record: changed });
  });

  it('keeps, deletes, and lists after deleting incidents closed more than 12 months ago', async () => {
    const { incidents, closed } = await closedIncident('2025-02-01T10:00:00Z');
    const now = new Date('2026-03-01T10:00:00Z');
    expect((await keepIncident(incidents, summaryOf(closed))).ok).toBe(true);
    expect(await listIncidents(incidents, now, rows)).toMatchObject({ closedCount: 1, closed: [{ id: closed.id, keep: true }] }); // kept: not deleted

    const { incidents: other, closed: expired } = await closedIncident('2025-02-01T10:00:00Z');
    expect(await listIncidents(other, now, rows)).toMatchObject({ openCount: 0, closedCount: 0, closed: [], retention: [] });
    expect((await other.load(expired.id)).ok).toBe(false);

    expect(await deleteIncident(incidents, closed)).toEqual({ ok: true, message: home.deleteOne.done(closed.reference) });
    expect(await incidents.list()).toEqual([]);
  });

  it('deletes nothing for the 12-month rule until the practice folder has been checked', async () => {
    const { incidents, closed } = await closedIncident('2025-02-01T10:00:00Z');
    const now = new Date('2026-03-01T10:00:00Z');
    expect(await listIncidents(incidents, now, rows, false)).toMatchObject({ closedCount: 1, closed: [{ id: closed.id }] });
    expect((await incidents.load(closed.id)).ok).toBe(true);
    expect(await listIncidents(incidents, now, rows, true)).toMatchObject({ closedCount: 0 });
  });
});
