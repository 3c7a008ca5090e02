import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  defaultWorkingHours,
  fromLondonWallClock,
  parsePracticeTime,
  platformReportFollowUp,
  replyByDeadline,
  workingTimeBetween,
  type WorkingHours,
} from '../../src/record/clock';
import { formatDateTimeLocalValue, formatLocalDateTime, formatLocalTime } from '../../src/record/practiceTimeFormat';

const hour = 3_600_000;
const minute = 60_000;

/** A London wall-clock time, as the "When did you find it?" answer stores it. */
function london(local: string): Date {
  const date = parsePracticeTime(local);
  if (date === null) throw new Error(`bad test time ${local}`);
  return date;
}

function dueFor(foundLocal: string, workingHours?: WorkingHours) {
  const found = london(foundLocal).toISOString();
  return replyByDeadline({ foundAt: found, now: new Date(found), ...(workingHours ? { workingHours } : {}) });
}

const allDay: WorkingHours = { start: '00:00', end: '24:00', days: [1, 2, 3, 4, 5, 6, 7] };

describe('the test environment', () => {
  it('runs in London time, as vite.config.ts asks (the clock does not rely on it)', () => {
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-12-01T12:00:00Z').getTimezoneOffset()).toBe(0);
  });
});

describe('reading times', () => {
  it('reads a datetime-local answer as London wall-clock time', () => {
    expect(london('2026-11-25T09:30').toISOString()).toBe('2026-11-25T09:30:00.000Z');
    expect(london('2026-07-01T09:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(london('2026-07-01T09:30:15').toISOString()).toBe('2026-07-01T08:30:00.000Z');
  });

  it('takes the first of the two 01:30s when the clocks go back, and the hour after a skipped time', () => {
    expect(london('2026-10-25T01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(london('2026-03-29T01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(formatLocalTime(london('2026-03-29T01:30'))).toBe('02:30');
  });

  it('accepts full ISO timestamps and refuses anything else', () => {
    expect(parsePracticeTime('2026-11-25T09:30:00+01:00')?.toISOString()).toBe('2026-11-25T08:30:00.000Z');
    expect(parsePracticeTime('2026-02-31T09:00')).toBeNull();
    expect(parsePracticeTime('2026-11-25T25:00')).toBeNull();
    expect(parsePracticeTime('25/11/2026 09:30')).toBeNull();
    expect(parsePracticeTime('2026-11-25')).toBeNull();
    expect(() => replyByDeadline({ foundAt: 'yesterday', now: new Date() })).toThrow(/not a date and time/);
  });
});

describe('the nights the clocks change, whatever zone the computer is set to', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = zone;
  });

  // Sydney changes its clocks on other dates, in the other direction; New York changes a week later.
  const pcZones = ['Europe/London', 'UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

  it.each(pcZones)('last Sunday of March (clocks forward at 01:00): 01:30 does not exist and reads as 02:30 BST, PC in %s', (pc) => {
    process.env['TZ'] = pc;
    expect(london('2026-03-29T00:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(london('2026-03-29T01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(london('2026-03-29T02:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(formatLocalDateTime(london('2026-03-29T01:30'))).toBe('29 March 2026, 02:30 BST');
    expect(formatLocalDateTime('2026-03-29T00:59:00Z')).toBe('29 March 2026, 00:59 GMT');
  });

  it.each(pcZones)('last Sunday of October (clocks back at 02:00): 01:30 happens twice, the first is taken, PC in %s', (pc) => {
    process.env['TZ'] = pc;
    expect(london('2026-10-25T01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromLondonWallClock(2026, 10, 25, 1, 0).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(london('2026-10-25T02:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    // Both 01:30s, told apart by the zone.
    expect(formatLocalDateTime('2026-10-25T00:30:00Z')).toBe('25 October 2026, 01:30 BST');
    expect(formatLocalDateTime('2026-10-25T01:30:00Z')).toBe('25 October 2026, 01:30 GMT');
  });

  it.each(pcZones)('round-trips a datetime-local value through the form either side of each change, PC in %s', (pc) => {
    process.env['TZ'] = pc;
    for (const value of [
      '2026-03-29T00:30',
      '2026-03-29T03:15',
      '2026-10-25T00:45',
      '2026-10-25T01:30',
      '2026-10-25T02:30',
      '2026-12-31T23:59',
    ]) {
      expect(formatDateTimeLocalValue(london(value))).toBe(value);
    }
    // The skipped half hour comes back as the time the clocks then showed.
    expect(formatDateTimeLocalValue(london('2026-03-29T01:30'))).toBe('2026-03-29T02:30');
  });

  it('round-trips every minute of 2026 to 2027 through the form value, except the skipped hour (property)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z') / minute;
    const end = Date.parse('2027-12-31T23:59:00Z') / minute;
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (minutes) => {
        const instant = new Date(minutes * minute);
        const back = london(formatDateTimeLocalValue(instant));
        // The second of the two 01:30s reads back as the first: an hour earlier, never anything else.
        expect([0, hour]).toContain(instant.getTime() - back.getTime());
        expect(formatDateTimeLocalValue(back)).toBe(formatDateTimeLocalValue(instant));
      }),
      { numRuns: 500 },
    );
  });
});

describe('reply-by time: four working hours after the post was found', () => {
  it('found 09:00 on a Monday: due 13:00 the same day', () => {
    const { due } = dueFor('2026-11-23T09:00');
    expect(formatLocalDateTime(due)).toBe('23 November 2026, 13:00 GMT');
  });

  it('found 17:00 on a Monday: pauses overnight at 18:30, due 10:30 on Tuesday', () => {
    const { due } = dueFor('2026-11-23T17:00');
    expect(formatLocalDateTime(due)).toBe('24 November 2026, 10:30 GMT');
  });

  it('found on a Saturday: nothing counts until Monday 08:00, due Monday 12:00', () => {
    expect(formatLocalDateTime(dueFor('2026-11-28T10:00').due)).toBe('30 November 2026, 12:00 GMT');
    expect(formatLocalDateTime(dueFor('2026-11-29T23:59').due)).toBe('30 November 2026, 12:00 GMT');
  });

  it('found at the very end of the day: starts the next working morning', () => {
    expect(formatLocalDateTime(dueFor('2026-11-23T18:30').due)).toBe('24 November 2026, 12:00 GMT');
    expect(formatLocalDateTime(dueFor('2026-11-23T06:00').due)).toBe('23 November 2026, 12:00 GMT');
  });

  it('found on Friday 23 October 2026 (BST) with the clocks going back that Sunday: Monday in GMT', () => {
    // 16:00 BST: 2h30 on Friday, 1h30 from Monday 08:00 GMT.
    const { due } = dueFor('2026-10-23T16:00');
    expect(formatLocalDateTime(due)).toBe('26 October 2026, 09:30 GMT');
    expect(due.toISOString()).toBe('2026-10-26T09:30:00.000Z');
  });

  it('does not drift an hour by adding whole days across the change to GMT', () => {
    // Found Saturday in BST. Adding 48 hours to "Saturday 08:00 BST" would give Monday 07:00 GMT,
    // and a due time of 11:00: an hour early.
    const { due } = dueFor('2026-10-24T12:00');
    expect(formatLocalDateTime(due)).toBe('26 October 2026, 12:00 GMT');
    expect(due.toISOString()).toBe('2026-10-26T12:00:00.000Z');
  });

  it('does not drift an hour across the change to BST either', () => {
    // BST starts Sunday 29 March 2026: Monday 12:00 BST is 11:00 UTC.
    const { due } = dueFor('2026-03-28T12:00');
    expect(formatLocalDateTime(due)).toBe('30 March 2026, 12:00 BST');
    expect(due.toISOString()).toBe('2026-03-30T11:00:00.000Z');
  });

  it('counts real elapsed time inside working hours, so the repeated hour counts once each time', () => {
    // Round the clock: found 00:30 BST on the night the clocks go back. Four real hours later the
    // clock shows 03:30 GMT, not 04:30.
    const { due } = dueFor('2026-10-25T00:30', allDay);
    expect(due.getTime() - london('2026-10-25T00:30').getTime()).toBe(4 * hour);
    expect(formatLocalDateTime(due)).toBe('25 October 2026, 03:30 GMT');
  });

  it('uses London time whatever zone the computer is set to', () => {
    const original = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/New_York';
      // Node applies a changed TZ at once; this shows the test really is in another zone.
      expect(new Date('2026-10-23T15:00:00.000Z').getTimezoneOffset()).toBe(240);
      const { due } = replyByDeadline({ foundAt: '2026-10-23T15:00:00.000Z', now: new Date('2026-10-23T15:00:00.000Z') });
      expect(due.toISOString()).toBe('2026-10-26T09:30:00.000Z');
      expect(formatLocalTime(due)).toBe('09:30');
    } finally {
      process.env['TZ'] = original;
    }
  });

  it('reports working time left, paused outside working hours, and negative once overdue', () => {
    const foundAt = london('2026-11-23T17:00').toISOString();
    const at = (local: string) => replyByDeadline({ foundAt, now: london(local) });
    expect(at('2026-11-23T17:00')).toMatchObject({ remainingMs: 4 * hour, paused: false });
    expect(at('2026-11-23T18:00')).toMatchObject({ remainingMs: 3 * hour, paused: false });
    // Overnight the count stands still.
    expect(at('2026-11-23T21:00')).toMatchObject({ remainingMs: 2.5 * hour, paused: true });
    expect(at('2026-11-24T07:59')).toMatchObject({ remainingMs: 2.5 * hour, paused: true });
    expect(at('2026-11-24T09:00')).toMatchObject({ remainingMs: 1.5 * hour, paused: false });
    expect(at('2026-11-24T10:30').remainingMs).toBe(0);
    expect(at('2026-11-24T11:30')).toMatchObject({ remainingMs: -1 * hour, paused: false });
  });

  it('is worked out from the stored time alone, so a reload gives the same answer', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(london('2026-11-24T09:00'));
    const foundAt = london('2026-11-23T17:00').toISOString();
    const first = replyByDeadline({ foundAt, now: new Date() });
    const again = replyByDeadline({ foundAt, now: new Date() });
    expect(again).toEqual(first);
    expect(first.remainingMs).toBe(1.5 * hour);
  });

  it('honours other working hours and an other length', () => {
    const saturdayMornings: WorkingHours = { start: '09:00', end: '12:00', days: [6] };
    const found = london('2026-11-27T10:00').toISOString(); // a Friday
    const { due } = replyByDeadline({ foundAt: found, now: new Date(found), hours: 4, workingHours: saturdayMornings });
    expect(formatLocalDateTime(due)).toBe('5 December 2026, 10:00 GMT');
    expect(() =>
      replyByDeadline({ foundAt: found, now: new Date(found), workingHours: { start: '09:00', end: '09:00', days: [1] } }),
    ).toThrow(/working hours/i);
  });

  it('always lands after exactly the asked working time, on any date of the year (property)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const end = Date.parse('2027-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 40 }), (foundMs, hours) => {
        const foundAt = new Date(foundMs).toISOString();
        const { due } = replyByDeadline({ foundAt, now: new Date(foundMs), hours });
        expect(workingTimeBetween(new Date(foundMs), due, defaultWorkingHours)).toBe(hours * hour);
        // It lands inside working hours (or exactly at closing time).
        const shown = formatLocalTime(due);
        expect(shown >= '08:00' && shown <= '18:30').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('following up a report to a site', () => {
  it('is a week later at the same time on the practice clock, even across the clock change', () => {
    const reportedAt = london('2026-10-23T10:00').toISOString();
    const before = platformReportFollowUp(reportedAt, london('2026-10-30T09:59'));
    // The clocks went back in between, so a week on the wall clock is an hour more than 7 × 24 hours.
    expect(before.due.getTime() - Date.parse(reportedAt)).toBe(7 * 24 * hour + hour);
    expect(formatLocalDateTime(before.due)).toBe('30 October 2026, 10:00 GMT');
    expect(before).toMatchObject({ overdue: false, remainingMs: minute });
    const after = platformReportFollowUp(reportedAt, london('2026-10-30T12:00'));
    expect(after).toMatchObject({ overdue: true, remainingMs: -2 * hour });
  });

  it('is not due after only 48 hours', () => {
    const reportedAt = london('2026-11-25T09:30').toISOString();
    const twoDaysOn = platformReportFollowUp(reportedAt, london('2026-11-27T10:00'));
    expect(twoDaysOn.overdue).toBe(false);
    expect(formatLocalDateTime(twoDaysOn.due)).toBe('2 December 2026, 09:30 GMT');
  });
});

afterEach(() => {
  vi.useRealTimers();
});
