import { canonicalDecimal } from './decimal.js';

/**
 * How separators are read: `'vi'` (Vietnamese: '.' groups thousands, ',' is the decimal mark) or
 * `'en'` (',' groups thousands, '.' is the decimal mark).
 * @internal
 */
export type NumberStyle = 'vi' | 'en';

/** The digits of a written number, before and after its decimal mark. @internal */
export interface NumberParts {
  integer: string;
  fraction: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Checks that `text[from, to)` is `d{1,3}(G d{3})*` for the group separator `group`. */
function isGrouped(text: string, from: number, to: number, group: number): boolean {
  let run = 0;
  let groups = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      run++;
      continue;
    }
    if (code !== group) return false;
    if (groups === 0 ? run < 1 || run > 3 : run !== 3) return false;
    groups++;
    run = 0;
  }
  return groups === 0 ? run > 0 : run === 3;
}

function stripGroups(text: string, group: string): string {
  return text.split(group).join('');
}

/**
 * Reads a token made only of digits, '.' and ',' into its integer and fraction digits, by the
 * rules of `style`; `null` when the separators do not fit those rules (e.g. a date "24.11.2025").
 *
 * Vietnamese rules: '.' groups thousands in threes ("40.678", "1.234.567"), ',' is the decimal mark
 * ("15,6", "3.798,254", "4622,54"); in sloppy text a single '.' followed by one or two digits is a
 * decimal point ("15.6", "21.8"). Anything else ("1.2345", "1,234,567", "1.2.3") is refused.
 * @internal
 */
export function readNumberParts(token: string, style: NumberStyle): NumberParts | null {
  const length = token.length;
  if (length === 0 || !isDigit(token.charCodeAt(0)) || !isDigit(token.charCodeAt(length - 1))) return null;
  const decimalMark = style === 'vi' ? ',' : '.';
  const groupMark = style === 'vi' ? '.' : ',';
  const group = groupMark.charCodeAt(0);
  let decimalAt = -1;
  let groupCount = 0;
  let lastGroupAt = -1;
  for (let i = 0; i < length; i++) {
    const code = token.charCodeAt(i);
    if (isDigit(code)) continue;
    if (code === group) {
      if (decimalAt >= 0) return null; // a group mark after the decimal mark
      groupCount++;
      lastGroupAt = i;
    } else if (token[i] === decimalMark) {
      if (decimalAt >= 0) return null;
      decimalAt = i;
    } else {
      return null;
    }
  }
  const intEnd = decimalAt < 0 ? length : decimalAt;
  const fraction = decimalAt < 0 ? '' : token.slice(decimalAt + 1);
  if (decimalAt >= 0 && fraction.length === 0) return null;
  if (groupCount === 0) return { integer: canonicalDecimal(token.slice(0, intEnd), ''), fraction };
  if (groupCount === 1 && decimalAt < 0 && style === 'vi') {
    const tail = length - lastGroupAt - 1;
    // "15.6", "4622.54": a lone '.' followed by one or two digits is a decimal point.
    if (tail <= 2)
      return { integer: canonicalDecimal(token.slice(0, lastGroupAt), ''), fraction: token.slice(lastGroupAt + 1) };
  }
  if (!isGrouped(token, 0, intEnd, group)) return null;
  return { integer: canonicalDecimal(stripGroups(token.slice(0, intEnd), groupMark), ''), fraction };
}

/**
 * Reads a number written the Vietnamese way: '.' groups thousands, ',' is the decimal mark, and a
 * lone '.' followed by one or two digits is a decimal point (sloppy "15.6").
 *
 * @param text - the number alone (surrounding spaces are ignored); no sign, no words
 * @returns the value, or `null` when the text is not such a number or is too large to be finite
 * @example
 * ```ts
 * parseNumber('16.000')    // → 16000
 * parseNumber('15,6')      // → 15.6
 * parseNumber('3.798,254') // → 3798.254
 * parseNumber('4622,54')   // → 4622.54
 * parseNumber('24.11.2025') // → null (a date, not a number)
 * ```
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const parts = readNumberParts(text.trim(), 'vi');
  if (parts === null) return null;
  const value = Number(parts.fraction ? `${parts.integer}.${parts.fraction}` : parts.integer);
  return Number.isFinite(value) ? value : null;
}
