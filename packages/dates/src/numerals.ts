/**
 * Numbers written as Roman numerals (quý III) or English words; Vietnamese number words (ba tháng
 * cuối năm) are read with `@vnsti/money`'s lexicon.
 *
 * @packageDocumentation
 */

const ROMAN: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/**
 * Reads a Roman numeral from I to XII (any case).
 *
 * @returns 1–12, or `null` for anything else.
 * @example
 * ```ts
 * parseRoman('III'); // 3
 * parseRoman('IIII'); // null
 * ```
 */
export function parseRoman(word: string): number | null {
  return ROMAN[word.toLowerCase()] ?? null;
}

/** Roman numerals for 1–4, as Vietnamese writes quarters ("quý III/2025"). */
export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** English number words one–twelve, for "first nine months of 2023". */
export const ENGLISH_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;
