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
}

export { REFERENCE_RATES };

/**
 * Finds the reference rate for a currency pair on a day, in either direction. A rate for a shorter
 * period wins: a daily rate beats the annual average on its date. Never interpolates or guesses.
 *
 * @param from - ISO code converted from
 * @param to - ISO code converted to
 * @param on - the day, `YYYY-MM-DD`
 * @returns the table row and whether it must be inverted (`from` is its quote), or `null`
 * @example
 * ```ts
 * findReferenceRate('USD', 'VND', '2020-06-01')?.rate.rate   // → '23208.37'
 * findReferenceRate('USD', 'VND', '2023-05-23')?.rate.kind   // → 'daily-central-rate'
 * findReferenceRate('VND', 'USD', '2020-06-01')?.inverse     // → true
 * findReferenceRate('USD', 'VND', '2024-01-01')              // → null
 * ```
 */
export function findReferenceRate(
  from: string,
  to: string,
  on: string,
): { rate: ReferenceRate; inverse: boolean } | null {
  let best: { rate: ReferenceRate; inverse: boolean } | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const rate of REFERENCE_RATES) {
    const direct = rate.base === from && rate.quote === to;
    const inverse = rate.base === to && rate.quote === from;
    if (!(direct || inverse) || on < rate.start || on > rate.end) continue;
    const length = Date.parse(rate.end) - Date.parse(rate.start);
    if (length < bestLength) {
      best = { rate, inverse };
      bestLength = length;
    }
  }
  return best;
}
