import { describe, expect, it } from 'vitest';
import { anchorMonth, anchorMonthDay, anchorWeekday } from './anchor.js';
import { addMonths, formatDay, formatWeek, parseIsoDate, weekdayOf, type Ymd } from './calendar.js';

const d = (iso: string): Ymd => parseIsoDate(iso)!;

describe('calendar', () => {
  it.each([
    ['2024-07-04', '2024-W27'],
    ['2024-12-30', '2025-W01'], // Monday of the week holding 2 January
    ['2021-01-01', '2020-W53'], // Friday before the first Thursday
    ['2026-01-01', '2026-W01'],
    ['2024-02-29', '2024-W09'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(formatWeek(d(date))).toBe(week);
  });

  it('reads the date part of a date-time and rejects impossible dates', () => {
    expect(parseIsoDate('2024-07-04T23:30:00-05:00')).toEqual({ y: 2024, m: 7, d: 4 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('July 4')).toBeNull();
  });

  it('counts weekdays and months across year ends', () => {
    expect(weekdayOf(d('2024-07-04'))).toBe(4);
    expect(weekdayOf(d('1969-12-31'))).toBe(3);
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
    expect(addMonths(2024, 12, 1)).toEqual({ y: 2025, m: 1 });
    expect(addMonths(2024, 7, -18)).toEqual({ y: 2023, m: 1 });
  });
});

describe('anchoring to the publication date', () => {
  const thu = d('2024-07-04');
  it.each([
    [4, 'past', '2024-07-04'],
    [4, 'last', '2024-06-27'],
    [4, 'future', '2024-07-04'],
    [4, 'next', '2024-07-11'],
    [5, 'past', '2024-06-28'],
    [5, 'future', '2024-07-05'],
    [3, 'future', '2024-07-10'],
  ] as const)('weekday %i, %s → %s', (weekday, direction, expected) => {
    expect(formatDay(anchorWeekday(thu, weekday, direction))).toBe(expected);
  });

  it('finds the year of a month or a month-day', () => {
    expect(anchorMonth(thu, 7, 'past')).toBe(2024);
    expect(anchorMonth(thu, 7, 'last')).toBe(2023);
    expect(anchorMonth(thu, 8, 'past')).toBe(2023);
    expect(anchorMonth(thu, 3, 'future')).toBe(2025);
    expect(anchorMonthDay(thu, 7, 4, 'past')).toBe(2024);
    expect(anchorMonthDay(thu, 7, 4, 'next')).toBe(2025);
    expect(anchorMonthDay(d('2025-03-01'), 2, 29, 'past')).toBe(2024);
    expect(anchorMonthDay(thu, 2, 29, 'future')).toBe(2028);
    expect(anchorMonthDay(thu, 2, 30, 'past')).toBeNull();
  });
});
