/**
 * Dates at mixed precision as day ranges: "2023" is 2023-01-01..2023-12-31, "2023-04" the month,
 * "2024-W27" its ISO week. Two dates are compatible when their ranges overlap (optionally with
 * some days of slack, for multi-day summits).
 */

import { memoise } from './memo.js';

/** An inclusive range of days, as UTC milliseconds of their midnights. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

const DAY = 86_400_000;

/** The day range a date string stands for, or null when it is not an ISO date/week. */
export const dayRange: (date: string) => DayRange | null = memoise(dayRangeOf);

function dayRangeOf(date: string): DayRange | null {
  let m = /^(\d{4})-W(\d{2})$/.exec(date);
  if (m) {
    const year = +m[1]!;
    const jan4 = Date.UTC(year, 0, 4);
    const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
    const from = jan4 - weekday * DAY + (+m[2]! - 1) * 7 * DAY;
    return { from, to: from + 6 * DAY };
  }
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.slice(0, 10));
  if (!m) return null;
  const y = +m[1]!;
  if (m[3]) {
    const d = Date.UTC(y, +m[2]! - 1, +m[3]!);
    return { from: d, to: d };
  }
  if (m[2]) return { from: Date.UTC(y, +m[2]! - 1, 1), to: Date.UTC(y, +m[2]!, 1) - DAY };
  return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) - DAY };
}

/** True when two dates can mean the same day (ranges overlap, with `slackDays` of tolerance). */
export function datesCompatible(a: string, b: string, slackDays = 0): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return a === b;
  return ra.from <= rb.to + slackDays * DAY && rb.from <= ra.to + slackDays * DAY;
}

/** True when every day `a` can mean is on or before every day `b` can mean. */
export function surelyNoLater(a: string, b: string): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra !== null && rb !== null && ra.to <= rb.from;
}

/** True when every day `a` can mean is strictly before every day `b` can mean. */
export function surelyBefore(a: string, b: string): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra !== null && rb !== null && ra.to < rb.from;
}

/** Days between two dates' starts (absolute), or null when either is not a date. */
export function daysApart(a: string, b: string): number | null {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra && rb ? Math.abs(ra.from - rb.from) / DAY : null;
}
