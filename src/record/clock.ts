/**
 * Reading practice time, and the deadlines worked out from it: always from stored timestamps and
 * `now`, never from timers kept in the statechart, so they are right after a reload, a sleep or a
 * crash. Showing times is `practiceTimeFormat.ts`.
 *
 * Everything is in Europe/London time whatever the computer's own zone says: the practice is in the
 * UK, and a locum's laptop set to another zone must not move the reply-by time. Wall-clock times go
 * through @date-fns/tz (`TZDateMini`), which reads the browser's time zone data, so the BST/GMT changes
 * are handled there rather than by adding hours.
 */
import { TZDateMini, type TZDate } from '@date-fns/tz';

export const practiceTimeZone = 'Europe/London';

const hourMs = 3_600_000;

/** A wall-clock time at the practice, with ISO weekday (1 = Monday .. 7 = Sunday). */
export interface LondonTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

/** The instant as the practice's clock shows it; the getters of a TZDateMini read London time. */
export function inPracticeTime(date: Date | number): TZDate {
  return new TZDateMini(typeof date === 'number' ? date : date.getTime(), practiceTimeZone);
}

export function londonTime(date: Date): LondonTime {
  const t = inPracticeTime(date);
  const sundayIsZero = t.getDay();
  return {
    year: t.getFullYear(),
    month: t.getMonth() + 1,
    day: t.getDate(),
    hour: t.getHours(),
    minute: t.getMinutes(),
    second: t.getSeconds(),
    weekday: sundayIsZero === 0 ? 7 : sundayIsZero,
  };
}

function isoWeekday(year: number, month: number, day: number): number {
  const sundayIsZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

function sameWallClock(a: TZDate, b: TZDate): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate() &&
    a.getHours() === b.getHours() &&
    a.getMinutes() === b.getMinutes()
  );
}

/**
 * The instant at which London's clocks show this date and time. Day and minute may overflow
 * (day 32, minute 1440) and are carried like Date.UTC does. A time skipped when the clocks go
 * forward resolves to the hour after; a time that happens twice resolves to the first.
 */
export function fromLondonWallClock(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const built = new TZDateMini(year, month - 1, day, hour, minute, practiceTimeZone);
  // TZDateMini picks between the two 01:30s of the night the clocks go back by the computer's own
  // zone; the practice's answer must not depend on the PC, so take the first one always.
  const hourEarlier = inPracticeTime(built.getTime() - hourMs);
  return new Date(sameWallClock(hourEarlier, built) ? hourEarlier.getTime() : built.getTime());
}

/** `datetime-local` form value, as the "When did you find it?" answer stores it: 2026-11-25T09:30. */
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * A time given either as a full ISO timestamp (with Z or an offset) or as a London wall-clock
 * `datetime-local` value; null if it is neither. `formatDateTimeLocalValue` writes the second form.
 */
export function parsePracticeTime(value: string): Date | null {
  const local = localDateTime.exec(value);
  if (local !== null) {
    const [, y, mo, d, h, mi] = local.map(Number) as [number, number, number, number, number, number];
    if (h > 23 || mi > 59) return null;
    const date = fromLondonWallClock(y, mo, d, h, mi);
    // The constructor would quietly carry 31 February into March.
    const shown = londonTime(date);
    return shown.year === y && shown.month === mo && shown.day === d ? date : null;
  }
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Like parsePracticeTime, for a time the record promises is valid: a bad one throws. */
export function requirePracticeTime(value: string, what = 'The time'): Date {
  const date = parsePracticeTime(value);
  if (date === null) throw new RangeError(`${what} is not a date and time: "${value}"`);
  return date;
}

export interface WorkingHours {
  /** 'HH:MM', London time. */
  readonly start: string;
  /** 'HH:MM', London time; '24:00' means the end of the day. */
  readonly end: string;
  /** ISO weekdays: 1 = Monday .. 7 = Sunday. */
  readonly days: readonly number[];
}

export const defaultWorkingHours: WorkingHours = { start: '08:00', end: '18:30', days: [1, 2, 3, 4, 5] };

function minutesOf(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2]);
  if (!(minutes >= 0 && minutes <= 24 * 60)) throw new RangeError(`Working hours need HH:MM times, not "${hhmm}"`);
  return minutes;
}

interface Period {
  readonly from: number;
  readonly to: number;
}

/**
 * Working periods (as instants) day by day from the London date of `from`. Each day's opening and
 * closing times are built from that day's own date, so a clock change over a weekend or overnight
 * never shifts them by an hour.
 */
function* workingPeriods(from: Date, hours: WorkingHours): Generator<Period> {
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  const start = londonTime(from);
  for (let offset = 0; ; offset += 1) {
    const day = new Date(Date.UTC(start.year, start.month - 1, start.day + offset));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (!hours.days.includes(isoWeekday(y, m, d)) || close <= open) {
      // A closed day is an empty period at its midnight, so callers still see the days go by.
      const midnight = fromLondonWallClock(y, m, d).getTime();
      yield { from: midnight, to: midnight };
      continue;
    }
    yield {
      from: fromLondonWallClock(y, m, d, 0, open).getTime(),
      to: fromLondonWallClock(y, m, d, 0, close).getTime(),
    };
  }
}

/** Enough to cross any run of closed days. Bank holidays are not modelled: they count as working days. */
const maxDaysScanned = 3660;

/** Working time between two instants: how much of [from, to) falls inside working hours. */
export function workingTimeBetween(from: Date, to: Date, hours: WorkingHours = defaultWorkingHours): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  let scanned = 0;
  for (const period of workingPeriods(from, hours)) {
    if (scanned++ > maxDaysScanned) break;
    if (period.from >= to.getTime()) break;
    total += Math.max(0, Math.min(period.to, to.getTime()) - Math.max(period.from, from.getTime()));
  }
  return total;
}

/** The instant when `amountMs` of working time has passed since `from`. */
export function addWorkingTime(from: Date, amountMs: number, hours: WorkingHours = defaultWorkingHours): Date {
  if (!hours.days.some((d) => d >= 1 && d <= 7) || minutesOf(hours.end) <= minutesOf(hours.start)) {
    throw new RangeError('Working hours need at least one working day with an end after its start');
  }
  let left = amountMs;
  let scanned = 0;
  for (const period of workingPeriods(from, hours)) {
    if (scanned++ > maxDaysScanned) break;
    const begin = Math.max(period.from, from.getTime());
    const available = period.to - begin;
    if (available <= 0) continue;
    if (left <= available) return new Date(begin + left);
    left -= available;
  }
  throw new RangeError('No working time found within ten years');
}

function isWorkingTime(at: Date, hours: WorkingHours): boolean {
  const t = londonTime(at);
  const minutes = t.hour * 60 + t.minute;
  return hours.days.includes(t.weekday) && minutes >= minutesOf(hours.start) && minutes < minutesOf(hours.end);
}

export interface ReplyByDeadline {
  readonly due: Date;
  /** Working time left until `due`; negative (working time since `due`) once it has passed. */
  readonly remainingMs: number;
  /** The clock is not running now because it is outside working hours. */
  readonly paused: boolean;
}

/**
 * The suggested time to have replied by: `hours` of working time after the post was found. It
 * pauses outside working hours, because nobody should feel they must answer from home at night.
 */
export function replyByDeadline({
  foundAt,
  now,
  hours = 4,
  workingHours = defaultWorkingHours,
}: {
  foundAt: string;
  now: Date;
  hours?: number;
  workingHours?: WorkingHours;
}): ReplyByDeadline {
  const found = requirePracticeTime(foundAt, 'When the post was found');
  const due = addWorkingTime(found, hours * hourMs, workingHours);
  const remainingMs =
    now.getTime() <= due.getTime()
      ? workingTimeBetween(now.getTime() < found.getTime() ? found : now, due, workingHours)
      : -workingTimeBetween(due, now, workingHours);
  return { due, remainingMs, paused: !isWorkingTime(now, workingHours) };
}

/**
 * Report Harmful Content helps only once the site's own reporting has been tried, and may step in
 * if the site has refused or not answered after about a week (content brief, corrections 2026-11-30).
 */
export const platformReportWaitDays = 7;

/**
 * When to follow up a report to a site: a week later, at the same time on the practice's clock
 * (so a BST/GMT change in between does not shift it by an hour), weekends included.
 */
export function platformReportFollowUp(reportedAt: string, now: Date): { due: Date; overdue: boolean; remainingMs: number } {
  const reported = requirePracticeTime(reportedAt, 'When it was reported');
  const t = londonTime(reported);
  const due = fromLondonWallClock(t.year, t.month, t.day + platformReportWaitDays, t.hour, t.minute);
  const remainingMs = due.getTime() - now.getTime();
  return { due, overdue: remainingMs <= 0, remainingMs };
}
