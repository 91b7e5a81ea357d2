/**
 * Magnitude words: nghìn/ngàn (10^3), triệu (10^6), tỷ/tỉ (10^9) and their products ("nghìn tỷ" =
 * 10^12, "triệu tỷ" = 10^15); English thousand … quadrillion for text in English.
 * Part of the {@link lexicon}.
 * @module
 */

/** Power of ten and language of each magnitude word. */
export const MAGNITUDES: ReadonlyMap<string, { exponent: number; style: 'vi' | 'en' }> = new Map([
  ['nghìn', { exponent: 3, style: 'vi' }],
  ['ngàn', { exponent: 3, style: 'vi' }],
  ['triệu', { exponent: 6, style: 'vi' }],
  ['tỷ', { exponent: 9, style: 'vi' }],
  ['tỉ', { exponent: 9, style: 'vi' }],
  ['thousand', { exponent: 3, style: 'en' }],
  ['million', { exponent: 6, style: 'en' }],
  ['billion', { exponent: 9, style: 'en' }],
  ['trillion', { exponent: 12, style: 'en' }],
  ['quadrillion', { exponent: 15, style: 'en' }],
]);

/** "tỷ lệ" (ratio), "tỷ trọng" (share), "tỷ giá" (exchange rate) are not the number 10^9. */
export const NOT_MAGNITUDE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tỷ', new Set(['lệ', 'trọng', 'giá', 'suất', 'số'])],
  ['tỉ', new Set(['lệ', 'trọng', 'giá', 'suất', 'số'])],
]);

/** At most this many magnitude words multiply one number ("nghìn triệu tỷ"). */
export const MAX_MAGNITUDE_WORDS = 3;
