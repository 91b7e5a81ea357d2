/**
 * Bound and estimate words: what the words around a figure say about it ("hơn" → at least,
 * "gần" → at most, "khoảng" → about, "ước đạt" → an estimate). Part of the {@link lexicon}.
 * @module
 */
import type { Bound } from '../types.js';
import { findPhrase, type IndexedPhrase, indexPhrases } from './phrases.js';

/** What a word before or after an amount says about it. */
export interface Qualifier {
  bound?: Bound;
  estimated?: true;
  /** A word that may sit between a qualifier and the number ("dự kiến **đạt** trên 9.400 USD"). */
  filler?: true;
}

const LOWER: Qualifier = { bound: 'lower' };
const UPPER: Qualifier = { bound: 'upper' };
const APPROXIMATE: Qualifier = { bound: 'approximate' };
const ESTIMATED: Qualifier = { estimated: true };
const FILLER: Qualifier = { filler: true };

/**
 * Phrases written before an amount (lower-case NFC), with what each says. The choice for "gần" ("nearly"): `'upper'`, because "gần 4,7
 * triệu" says the true figure is a little below 4,7 triệu, never above it.
 */
export const PHRASES_BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ['hơn', LOWER],
  ['trên', LOWER],
  ['vượt', LOWER],
  ['vượt mốc', LOWER],
  ['vượt ngưỡng', LOWER],
  ['vượt quá', LOWER],
  ['ít nhất', LOWER],
  ['tối thiểu', LOWER],
  ['không dưới', LOWER],
  ['không ít hơn', LOWER],
  ['gần', UPPER],
  ['dưới', UPPER],
  ['chưa đến', UPPER],
  ['chưa tới', UPPER],
  ['chưa đầy', UPPER],
  ['không quá', UPPER],
  ['không vượt quá', UPPER],
  ['tối đa', UPPER],
  ['khoảng', APPROXIMATE],
  ['khoảng chừng', APPROXIMATE],
  ['xấp xỉ', APPROXIMATE],
  ['chừng', APPROXIMATE],
  ['tầm', APPROXIMATE],
  ['cỡ', APPROXIMATE],
  ['trên dưới', APPROXIMATE],
  ['ước chừng', APPROXIMATE],
  ['ước', ESTIMATED],
  ['ước đạt', ESTIMATED],
  ['ước tính', ESTIMATED],
  ['ước khoảng', { bound: 'approximate', estimated: true }],
  ['dự kiến', ESTIMATED],
  ['dự tính', ESTIMATED],
  ['dự báo', ESTIMATED],
  ['đạt', FILLER],
  ['là', FILLER],
  ['ở mức', FILLER],
  ['lên', FILLER],
  ['lên tới', FILLER],
  ['lên đến', FILLER],
  // English, as formatMoney writes it (and as English-language news does).
  ['more than', LOWER],
  ['over', LOWER],
  ['above', LOWER],
  ['at least', LOWER],
  ['less than', UPPER],
  ['under', UPPER],
  ['below', UPPER],
  ['up to', UPPER],
  ['at most', UPPER],
  ['nearly', UPPER],
  ['almost', UPPER],
  ['about', APPROXIMATE],
  ['around', APPROXIMATE],
  ['approximately', APPROXIMATE],
  ['roughly', APPROXIMATE],
  ['estimated', ESTIMATED],
  ['an estimated', ESTIMATED],
];

/** Phrases written after an amount ("hơn 10 tỷ đồng trở lên"). */
export const PHRASES_AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ['trở lên', LOWER],
  ['trở xuống', UPPER],
  ['or more', LOWER],
  ['or less', UPPER],
];

/** A phrase as words, with what it says. @internal */
/** A qualifier phrase: its words and its qualifier. @internal */
export type QualifierPhrase = IndexedPhrase<Qualifier>;

/** Phrases before an amount, indexed by their last word (the scanner reads backwards). @internal */
export const BEFORE_BY_LAST_WORD: ReadonlyMap<string, readonly QualifierPhrase[]> = /* @__PURE__ */ indexPhrases(
  PHRASES_BEFORE,
  'last',
);

/** Phrases after an amount, indexed by their first word. @internal */
export const AFTER_BY_FIRST_WORD: ReadonlyMap<string, readonly QualifierPhrase[]> = /* @__PURE__ */ indexPhrases(
  PHRASES_AFTER,
  'first',
);

/**
 * Reads a qualifier phrase written before an amount.
 *
 * @param phrase - e.g. "hơn", "gần", "khoảng", "chưa đến", "ước đạt", "more than"
 * @returns its bound and/or `estimated`, or `null` for a phrase this package does not know
 * @example
 * ```ts
 * boundOf('vượt mốc') // → { bound: 'lower' }
 * boundOf('gần')      // → { bound: 'upper' }
 * boundOf('ước đạt')  // → { estimated: true }
 * boundOf('tổng')     // → null
 * ```
 */
export function boundOf(phrase: string): { bound?: Bound; estimated?: true } | null {
  if (typeof phrase !== 'string') return null;
  const found = findPhrase(BEFORE_BY_LAST_WORD, 'last', phrase);
  if (!found || found.value.filler) return null;
  const { bound, estimated } = found.value;
  return { ...(bound ? { bound } : {}), ...(estimated ? { estimated } : {}) };
}
