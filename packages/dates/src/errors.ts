/**
 * Thrown for misuse only: a `reference` that is not a real `YYYY-MM-DD` day, a value passed to
 * `formatDate` that is not a valid {@link DateValue}, an unknown locale. Text that holds no date is
 * never an error: the functions return `null` or an empty array.
 *
 * @example
 * ```ts
 * try { parseDate('quý 2', { reference: '2025-13-01' }); } catch (e) { e instanceof DateError; } // true
 * ```
 */
export class DateError extends Error {
  override readonly name = 'DateError';
}
