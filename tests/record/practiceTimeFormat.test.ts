import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDateTimeLocalValue,
  formatFileDate,
  formatFileStamp,
  formatLocalDate,
  formatLocalDateTime,
  formatLocalTime,
  formatUtcDateTime,
  timeSince,
} from '../../src/record/practiceTimeFormat';

const hour = 3_600_000;
const minute = 60_000;

describe('showing times', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = zone;
  });

  it('gives a date and time one way: day, month in words, year, 24-hour time and GMT or BST', () => {
    expect(formatLocalDateTime('2026-11-25T09:30:00Z')).toBe('25 November 2026, 09:30 GMT');
    expect(formatLocalDateTime('2026-07-01T08:30:00Z')).toBe('1 July 2026, 09:30 BST');
    // Just after midnight in BST is still the previous day in UTC.
    expect(formatLocalDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026, 00:30 BST');
    expect(formatLocalDateTime(new Date('2026-01-05T18:05:00Z'))).toBe('5 January 2026, 18:05 GMT');
  });

  it('reads a datetime-local answer as practice time before showing it', () => {
    expect(formatLocalDateTime('2026-07-01T09:30')).toBe('1 July 2026, 09:30 BST');
    expect(() => formatLocalDateTime('yesterday')).toThrow(/not a date and time/);
  });

  it('shows the date and the time alone on the practice clock', () => {
    expect(formatLocalTime('2026-11-25T09:30:00Z')).toBe('09:30');
    expect(formatLocalTime('2026-07-01T08:30:00Z')).toBe('09:30');
    expect(formatLocalDate('2026-07-01T23:30:00Z')).toBe('2 July 2026');
  });

  it.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('is the same with the PC set to %s', (pc) => {
    process.env['TZ'] = pc;
    expect(formatLocalDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026, 00:30 BST');
    expect(formatLocalDate('2026-11-25T23:30:00Z')).toBe('25 November 2026');
    expect(formatDateTimeLocalValue(new Date('2026-07-01T08:15:00Z'))).toBe('2026-07-01T09:15');
    expect(formatFileStamp(new Date('2026-07-01T23:05:09Z'))).toBe('2026-07-02-000509');
    expect(formatUtcDateTime('2026-07-01T23:05:09.500Z')).toBe('2026-07-01 23:05:09 UTC');
  });

  it('gives UTC with seconds, as the police and the sites log times', () => {
    expect(formatUtcDateTime('2026-11-25T09:47:12.345Z')).toBe('2026-11-25 09:47:12 UTC');
    expect(formatUtcDateTime('2026-07-01T10:47:12+01:00')).toBe('2026-07-01 09:47:12 UTC');
  });

  it('writes calendar dates as written, with no time zone, and refuses dates that do not exist', () => {
    expect(formatCalendarDate('2026-11-30')).toBe('30 November 2026');
    expect(formatCalendarDate('2024-02-29')).toBe('29 February 2024');
    expect(formatCalendarDate('2026-02-29')).toBeNull();
    expect(formatCalendarDate('2024')).toBeNull();
    expect(formatCalendarDate('30/11/2026')).toBeNull();
  });

  it('gives file names the practice date', () => {
    expect(formatFileDate(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(formatFileDate(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-25');
  });
});

describe('time since, in plain words', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const ago = (ms: number) => timeSince(new Date(now.getTime() - ms).toISOString(), now);

  it.each([
    [20_000, 'just now'],
    [minute, '1 minute ago'],
    [12 * minute, '12 minutes ago'],
    [59 * minute + 59_000, '59 minutes ago'],
    [hour, '1 hour ago'],
    [3 * hour + 20 * minute, '3 hours ago'],
    [24 * hour, '1 day ago'],
    [2 * 24 * hour + 5 * hour, '2 days ago'],
    [-5 * minute, 'in 5 minutes'],
  ])('%d ms ago reads "%s"', (ms, words) => {
    expect(ago(ms)).toBe(words);
  });
});
