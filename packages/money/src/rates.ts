import { isoDayNumber, parseIso } from '@vnsti/calendar';
import { MoneyConversionError } from './errors.js';
import { REFERENCE_RATES } from './rates.generated.js';

/**
 * One published reference exchange rate: `rate` units of `quote` per one unit of `base`, valid
 * from `start` to `end` (inclusive, `YYYY-MM-DD`), with the source that published it.
 */
export interface ReferenceRate {
  /** First day the rate applies to. */
  start: string;
  /** Last day the rate applies to (the same day for a daily rate). */
  end: string;
  /** `'annual-average-official'` (IMF yearly average) or `'daily-central-rate'` (SBV, one day). */
  kind: 'annual-average-official' | 'daily-central-rate';
  /** The currency priced, e.g. `'USD'`. */
  base: string;
  /** The currency it is priced in, e.g. `'VND'`. */
  quote: string;
  /** The rate as published, a plain decimal string (exact): `'23208.37'`. */
  rate: string;
  /** Who published it. */
  source: string;
  /** Where. */
  sourceUrl: string;
  /** Where on that page the figure stands (table row, paragraph). */
  locator: string;
}

export { REFERENCE_RATES };

/**
 * How many days a daily rate stays usable for the days after it that have none (weekends, holidays,
 * days missing from the table). Ten days is meant to bridge a weekend joined to a holiday break such as Tết.
 *
 * @example
 * ```ts
 * MAX_RATE_AGE_DAYS // → 10
 * ```
 */
export const MAX_RATE_AGE_DAYS = 10;

/**
 * Which rule picked the rate:
 * - `'same-day'`: a daily rate published for the day asked;
 * - `'earlier-day'`: none that day, so the last daily rate of the {@link MAX_RATE_AGE_DAYS} days before;
 * - `'annual-average'`: an annual average (asked for a whole year, or a day with no daily rate near it);
 *   a whole year with no average uses its 31 December rate, with one of the two daily bases;
 * - `'identity'`: a currency converted to itself.
 *
 * @example
 * ```ts
 * const basis: RateBasis = findReferenceRate('USD', 'VND', '2025-11-24')?.basis ?? 'same-day'; // 'earlier-day'
 * ```
 */
export type RateBasis = 'same-day' | 'earlier-day' | 'annual-average' | 'identity';

/**
 * What {@link findReferenceRate} found: the row, its direction and the rule that chose it.
 *
 * @example
 * ```ts
 * const found: RateLookup | null = findReferenceRate('VND', 'USD', '2025-11-24');
 * // → { rate: { rate: '25136', … }, inverse: true, rateDate: '2025-11-21', fallback: true, basis: 'earlier-day' }
 * ```
 */
export interface RateLookup {
  /** The table row. */
  rate: ReferenceRate;
  /** `true` when the row must be inverted (`from` is its quote: VND → USD with a USD/VND rate). */
  inverse: boolean;
  /** The day the daily rate was published for (`YYYY-MM-DD`), or the year of an annual average (`YYYY`). */
  rateDate: string;
  /** `true` when the rate is from an earlier day than the one asked (basis `'earlier-day'`). */
  fallback: boolean;
  /** The rule that chose it. */
  basis: RateBasis;
}

/** Throws unless `on` is a calendar day or a year. @internal */
export function checkConversionDate(on: unknown, caller: string): asserts on is string {
  if (typeof on !== 'string' || !(parseIso(on) !== null || /^\d{4}$/.test(on))) {
    const shown = typeof on === 'string' ? JSON.stringify(on.slice(0, 40)) : String(on);
    throw new MoneyConversionError(
      'invalid-date',
      `${caller}: the date must be a calendar day YYYY-MM-DD or a whole year YYYY, got ${shown}`,
    );
  }
}

/**
 * Finds the reference rate for a currency pair, in either direction, on a day or for a whole year.
 * Never interpolates and never looks forward in time.
 *
 * For a day (`YYYY-MM-DD`), in this order:
 * 1. the daily rate published for that day (`basis: 'same-day'`);
 * 2. else the last daily rate published in the {@link MAX_RATE_AGE_DAYS} days before it
 *    (`basis: 'earlier-day'`, `fallback: true`, `rateDate` says which day);
 * 3. else the annual average of its year, when the table has one (`basis: 'annual-average'`).
 *
 * For a whole year (`YYYY`): the annual average of that year; when the table has none, the rate
 * of its last day, 31 December, by the rules above (a year-end rate, with its `rateDate`).
 *
 * @param from - ISO code converted from
 * @param to - ISO code converted to
 * @param on - the day, `YYYY-MM-DD`, or a whole year, `YYYY`
 * @returns the row, whether it must be inverted, and the rule used; `null` when the table has none
 * @throws {@link MoneyConversionError} (`invalid-date`) when `on` is neither a calendar day nor a year
 * @example
 * ```ts
 * findReferenceRate('USD', 'VND', '2020-06-01')?.rate.rate   // → '23208.37' (IMF 2020 average)
 * findReferenceRate('USD', 'VND', '2025-08-21')?.basis       // → 'same-day'
 * findReferenceRate('USD', 'VND', '2025-11-24')?.rateDate    // → '2025-11-21' (fallback: true)
 * findReferenceRate('VND', 'USD', '2020')?.inverse           // → true
 * findReferenceRate('USD', 'VND', '2022')?.rateDate          // → '2022-12-30' (no 2022 average)
 * findReferenceRate('USD', 'VND', '2024-06-01')              // → null
 * ```
 */
export function findReferenceRate(from: string, to: string, on: string): RateLookup | null {
  checkConversionDate(on, 'findReferenceRate');
  const wholeYear = on.length === 4;
  const day = wholeYear ? Number.NaN : isoDayNumber(on);
  let daily: { rate: ReferenceRate; inverse: boolean } | null = null;
  let annual: { rate: ReferenceRate; inverse: boolean } | null = null;
  for (const rate of REFERENCE_RATES) {
    const direct = rate.base === from && rate.quote === to;
    const inverse = rate.base === to && rate.quote === from;
    if (!(direct || inverse)) continue;
    if (rate.kind === 'annual-average-official') {
      const covers = wholeYear
        ? rate.start === `${on}-01-01` && rate.end === `${on}-12-31`
        : on >= rate.start && on <= rate.end;
      if (covers) annual = { rate, inverse };
    } else if (!wholeYear && rate.start <= on && day - isoDayNumber(rate.start) <= MAX_RATE_AGE_DAYS) {
      if (daily === null || rate.start > daily.rate.start) daily = { rate, inverse };
    }
  }
  if (daily !== null) {
    const fallback = daily.rate.start !== on;
    return { ...daily, rateDate: daily.rate.start, fallback, basis: fallback ? 'earlier-day' : 'same-day' };
  }
  if (annual !== null)
    return { ...annual, rateDate: annual.rate.start.slice(0, 4), fallback: false, basis: 'annual-average' };
  return wholeYear ? findReferenceRate(from, to, `${on}-12-31`) : null;
}
