import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIso,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  halfBounds,
  isLeapYear,
  isoDayNumber,
  isValidDate,
  isValidDayMonth,
  monthRange,
  parseIso,
  quarterBounds,
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
    expect(isValidDate(0, 1, 1)).toBe(false);
    expect(isValidDate(10000, 1, 1)).toBe(false);
    expect(isValidDate(2025, 1.5, 1)).toBe(false);
    expect(isValidDate(Number.NaN, 1, 1)).toBe(false);
    expect([isValidDayMonth(2, 29), isValidDayMonth(2, 30), isValidDayMonth(4, 31), isValidDayMonth(12, 31)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('agrees with the JavaScript Date in UTC on every day of 1899–2101', () => {
    // Date.UTC rolls 30 February over into March: a day is real exactly when it comes back unchanged.
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 32; day++) {
          const ms = Date.UTC(year, month - 1, day);
          const back = new Date(ms);
          const real = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
          expect(isValidDate(year, month, day)).toBe(real);
          if (real) expect(dayNumber(year, month, day)).toBe(ms / 86_400_000);
        }
      }
    }
  });

  it('reads and writes YYYY-MM-DD', () => {
    expect(toIso(2025, 7, 1)).toBe('2025-07-01');
    expect(parseIso('2025-11-24')).toEqual({ year: 2025, month: 11, day: 24 });
    for (const bad of [
      '2025-02-30',
      '2025-1-01',
      '20251124',
      '2025-11-24T00:00',
      '',
      'abcd-ef-gh',
      '0000-01-01',
      '２０２５-11-24',
      '2025/11/24',
      // signs, spaces and neighbours of the digits in the digit places
      '+025-11-24',
      '-025-11-24',
      ' 025-11-24',
      '2025-+1-24',
      '2025-11-2 ',
      '2025-1a-01',
      '2025-11-:4',
      '2025-11-/4',
    ]) {
      expect(parseIso(bad)).toBeNull();
    }
    expect(parseIso(20251124 as unknown as string)).toBeNull();
    expect(toIso(999, 1, 2)).toBe('0999-01-02');
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
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('2025-01-01') - isoDayNumber('2024-01-01')).toBe(366);
    expect(isoDayNumber('2025-03-01') - isoDayNumber('2025-02-28')).toBe(1);
    for (const bad of ['2025-02-29', '24/11/2025', '']) expect(() => isoDayNumber(bad)).toThrow(RangeError);
  });

  it('gives quarter, half and year bounds', () => {
    expect(quarterBounds(2025, 3)).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterBounds(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(halfBounds(2023, 1)).toEqual({ start: '2023-01-01', end: '2023-06-30' });
    expect(halfBounds(2023, 2)).toEqual({ start: '2023-07-01', end: '2023-12-31' });
    expect(yearBounds(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(monthRange(2024, 1, 2)).toEqual({ start: '2024-01-01', end: '2024-02-29' });
    expect(monthRange(2025, 1, 2)).toEqual({ start: '2025-01-01', end: '2025-02-28' });
  });
});
