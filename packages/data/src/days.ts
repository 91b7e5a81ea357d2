import { dayNumber, parseIso } from '@vnsti/calendar';
import { GraphInputError } from './errors.js';

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` calendar day (`@vnsti/calendar`'s integer arithmetic: no
 * time zone or DST enters a difference of calendar days).
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
  return dayNumber(ymd.year, ymd.month, ymd.day);
}
