/**
 * Pure calendar arithmetic on year/month/day integers (proleptic Gregorian). No JavaScript `Date`
 * is used here, so no time zone can ever shift a day.
 *
 * @packageDocumentation
 */

/** A calendar day as three integers; `month` is 1–12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Number of days in a month of a year.
 *
 * @param year - Any integer year.
 * @param month - 1–12.
 * @returns 28–31, or 0 when `month` is not 1–12.
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2025, 4); // 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/**
 * Whether year/month/day name a real calendar day (years 1–9999). Nothing is rolled over:
 * 30 February and 31 April are simply invalid.
 *
 * @example
 * ```ts
 * isValidDate(2024, 2, 29); // true
 * isValidDate(2023, 2, 29); // false
 * isValidDate(2025, 4, 31); // false
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Whether a day/month pair exists in some year (29 February counts; 30 February does not).
 *
 * @param month - 1–12.
 * @param day - 1–31.
 * @example
 * ```ts
 * isValidDayMonth(2, 29); // true
 * isValidDayMonth(2, 30); // false
 * ```
 */
export function isValidDayMonth(month: number, day: number): boolean {
  return isValidDate(2000, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Formats a day as ISO 8601 `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * toIso(2025, 7, 1); // '2025-07-01'
 * ```
 */
export function toIso(year: number, month: number, day: number): string {
  const y = year >= 1000 ? String(year) : pad(year, 4);
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Reads a strict `YYYY-MM-DD` string into integers.
 *
 * @returns The day, or `null` when the string is not exactly that shape or not a real day.
 * @example
 * ```ts
 * parseIso('2025-11-24'); // { year: 2025, month: 11, day: 24 }
 * parseIso('2025-02-30'); // null
 * ```
 */
export function parseIso(iso: string): Ymd | null {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isValidDate(year, month, day) ? { year, month, day } : null;
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Compares two `YYYY-MM-DD` strings (four-digit years sort as text).
 *
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * compareIso('2024-12-22', '2025-01-13') < 0; // true
 * ```
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm, pure integer arithmetic).
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 1); // 0
 * dayNumber(2000, 3, 1); // 11017
 * ```
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (inverse of {@link dayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(0); // { year: 1970, month: 1, day: 1 }
 * ```
 */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` string: subtract two to count the days between them.
 *
 * @throws RangeError when `iso` is not a real calendar day `YYYY-MM-DD`.
 * @example
 * ```ts
 * isoDayNumber('1970-01-02'); // 1
 * isoDayNumber('2025-03-01') - isoDayNumber('2025-02-28'); // 1
 * ```
 */
export function isoDayNumber(iso: string): number {
  const d = parseIso(iso);
  if (!d) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(String(iso).slice(0, 40))}`);
  return dayNumber(d.year, d.month, d.day);
}

/**
 * Adds a number of days to a `YYYY-MM-DD` string.
 *
 * @throws RangeError when `iso` is not a real calendar day `YYYY-MM-DD`.
 * @example
 * ```ts
 * addDays('2024-12-31', 1); // '2025-01-01'
 * addDays('2024-03-01', -1); // '2024-02-29'
 * ```
 */
export function addDays(iso: string, days: number): string {
  const r = fromDayNumber(isoDayNumber(iso) + days);
  return toIso(r.year, r.month, r.day);
}

/**
 * First and last day of a run of whole months (`fromMonth`..`toMonth`, 1–12) within one year.
 *
 * @example
 * ```ts
 * monthRange(2024, 1, 2); // { start: '2024-01-01', end: '2024-02-29' }
 * ```
 */
export function monthRange(year: number, fromMonth: number, toMonth: number): { start: string; end: string } {
  return { start: toIso(year, fromMonth, 1), end: toIso(year, toMonth, daysInMonth(year, toMonth)) };
}

/**
 * First and last day of a quarter.
 *
 * @param quarter - 1–4.
 * @example
 * ```ts
 * quarterBounds(2025, 3); // { start: '2025-07-01', end: '2025-09-30' }
 * ```
 */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  return monthRange(year, quarter * 3 - 2, quarter * 3);
}

/**
 * First and last day of a half-year.
 *
 * @param half - 1 (January–June) or 2 (July–December).
 * @example
 * ```ts
 * halfBounds(2023, 1); // { start: '2023-01-01', end: '2023-06-30' }
 * ```
 */
export function halfBounds(year: number, half: number): { start: string; end: string } {
  return monthRange(year, half * 6 - 5, half * 6);
}

/**
 * First and last day of a year.
 *
 * @example
 * ```ts
 * yearBounds(2025); // { start: '2025-01-01', end: '2025-12-31' }
 * ```
 */
export function yearBounds(year: number): { start: string; end: string } {
  return { start: toIso(year, 1, 1), end: toIso(year, 12, 31) };
}
