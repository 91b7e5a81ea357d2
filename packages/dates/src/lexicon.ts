/**
 * The words the scanner knows: parts of day, words that make a number a date, direction words
 * and units that make a number a quantity.
 *
 * @packageDocumentation
 */
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

/**
 * Words after which a bare number is a quantity, never a date or a year: currencies, units,
 * counts ("2030 tỷ", "21.8 triệu", "2025 người").
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'tỷ',
  'tỉ',
  'triệu',
  'nghìn',
  'ngàn',
  'trăm',
  'vạn',
  'đồng',
  'đ',
  'vnd',
  'vnđ',
  'usd',
  'eur',
  'yên',
  'km',
  'm',
  'ha',
  'kg',
  'tấn',
  'lít',
  'người',
  'lượt',
  'lần',
  'điểm',
  'doanh',
  'dự',
  'đại',
  'hộ',
  'xã',
  'phường',
  'tỉnh',
  'học',
  'sinh',
  'giờ',
  'phút',
  'giây',
  'số',
  'xuống',
  'lên',
  'mw',
  'kw',
  'gw',
  'kwh',
  'mwh',
  'ngày',
  'tuổi',
  'km²',
  'm²',
]);

/** Words that say a yearless date lies before the reference ("ngày 3.7 vừa qua"). */
export const PAST_WORDS: ReadonlySet<string> = new Set(['qua', 'rồi']);
