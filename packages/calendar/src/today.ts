/**
 * Today's calendar day in Vietnam, the one place the project reads a clock.
 *
 * @packageDocumentation
 */

/** Made on first use, so that an app that never asks for today builds no formatter. */
let vietnamDay: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's time zone. Handy as the
 * `reference` for text written today.
 *
 * @param now - The instant to read; defaults to the current time.
 * @returns `YYYY-MM-DD`.
 * @throws RangeError when `now` is an invalid `Date`.
 * @example
 * ```ts
 * todayInVietnam(new Date('2025-11-23T20:00:00Z')); // '2025-11-24' (03:00 in Hà Nội)
 * ```
 */
export function todayInVietnam(now: Date = new Date()): string {
  vietnamDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = vietnamDay.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
