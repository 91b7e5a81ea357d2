/**
 * Numbers written as Roman numerals (quý III) or Vietnamese words (ba tháng cuối năm).
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

const VI_UNITS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/**
 * Reads a Vietnamese number word from một (1) to mười (10); "mười một"/"mười hai" are two words,
 * see {@link parseVietnameseNumberWords}.
 *
 * @returns 1–10, or `null`.
 * @example
 * ```ts
 * parseVietnameseNumberWord('ba'); // 3
 * parseVietnameseNumberWord('Sáu'); // 6
 * ```
 */
export function parseVietnameseNumberWord(word: string): number | null {
  return VI_UNITS[word.toLowerCase()] ?? null;
}

/**
 * Reads one or two Vietnamese number words (một … mười hai).
 *
 * @param first - The first word.
 * @param second - The word after it, if any.
 * @returns The value and how many words it used, or `null`.
 * @example
 * ```ts
 * parseVietnameseNumberWords('mười', 'hai'); // { value: 12, words: 2 }
 * parseVietnameseNumberWords('chín', 'tháng'); // { value: 9, words: 1 }
 * ```
 */
export function parseVietnameseNumberWords(first: string, second?: string): { value: number; words: 1 | 2 } | null {
  const a = parseVietnameseNumberWord(first);
  if (a === null) return null;
  if (a === 10 && second !== undefined) {
    const b = second.toLowerCase();
    if (b === 'một' || b === 'mốt') return { value: 11, words: 2 };
    if (b === 'hai') return { value: 12, words: 2 };
  }
  return { value: a, words: 1 };
}

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
