import { parseIso } from '@vnsti/dates';
import { GraphInputError } from './errors.js';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` calendar day (UTC arithmetic: no time zone or DST
 * enters a difference of calendar days).
 *
 * @throws {@link GraphInputError} when `iso` is not a valid calendar day.
 * @example
 * ```ts
 * dayOf('1970-01-02'); // 1
 * ```
 */
export function dayOf(iso: string): number {
  const ymd = typeof iso === 'string' ? parseIso(iso) : null;
  if (!ymd) throw new GraphInputError(`expected date as YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / MS_PER_DAY;
}
