import { addDays, isValidDate, toDayNumber, weekdayOf, type Ymd } from './calendar.js';

/**
 * Where a date lies relative to the publication date:
 * `past` on or before it, `future` on or after it, `last` strictly before, `next` strictly after.
 * "on Thursday" in a Thursday article is that day (`past`); "last Thursday" is a week earlier.
 */
export type Direction = 'past' | 'future' | 'last' | 'next';

/** The weekday (0 = Sunday) nearest the publication date in the given direction. */
export function anchorWeekday(pub: Ymd, weekday: number, direction: Direction): Ymd {
  const delta = weekday - weekdayOf(pub);
  switch (direction) {
    case 'past':
      return addDays(pub, delta <= 0 ? delta : delta - 7);
    case 'last':
      return addDays(pub, delta < 0 ? delta : delta - 7);
    case 'future':
      return addDays(pub, delta >= 0 ? delta : delta + 7);
    case 'next':
      return addDays(pub, delta > 0 ? delta : delta + 7);
  }
}

/** The year of the month (1–12) nearest the publication date in the given direction. */
export function anchorMonth(pub: Ymd, month: number, direction: Direction): number {
  switch (direction) {
    case 'past':
      return month <= pub.m ? pub.y : pub.y - 1;
    case 'last':
      return month < pub.m ? pub.y : pub.y - 1;
    case 'future':
      return month >= pub.m ? pub.y : pub.y + 1;
    case 'next':
      return month > pub.m ? pub.y : pub.y + 1;
  }
}

/**
 * The year of a month and day nearest the publication date in the given direction; null when
 * no year nearby has that day (a 30 February).
 */
export function anchorMonthDay(pub: Ymd, month: number, day: number, direction: Direction): number | null {
  const back = direction === 'past' || direction === 'last';
  const pubDay = toDayNumber(pub);
  // 29 February recurs every four years, so look up to eight years away.
  for (let k = 0; k <= 8; k++) {
    const y = back ? pub.y - k : pub.y + k;
    if (!isValidDate(y, month, day)) continue;
    const n = toDayNumber({ y, m: month, d: day });
    const ok = direction === 'past' ? n <= pubDay : direction === 'last' ? n < pubDay : direction === 'future' ? n >= pubDay : n > pubDay;
    if (ok) return y;
  }
  return null;
}

/**
 * The year, within a year of publication, in which a month and day falls on the given weekday
 * ("Friday, March 22" fixes the year); the nearest such year, or null if none fits.
 */
export function yearFromWeekday(pub: Ymd, month: number, day: number, weekday: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [pub.y, pub.y - 1, pub.y + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const date = { y, m: month, d: day };
    if (weekdayOf(date) !== weekday) continue;
    const distance = Math.abs(toDayNumber(date) - toDayNumber(pub));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}
