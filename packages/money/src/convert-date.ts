import { parseIso } from '@vnsti/calendar';
import { MoneyError } from './errors.js';

/**
 * What {@link conversionDate} reads from a record: its own date or period, and its sources' dates.
 *
 * @example
 * ```ts
 * const input: ConversionDateInput = { period: event.date, published: ['2025-08-21'] };
 * ```
 */
export interface ConversionDateInput {
  /**
   * The record's own date or period: an event's `date`, a metric's `period` (a `DateValue` of
   * `@vnsti/schema`; `precision: 'year'` marks a whole calendar year).
   */
  period?: { start: string; end: string; precision?: string | undefined } | undefined;
  /** Publication dates (`YYYY-MM-DD`) of the sources that cite the record. */
  published?: readonly string[] | undefined;
}

/**
 * The day (or year) an amount converts on, and which part of the record gave it.
 *
 * @example
 * ```ts
 * const when: ConversionDate = { on: '2025-07-03', from: 'record-date' };
 * convertMoney(outcome.money, 'VND', { on: when.on });
 * ```
 */
export interface ConversionDate {
  /** `YYYY-MM-DD`, or `YYYY` for a whole year: pass it as `convertMoney(…, { on })`. */
  on: string;
  /**
   * - `'record-date'`: the record's own date (a day) or the last day of its period;
   * - `'whole-year'`: the record covers one calendar year, already over when the source wrote:
   *   the year's annual average applies (else its year-end rate);
   * - `'published-date'`: the record has no date, or its period ends after its source was
   *   published (a forecast or a target is stated in the money of the day it was written).
   */
  from: 'record-date' | 'whole-year' | 'published-date';
}

function checkDay(value: unknown, name: string): string {
  if (typeof value !== 'string' || parseIso(value) === null) {
    throw new MoneyError(
      `conversionDate: ${name} must be a calendar day YYYY-MM-DD, got ${String(value).slice(0, 40)}`,
    );
  }
  return value;
}

/**
 * Picks the day an amount converts on, by the project's rule (one rule for every dataset):
 * 1. a record with its own date or period converts on the period's last day (an event on its
 *    day, a metric of "9 tháng đầu năm" on 30 September);
 * 2. …unless that day comes after the earliest source's publication: a forecast or a target
 *    ("đến 2030") is stated in the money of the day it was written, so it converts on that day;
 * 3. a period that is exactly one calendar year, over by then, converts on the year's annual
 *    average (`on: 'YYYY'`);
 * 4. a record with no date converts on its earliest source's publication date.
 *
 * On the day chosen, {@link convertMoney} uses that day's rate or the last one of the
 * {@link MAX_RATE_AGE_DAYS} days before it.
 *
 * @param input - the record's period and its sources' publication dates
 * @returns the day or year, and which rule gave it; `null` when the record has neither
 * @throws {@link MoneyError} when a date is not a calendar day
 * @example
 * ```ts
 * conversionDate({ period: { start: '2025-11-24', end: '2025-11-24' }, published: ['2025-11-24'] })
 * // → { on: '2025-11-24', from: 'record-date' }
 * conversionDate({ period: { start: '2023-09-29', end: '2030-12-31' }, published: ['2023-09-29'] })
 * // → { on: '2023-09-29', from: 'published-date' }
 * conversionDate({ period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' }, published: ['2023-03-01'] })
 * // → { on: '2022', from: 'whole-year' }
 * conversionDate({ published: ['2025-11-25', '2025-11-24'] }) // → { on: '2025-11-24', from: 'published-date' }
 * ```
 */
export function conversionDate(input: ConversionDateInput): ConversionDate | null {
  const published = (input?.published ?? []).map((d, i) => checkDay(d, `published[${i}]`)).sort();
  const first = published[0];
  const period = input?.period;
  if (period !== undefined && period !== null) {
    const start = checkDay(period.start, 'period.start');
    const end = checkDay(period.end, 'period.end');
    if (end < start) throw new MoneyError(`conversionDate: period ends (${end}) before it starts (${start})`);
    if (first !== undefined && end > first) return { on: first, from: 'published-date' };
    const year = start.slice(0, 4);
    if (period.precision === 'year' && start === `${year}-01-01` && end === `${year}-12-31`) {
      return { on: year, from: 'whole-year' };
    }
    return { on: end, from: 'record-date' };
  }
  return first === undefined ? null : { on: first, from: 'published-date' };
}
