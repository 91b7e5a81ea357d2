import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIso,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  halfBounds,
  isLeapYear,
  isValidDate,
  parseIso,
  quarterBounds,
  todayInVietnam,
  toIso,
  yearBounds,
} from './calendar.js';

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([2024, 2000, 1900, 2023].map(isLeapYear)).toEqual([true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 13)).toBe(0);
  });

  it('rejects impossible days instead of rolling them over', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2025, 2, 30)).toBe(false);
    expect(isValidDate(2025, 4, 31)).toBe(false);
    expect(isValidDate(2025, 0, 1)).toBe(false);
    expect(isValidDate(2025, 1, 0)).toBe(false);
  });

  it('reads and writes YYYY-MM-DD', () => {
    expect(toIso(2025, 7, 1)).toBe('2025-07-01');
    expect(parseIso('2025-11-24')).toEqual({ year: 2025, month: 11, day: 24 });
    for (const bad of ['2025-02-30', '2025-1-01', '20251124', '2025-11-24T00:00', '', 'abcd-ef-gh']) {
      expect(parseIso(bad)).toBeNull();
    }
    expect(compareIso('2024-12-22', '2025-01-13')).toBeLessThan(0);
    expect(compareIso('2025-01-13', '2025-01-13')).toBe(0);
  });

  it('counts days with integers only', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
    expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
    for (const n of [-800000, -1, 59, 10957, 20000, 2932896]) {
      const d = fromDayNumber(n);
      expect(dayNumber(d.year, d.month, d.day)).toBe(n);
    }
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('gives quarter, half and year bounds', () => {
    expect(quarterBounds(2025, 3)).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterBounds(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(halfBounds(2023, 1)).toEqual({ start: '2023-01-01', end: '2023-06-30' });
    expect(halfBounds(2023, 2)).toEqual({ start: '2023-07-01', end: '2023-12-31' });
    expect(yearBounds(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it("gives today's date in Vietnam whatever the instant's UTC day", () => {
    expect(todayInVietnam(new Date('2025-11-23T20:00:00Z'))).toBe('2025-11-24');
    expect(todayInVietnam(new Date('2025-11-24T16:59:59Z'))).toBe('2025-11-24');
    expect(todayInVietnam(new Date('2025-11-24T17:00:00Z'))).toBe('2025-11-25');
  });
});
