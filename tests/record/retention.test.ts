import { describe, expect, it } from 'vitest';
import {
  deletionDueAt,
  dueForDeletion,
  dueSoon,
  retentionRule,
  retentionStart,
  retentionStartedBy,
  type RetentionFields,
} from '../../src/record/retention';

type Row = RetentionFields & { id: string };

function closed(id: string, closedAt: string, extra: Partial<Row> = {}): Row {
  return { id, status: 'closed', closedAt, updatedAt: closedAt, keep: false, ...extra };
}

function open(id: string, updatedAt: string): Row {
  return { id, status: 'open', updatedAt, keep: false };
}

const ids = (rows: readonly Row[]) => rows.map((row) => row.id);

describe('the retention rule', () => {
  it('is stated once, as data', () => {
    expect(retentionRule.closedKeptForMonths).toBe(12);
    expect(retentionRule.summary).toMatch(/12 months/);
  });

  it('deletes a closed incident 12 calendar months after it was closed', () => {
    expect(deletionDueAt(closed('a', '2026-03-10T14:00:00.000Z'))?.toISOString()).toBe('2027-03-10T14:00:00.000Z');
    // Closed in BST, due in BST: the same wall-clock time a year on.
    expect(deletionDueAt(closed('b', '2026-07-01T08:30:00.000Z'))?.toISOString()).toBe('2027-07-01T08:30:00.000Z');
    // 29 February has no anniversary: the day before stands in.
    expect(deletionDueAt(closed('c', '2028-02-29T10:00:00.000Z'))?.toISOString()).toBe('2029-02-28T10:00:00.000Z');
  });

  it('never deletes open incidents, or closed ones marked to keep', () => {
    expect(deletionDueAt(open('a', '2020-01-01T00:00:00.000Z'))).toBeNull();
    expect(deletionDueAt(closed('b', '2020-01-01T00:00:00.000Z', { keep: true }))).toBeNull();
  });

  it('falls back to the last change for a closed incident with no closing time', () => {
    const row: Row = { id: 'a', status: 'closed', updatedAt: '2026-05-05T09:00:00.000Z', keep: false };
    expect(deletionDueAt(row)?.toISOString()).toBe('2027-05-05T09:00:00.000Z');
  });
});

describe('which incidents are due', () => {
  const now = new Date('2027-03-10T14:00:00.000Z');
  const rows: Row[] = [
    closed('exactlyAYear', '2026-03-10T14:00:00.000Z'),
    closed('longAgo', '2025-01-01T09:00:00.000Z'),
    closed('kept', '2025-01-01T09:00:00.000Z', { keep: true }),
    open('stillOpen', '2024-01-01T09:00:00.000Z'),
    closed('aMinuteShort', '2026-03-10T14:01:00.000Z'),
    closed('inTwentyDays', '2026-03-30T14:00:00.000Z'),
    closed('inThirtyDays', '2026-04-09T14:00:00.000Z'),
    closed('inThirtyOneDays', '2026-04-10T14:00:00.000Z'),
    closed('recent', '2027-01-01T09:00:00.000Z'),
  ];

  it('lists those past their date, and nothing else', () => {
    expect(ids(dueForDeletion(rows, now))).toEqual(['exactlyAYear', 'longAgo']);
  });

  it('reminds about those due within 30 days (not those already due), soonest first', () => {
    expect(dueSoon([...rows].reverse(), now).map((r) => r.record.id)).toEqual(['aMinuteShort', 'inTwentyDays', 'inThirtyDays']);
    expect(dueSoon(rows, now)).toEqual([
      { record: rows[4], deleteOn: '2027-03-10T14:01:00.000Z' },
      { record: rows[5], deleteOn: '2027-03-30T14:00:00.000Z' },
      { record: rows[6], deleteOn: '2027-04-09T14:00:00.000Z' },
    ]);
    expect(dueSoon(rows, now, 7).map((r) => r.record.id)).toEqual(['aMinuteShort']);
  });

  it('keeps the records it is given, unchanged, and does not change its input', () => {
    const copy = structuredClone(rows);
    const [first] = dueForDeletion(rows, now);
    expect(first).toBe(rows[0]);
    expect(rows).toEqual(copy);
  });
});

describe('the bound the list reads retention candidates up to (retentionStartedBy)', () => {
  const hour = 3_600_000;
  // Around a leap day, both clock changes, month ends and a year end.
  const nows = [
    '2029-02-28T23:30:00.000Z',
    '2028-03-01T00:30:00.000Z',
    '2027-03-28T00:30:00.000Z',
    '2026-10-25T01:30:00.000Z',
    '2026-12-31T23:59:00.000Z',
    '2027-05-31T12:00:00.000Z',
  ];

  it.each(nows)('takes in every incident due by 30 days after %s, and only a few days more', (at) => {
    const now = new Date(at);
    const bound = retentionStartedBy(now);
    const horizon = now.getTime() + retentionRule.reminderDays * 24 * hour;
    let latestMissed = -Infinity;
    // Closings every 7 hours across the two years before `now`.
    for (let t = now.getTime() - 2 * 366 * 24 * hour; t <= now.getTime(); t += 7 * hour) {
      const row: RetentionFields = {
        status: 'closed',
        closedAt: new Date(t).toISOString(),
        updatedAt: new Date(t).toISOString(),
        keep: false,
      };
      const due = deletionDueAt(row)!.getTime();
      const start = retentionStart(row)!;
      if (due <= horizon) expect(start <= bound).toBe(true);
      else if (start <= bound) latestMissed = Math.max(latestMissed, due - horizon);
    }
    // Those taken in without need are due at most three days after the reminder window.
    expect(latestMissed).toBeLessThanOrEqual(3 * 24 * hour);
  });

  it('gives no retention start for open or kept incidents, and the closing time in UTC otherwise', () => {
    expect(retentionStart({ status: 'open', updatedAt: '2026-01-01T00:00:00.000Z', keep: false })).toBeNull();
    expect(
      retentionStart({ status: 'closed', closedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', keep: true }),
    ).toBeNull();
    expect(
      retentionStart({ status: 'closed', closedAt: '2026-06-01T10:00:00+01:00', updatedAt: '2026-06-02T00:00:00.000Z', keep: false }),
    ).toBe('2026-06-01T09:00:00.000Z');
  });
});
