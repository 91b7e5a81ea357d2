/**
 * Vietnamese number words: một (1) … mười (10), "mười một"/"mười mốt" (11), "mười hai" (12), and
 * the ordinals "nhất" (first) and "nhì" (second) that "thứ" takes ("thứ nhất", "thứ ba").
 * Part of the {@link lexicon}.
 * @module
 */

/** Cardinal number words from 1 to 10, lower-case NFC ("tư" is 4 in "quý tư", "thứ tư"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
]);

/** Words after "thứ" that only ordinals use: "thứ nhất" (1st), "thứ nhì" (2nd). */
const ORDINAL_ONLY: ReadonlyMap<string, number> = new Map([
  ['nhất', 1],
  ['nhì', 2],
]);

/**
 * Reads one or two Vietnamese number words (một … mười hai).
 *
 * @param first - The first word (any case).
 * @param second - The word after it, if any.
 * @returns The value and how many words it used, or `null` when `first` is not a number word.
 * @example
 * ```ts
 * readNumberWords('mười', 'hai'); // → { value: 12, words: 2 }
 * readNumberWords('chín', 'tháng'); // → { value: 9, words: 1 }
 * readNumberWords('tháng'); // → null
 * ```
 */
export function readNumberWords(first: string, second?: string): { value: number; words: 1 | 2 } | null {
  const a = NUMBER_WORDS.get(first.toLowerCase());
  if (a === undefined) return null;
  if (a === 10 && second !== undefined) {
    const b = second.toLowerCase();
    if (b === 'một' || b === 'mốt') return { value: 11, words: 2 };
    if (b === 'hai') return { value: 12, words: 2 };
  }
  return { value: a, words: 1 };
}

/**
 * Reads the word after "thứ" (or "hạng") in a rank: "nhất" 1, "nhì" 2, "hai" … "mười" (not "một":
 * the first is "thứ nhất").
 *
 * @param word - One word, lower-case or not.
 * @returns The rank, or `null`.
 * @example
 * ```ts
 * readOrdinalWord('nhất'); // → 1
 * readOrdinalWord('ba'); // → 3
 * readOrdinalWord('một'); // → null
 * ```
 */
export function readOrdinalWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'một') return null;
  return ORDINAL_ONLY.get(lower) ?? NUMBER_WORDS.get(lower) ?? null;
}
