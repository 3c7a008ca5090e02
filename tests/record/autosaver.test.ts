import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/record/autosaver';
import { memoryRepository, RevisionConflictError } from '../../src/record/incidentStore';
import type { IncidentRecord } from '../../src/record/schema';

async function setUp() {
  const repository = memoryRepository();
  const record = await repository.create({ kind: 'live', now: new Date('2026-11-25T09:00:00Z') });
  const statuses: SaveStatus[] = [];
  const saver = { save: (r: IncidentRecord) => repository.save(r) };
  const autosaver = new Autosaver(
    saver,
    record,
    (s) => statuses.push(s),
    (e) => e instanceof RevisionConflictError,
  );
  return { repository, record, statuses, autosaver };
}

describe('Autosaver', () => {
  it('saves each change and keeps the revision in step', async () => {
    const { repository, record, autosaver, statuses } = await setUp();
    autosaver.change((r) => ({ ...r, answers: { danger: 'no' } }));
    autosaver.change((r) => ({ ...r, answers: { ...r.answers, risks: ['none'] } }));
    await autosaver.flush();
    const loaded = await repository.load(record.id);
    expect(loaded.ok && loaded.record.answers).toEqual({ danger: 'no', risks: ['none'] });
    expect(autosaver.current().revision).toBe(loaded.ok ? loaded.record.revision : -1);
    expect(statuses.at(-1)?.state).toBe('saved');
    expect(autosaver.hasUnsavedChanges()).toBe(false);
  });

  it('keeps the change in memory and says so when a write fails, then saves it with the next change', async () => {
    let fail = true;
    const repository = memoryRepository();
    const record = await repository.create({ kind: 'live', now: new Date('2026-11-25T09:00:00Z') });
    const statuses: SaveStatus[] = [];
    const flaky = { save: (r: IncidentRecord) => (fail ? Promise.reject(new Error('The disk is full.')) : repository.save(r)) };
    const autosaver = new Autosaver(
      flaky,
      record,
      (s) => statuses.push(s),
      (e) => e instanceof RevisionConflictError,
    );
    autosaver.change((r) => ({ ...r, answers: { danger: 'yes' } }));
    await autosaver.flush();
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'The disk is full.' });
    expect(autosaver.current().answers).toEqual({ danger: 'yes' });
    expect(autosaver.hasUnsavedChanges()).toBe(true);
    fail = false;
    autosaver.change((r) => ({ ...r, outcome: 'noted' }));
    await autosaver.flush();
    const loaded = await repository.load(record.id);
    expect(loaded.ok && loaded.record.answers).toEqual({ danger: 'yes' });
    expect(loaded.ok && loaded.record.outcome).toBe('noted');
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('stops on a conflict instead of overwriting the other tab', async () => {
    const { repository, record, autosaver, statuses } = await setUp();
    await repository.save({ ...record, outcome: 'saved by the other tab' });
    autosaver.change((r) => ({ ...r, answers: { danger: 'no' } }));
    await autosaver.flush();
    expect(statuses.at(-1)).toEqual({ state: 'conflict' });
    const loaded = await repository.load(record.id);
    expect(loaded.ok && loaded.record.outcome).toBe('saved by the other tab');
    expect(loaded.ok && loaded.record.answers).toEqual({});
  });
});
