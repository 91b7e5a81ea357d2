/**
 * Year inference: a date written without its year is read against the reference date.
 *
 * - A day ("Ngày 22.12", "sáng 24/11") takes the year that puts it nearest to the reference;
 *   "vừa qua"/"qua"/"vừa rồi" keep only readings on or before the reference, "tới"/"sắp tới"/"tới đây"
 *   only readings on or after it. 29 February looks up to four years either way.
 * - A period (month, quarter, half, run of months, "cuối năm") takes the reference year, unless
 *   the words point back (the latest year whose period has begun by the reference) or forward (the
 *   first year whose period has not ended before the reference).
 *
 * @packageDocumentation
 */
import { dayNumber, isValidDate, monthRange } from '@vnsti/calendar';
import type { Direction } from './spec.js';

/** A reference date kept as integers and as a day number. */
export interface Reference {
  year: number;
  month: number;
  day: number;
  iso: string;
  dayNumber: number;
}

/**
 * The year of a yearless day, read against the reference.
 *
 * @returns The year, or `null` when no year fits (e.g. 29/2 "tới" with no leap year close enough).
 * @example
 * ```ts
 * // article of 2025-01-13: "Ngày 22.12 vừa qua"
 * inferDayYear(12, 22, ref('2025-01-13'), 'past'); // 2024
 * ```
 */
export function inferDayYear(month: number, day: number, ref: Reference, dir: Direction | undefined): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let y = ref.year - 4; y <= ref.year + 4; y++) {
    if (!isValidDate(y, month, day)) continue;
    const diff = dayNumber(y, month, day) - ref.dayNumber;
    if (dir === 'past' && diff > 0) continue;
    if (dir === 'future' && diff < 0) continue;
    const distance = Math.abs(diff);
    // Ties (exactly half a year either way) go to the past: news mostly reports what happened.
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year of a yearless period of months (`fromMonth`..`toMonth`), read against the reference.
 *
 * @example
 * ```ts
 * inferPeriodYear(4, 6, ref('2025-08-21'), undefined); // 2025 ("quý 2")
 * inferPeriodYear(10, 12, ref('2025-01-13'), 'past'); // 2024 ("quý 4 vừa qua")
 * ```
 */
export function inferPeriodYear(
  fromMonth: number,
  toMonth: number,
  ref: Reference,
  dir: Direction | undefined,
): number {
  if (dir === 'past') {
    const r = monthRange(ref.year, fromMonth, toMonth);
    return r.start <= ref.iso ? ref.year : ref.year - 1;
  }
  if (dir === 'future') {
    const r = monthRange(ref.year, fromMonth, toMonth);
    return r.end >= ref.iso ? ref.year : ref.year + 1;
  }
  return ref.year;
}
