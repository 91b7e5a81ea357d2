import { toNfc } from './extract.js';
import { parseExpression } from './grammar.js';
import { beginText } from './reader.js';
import { scan } from './scanner.js';
import { resolve, toReference, withText } from './resolve.js';
import type { DateValue, ParseOptions } from './types.js';

const TRAILING = new Set([' ', '\t', '\n', '\r', '\u00a0', '.', ',', ';', ':', '!', '?', '…']);

/** Drops trailing spaces and punctuation by hand (a `/[…]+$/` regex is quadratic on long space runs). */
function trimEnd(t: string): string {
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1] as string)) end--;
  return t.slice(0, end);
}

/**
 * Reads one Vietnamese date expression against the date it was written.
 *
 * The whole string is read as one expression, leniently ("24/11", "2025" and "10 tháng" alone are
 * accepted); when that fails, the first expression {@link extractDates} finds in it is returned.
 *
 * @param text - The expression, e.g. `"sáng 24/11"`, `"Quý III/2021"`, `"9 tháng đầu năm"`.
 * @param options - `reference`: the text's date, `YYYY-MM-DD` in Vietnam.
 * @returns The date value, or `null` when the text holds no (possible) date.
 * @throws {@link DateError} when `options.reference` is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * parseDate('sáng 24/11', { reference: '2025-11-24' });
 * // { start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning', text: 'sáng 24/11' }
 * parseDate('Ngày 22.12 vừa qua', { reference: '2025-01-13' });
 * // { start: '2024-12-22', end: '2024-12-22', precision: 'day', text: 'Ngày 22.12 vừa qua' }
 * parseDate('trước năm 2030', { reference: '2025-11-24' });
 * // { start: '2025-11-24', end: '2029-12-31', precision: 'span', open: 'start', text: 'trước năm 2030' }
 * parseDate('30/2/2025', { reference: '2025-01-01' }); // null
 * ```
 */
export function parseDate(text: string, options: ParseOptions): DateValue | null {
  const ref = toReference(options?.reference);
  if (typeof text !== 'string') return null;
  const t = trimEnd(toNfc(text).trim());
  if (t.length === 0) return null;
  beginText(t);
  const hit = parseExpression(t, 0, true);
  if (hit !== null && hit.end === t.length) {
    const v = resolve(hit.spec, ref, hit.dir);
    return v === null ? null : withText(v, t);
  }
  // Otherwise the first expression in it (the scan stops there).
  let found: DateValue | null = null;
  scan(t, (h) => {
    const v = resolve(h.spec, ref, h.dir);
    if (v !== null) found = withText(v, t.slice(h.start, h.end));
    return true;
  });
  return found;
}
