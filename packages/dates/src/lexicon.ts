/**
 * The words the scanner knows: parts of day, words that make a number a date, direction words
 * and units that make a number a quantity.
 *
 * @packageDocumentation
 */
import { currencyCode } from '@vnsti/money';
import { MAGNITUDES, readUnitAt, UNIT_PHRASES } from '@vnsti/money/lexicon';
import type { PartOfDay } from './types.js';

/** Whether a UTF-16 code unit is a letter (ASCII, Latin-1/Extended, Vietnamese, combining marks). */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x370 && c <= 0x52f) return true;
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const PARTS: Readonly<Record<string, PartOfDay>> = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'night',
  khuya: 'night',
};

/**
 * Words that, after a part-of-day syllable, make a compound that is not a time: "tối ưu",
 * "chiều dài", "sáng tạo", "sáng kiến", "đêm nhạc".
 */
const NOT_A_TIME_AFTER: ReadonlySet<string> = new Set([
  'ưu',
  'thiểu',
  'đa',
  'tân',
  'dài',
  'cao',
  'rộng',
  'sâu',
  'ngang',
  'dọc',
  'hướng',
  'lòng',
  'chuộng',
  'tạo',
  'kiến',
  'lập',
  'giá',
  'suốt',
  'chói',
  'sủa',
  'bóng',
  'tác',
  'nhạc',
  'hội',
  'trắng',
]);

/**
 * Reads a part-of-day word with a look at the next word, so that compounds are not times.
 *
 * @param word - The (lower-case) word.
 * @param next - The lower-case word after it, if any.
 * @returns The part of day, or `null` ("tối ưu", "chiều dài", "sáng tạo" → `null`).
 * @example
 * ```ts
 * partOfDay('chiều', undefined); // 'afternoon'
 * partOfDay('chiều', 'dài'); // null
 * ```
 */
export function partOfDay(word: string, next: string | undefined): PartOfDay | null {
  const p = PARTS[word];
  if (p === undefined) return null;
  if (next !== undefined && NOT_A_TIME_AFTER.has(next)) return null;
  return p;
}

/** Vietnamese words for each part of day, for formatting. */
export const PART_OF_DAY_VI: Readonly<Record<PartOfDay, string>> = {
  morning: 'sáng',
  noon: 'trưa',
  afternoon: 'chiều',
  evening: 'tối',
  night: 'đêm',
};

/** Words after a number that make it a count yet are no unit: "hai trăm", "giảm từ 2024 xuống". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['trăm', 'vạn', 'xuống', 'lên', 'số']);

/**
 * First words of the lexicon's unit phrases: only these need the phrase looked up. Not "năm": after
 * a number it is the year of a date ("tháng 5 năm 2024", "ngày 1 tháng 1 năm ngoái"), not a count.
 */
const UNIT_FIRST_WORDS: ReadonlySet<string> = /* @__PURE__ */ firstWordsOf(UNIT_PHRASES);

/** The first words of `phrases`' keys, but "năm". */
function firstWordsOf(phrases: ReadonlyMap<string, string>): ReadonlySet<string> {
  return new Set([...phrases.keys()].map((phrase) => phrase.split(' ')[0] as string).filter((word) => word !== 'năm'));
}

/**
 * Whether a word may begin what {@link isQuantityWord} accepts: a cheap test before the words
 * after it are read.
 *
 * @example
 * ```ts
 * mayStartQuantity('dự'); // true ("dự án")
 * mayStartQuantity('tháng'); // false
 * ```
 */
export function mayStartQuantity(word: string): boolean {
  if (COUNT_WORDS.has(word) || UNIT_FIRST_WORDS.has(word) || MAGNITUDES.has(word)) return true;
  let currency = IS_CURRENCY.get(word);
  if (currency === undefined) {
    // Words after numbers are few and repeat: remember the answer, within a bounded table.
    if (IS_CURRENCY.size >= MAX_REMEMBERED) IS_CURRENCY.clear();
    currency = currencyCode(word) !== null;
    IS_CURRENCY.set(word, currency);
  }
  return currency;
}

/** Whether a word is a currency (`@vnsti/money`'s `currencyCode`), for words already met. */
const IS_CURRENCY = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;

/**
 * Whether the words after a number make it a quantity, never a date or a year: a magnitude
 * ("2030 tỷ"), a currency ("2025 USD"), or a unit phrase of `@vnsti/money`'s lexicon ("2025 người",
 * "2024 dự án"). A word that merely begins like a unit phrase is not one: "2026 dự kiến",
 * "2027 dự toán" stay years.
 *
 * @param first - The lower-case word right after the number.
 * @param next - The lower-case words after it (at most two are looked at).
 * @example
 * ```ts
 * isQuantityWord('dự', ['án']); // true
 * isQuantityWord('dự', ['kiến', 'đạt']); // false
 * isQuantityWord('tỷ', []); // true
 * ```
 */
export function isQuantityWord(first: string, next: readonly string[]): boolean {
  if (!UNIT_FIRST_WORDS.has(first)) return mayStartQuantity(first);
  return readUnitAt([first, ...next], 0) !== null;
}

/** Words that say a yearless date lies before the reference ("ngày 3.7 vừa qua"). */
export const PAST_WORDS: ReadonlySet<string> = new Set(['qua', 'rồi']);
