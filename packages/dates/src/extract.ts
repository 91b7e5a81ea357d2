import { resolve, toReference, withText } from './resolve.js';
import { scan } from './scanner.js';
import type { DateMatch, ParseOptions } from './types.js';

const COMBINING = /[\u0300-\u036f]/;

/**
 * NFC form of a text. Vietnamese text that holds no combining mark is already composed: it is
 * returned as is, which spares copying megabytes (and the garbage collector) on every call.
 */
export function toNfc(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/**
 * Finds every date expression in a text and reads each against the text's date. Money
 * ("16.000 tỷ đồng"), percentages ("13,92%"), document numbers ("57-NQ/TW", "94/2022/NĐ-CP"),
 * ratios and scores ("1/3", "3-1") and counts are not dates; a dotted "21.8" is a date only after a
 * date word ("Ngày 21.8", "từ 1.7"), a bare four-digit number a year only after a year word
 * ("năm 2025", "đến 2030", "giai đoạn 2025-2030"). Impossible dates (30/2) are dropped.
 * The scan is linear in the length of the text.
 *
 * @param text - Any text; it is normalised to NFC first and `index` refers to the NFC form.
 * @param options - `reference`: the text's date, `YYYY-MM-DD` in Vietnam.
 * @returns The expressions in order of appearance (empty when there is none).
 * @throws {@link DateError} when `options.reference` is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * extractDates('Ngày 21.8, tại Hải Phòng … từ 1.7, quý 2 tăng 11,2%', { reference: '2025-08-21' });
 * // [
 * //   { text: 'Ngày 21.8', index: 0, value: { start: '2025-08-21', end: '2025-08-21', precision: 'day', text: 'Ngày 21.8' } },
 * //   { text: 'từ 1.7', index: 27, value: { start: '2025-07-01', end: '2025-07-01', precision: 'day', text: 'từ 1.7' } },
 * //   { text: 'quý 2', index: 35, value: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', text: 'quý 2' } },
 * // ]
 * ```
 */
export function extractDates(text: string, options: ParseOptions): DateMatch[] {
  const ref = toReference(options?.reference);
  if (typeof text !== 'string' || text.length === 0) return [];
  const t = toNfc(text);
  const out: DateMatch[] = [];
  scan(t, (hit) => {
    const v = resolve(hit.spec, ref, hit.dir);
    if (v !== null) {
      const expr = t.slice(hit.start, hit.end);
      out.push({ text: expr, index: hit.start, value: withText(v, expr) });
    }
    return false;
  });
  return out;
}
