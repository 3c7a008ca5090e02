/**
 * Every date and time the app shows or writes, in one place, so the note, the print view and the
 * screens all say a time the same way: "25 November 2026, 09:30 GMT" on the practice's clock.
 * Reading times is `clock.ts`.
 *
 * Built from @date-fns/tz's London getters and date-fns `lightFormat` rather than date-fns `format`
 * or Intl: `format` brings the whole en-US locale into the first download (about 5 KB gzip), and
 * ICU versions differ on joiners and zone names ("GMT+1" for BST in en-US).
 */
import { TZDateMini, type TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';
import { inPracticeTime, requirePracticeTime } from './clock';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function practiceClock(value: string | Date): TZDate {
  return inPracticeTime(typeof value === 'string' ? requirePracticeTime(value) : value);
}

function dayMonthYear(t: Date): string {
  return `${t.getDate()} ${monthNames[t.getMonth()] ?? ''} ${t.getFullYear()}`;
}

/** "GMT" or "BST": which clock the practice was on, so 01:30 on the night the clocks go back is never ambiguous. */
function zoneName(t: TZDate): string {
  return t.getTimezoneOffset() === 0 ? 'GMT' : 'BST';
}

/** "09:30", London time: a time beside a date already given, or today's. */
export function formatLocalTime(value: string | Date): string {
  return lightFormat(practiceClock(value), 'HH:mm');
}

/** "25 November 2026", London's date at that instant. */
export function formatLocalDate(value: string | Date): string {
  return dayMonthYear(practiceClock(value));
}

/** "25 November 2026, 09:30 GMT" (or BST): the one form for a date and time, in the note and on screen. */
export function formatLocalDateTime(value: string | Date): string {
  const t = practiceClock(value);
  return `${dayMonthYear(t)}, ${lightFormat(t, 'HH:mm')} ${zoneName(t)}`;
}

/** "2026-11-25 09:47:12 UTC": a capture time as the police and the sites log times, beside the UK time. */
export function formatUtcDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? requirePracticeTime(value) : value;
  return `${lightFormat(new TZDateMini(date.getTime(), 'UTC'), 'yyyy-MM-dd HH:mm:ss')} UTC`;
}

/**
 * "30 November 2026" for a calendar date written 2026-11-30 (a due date, a source's date): no time
 * zone applies, so it is read as written. Null if it is not a real date in that form.
 */
export function formatCalendarDate(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return `${day} ${monthNames[month - 1] ?? ''} ${year}`;
}

/** "3 Dec" for a calendar date written 2026-12-03: the checklist's due column. Null if it is not a real date. */
export function formatShortCalendarDate(date: string): string | null {
  const full = formatCalendarDate(date);
  if (full === null) return null;
  const [day, month] = full.split(' ');
  return `${day} ${month?.slice(0, 3) ?? ''}`;
}

/**
 * The `datetime-local` form value for an instant, in practice time (2026-11-25T09:30), which
 * parsePracticeTime reads back: a locum's laptop set to another zone still records the practice's time.
 */
export function formatDateTimeLocalValue(date: Date): string {
  return lightFormat(inPracticeTime(date), "yyyy-MM-dd'T'HH:mm");
}

/** "2026-11-25": the practice's date, for file names that sort by date. */
export function formatFileDate(date: Date): string {
  return lightFormat(inPracticeTime(date), 'yyyy-MM-dd');
}

/** "2026-11-25-094712": the practice's date and time to the second, for names that must differ. */
export function formatFileStamp(date: Date): string {
  return lightFormat(inPracticeTime(date), 'yyyy-MM-dd-HHmmss');
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "12 minutes ago", "3 hours ago", "2 days ago"; "just now" for under a minute. */
export function timeSince(iso: string, now: Date): string {
  const then = requirePracticeTime(iso);
  const elapsed = now.getTime() - then.getTime();
  const size = Math.abs(elapsed);
  let amount: string;
  if (size < 60_000) return 'just now';
  if (size < hourMs) amount = plural(Math.floor(size / 60_000), 'minute');
  else if (size < dayMs) amount = plural(Math.floor(size / hourMs), 'hour');
  else amount = plural(Math.floor(size / dayMs), 'day');
  // A time in the future means another device's clock is ahead; say so rather than hide it.
  return elapsed > 0 ? `${amount} ago` : `in ${amount}`;
}
