/**
 * Calendar arithmetic on plain dates (no time of day, no time zone). Everything goes through
 * day numbers counted in UTC so that daylight-saving changes and the host's zone never shift a
 * date, and nothing here reads the clock.
 */

/** A calendar date; `m` is 1–12. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;
const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})/;

/** Read the date part of an ISO date or date-time (`2024-07-04`, `2024-07-04T09:30:00Z`); null if invalid. */
export function parseIsoDate(value: string): Ymd | null {
  const m = ISO_PREFIX.exec(value);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** Whether year/month/day name a real date (rejects 31 June, 29 February of common years). */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDayNumber(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

/** The date of a day number. */
export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The date `n` days later (earlier when negative). */
export function addDays(date: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as in `Date#getDay`). */
export function weekdayOf(date: Ymd): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Year and month `n` months after (before, if negative) `y-m`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/**
 * The ISO 8601 week holding a date: weeks start on Monday and belong to the year of their
 * Thursday, so 2024-12-30 is in 2025-W01 and 2021-01-01 in 2020-W53.
 */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const day = toDayNumber(date);
  const isoWeekday = ((weekdayOf(date) + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = fromDayNumber(day - isoWeekday + 4);
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-07-04`. */
export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** `2024-07`. */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `2024-W26`, the ISO week of a date (TIMEX3 style). */
export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** `2024`. */
export function formatYear(y: number): string {
  return pad(y, 4);
}
