/**
 * The one list of Vietnamese words that figures are read with: number words, magnitude words,
 * bound and estimate words, sign words ("âm"), unit words. Money, quantities, dates and the contributor tools all
 * read figures with these lists, so a word added here is understood everywhere.
 *
 * @example
 * ```ts
 * import { lexicon } from '@vnsti/money';
 * lexicon.MAGNITUDES.get('tỷ'); // → { exponent: 9, style: 'vi' }
 * lexicon.readUnitAt(['đại', 'biểu'], 0); // → { unit: 'person', words: 2 }
 * lexicon.readNumberWords('mười', 'hai'); // → { value: 12, words: 2 }
 * ```
 * @module
 */
export { boundOf, PHRASES_AFTER, PHRASES_BEFORE, type Qualifier } from './bounds.js';
export { MAGNITUDES, MAX_MAGNITUDE_WORDS, NOT_MAGNITUDE_AFTER } from './magnitudes.js';
export { NUMBER_WORDS, readNumberWords, readOrdinalWord } from './numbers.js';
export { MINUS_WORDS } from './signs.js';
export { readUnitAt, UNIT_PHRASES } from './units.js';
