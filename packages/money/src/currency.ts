/**
 * Currency words and codes as Vietnamese news writes them, mapped to ISO 4217.
 * @module
 */
import { currencyMinorUnits } from './iso4217.js';
import { findPhrase, type IndexedPhrase, indexPhrases } from './lexicon/phrases.js';

/** The currencies this package reads, by ISO 4217 code. */
const READ_CODES: readonly string[] = ['VND', 'USD', 'EUR', 'JPY', 'KRW', 'CNY'];

/**
 * Minor units (digits after the decimal mark) of the currencies this package reads, taken from the
 * ISO 4217 table ({@link currencyMinorUnits}). VND has none.
 * @example
 * ```ts
 * MINOR_UNITS.VND // → 0
 * MINOR_UNITS.USD // → 2
 * ```
 */
export const MINOR_UNITS: Readonly<Record<string, number>> = /* @__PURE__ */ minorUnitsOf(READ_CODES);

/** The ISO 4217 minor units of `codes`, as a frozen record. */
function minorUnitsOf(codes: readonly string[]): Readonly<Record<string, number>> {
  return Object.freeze(Object.fromEntries(codes.map((code) => [code, currencyMinorUnits[code] ?? 2])));
}

/**
 * Currency phrases written after the number, lower-case, one array of words each.
 * Longer phrases are tried first ("đô la Mỹ" before "đô").
 */
const SUFFIX_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['đồng', 'VND'],
  ['vnd', 'VND'],
  ['vnđ', 'VND'],
  ['đ', 'VND'],
  ['usd', 'USD'],
  ['đô la mỹ', 'USD'],
  ['đô la', 'USD'],
  ['đôla mỹ', 'USD'],
  ['đôla', 'USD'],
  ['đô', 'USD'],
  ['eur', 'EUR'],
  ['euro', 'EUR'],
  ['jpy', 'JPY'],
  ['yên nhật', 'JPY'],
  ['yên', 'JPY'],
  ['yen', 'JPY'],
  ['krw', 'KRW'],
  ['won hàn quốc', 'KRW'],
  ['won', 'KRW'],
  ['cny', 'CNY'],
  ['nhân dân tệ', 'CNY'],
  ['ndt', 'CNY'],
];

/** Currency phrases indexed by their first word, longest first. @internal */
export const CURRENCY_BY_FIRST_WORD: ReadonlyMap<string, readonly IndexedPhrase<string>[]> =
  /* @__PURE__ */ indexPhrases(SUFFIX_PHRASES, 'first');

/**
 * Words that, right after a currency word, show it was another word: "2 đồng chí" (comrades),
 * "3 đô thị" (cities), "Yên Bái". @internal
 */
export const NOT_CURRENCY_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'đồng',
    new Set([
      'chí',
      'hồ',
      'bào',
      'tác',
      'chủ',
      'nghiệp',
      'đội',
      'hương',
      'minh',
      'ruộng',
      'tổ',
      'phạm',
      'thời',
      'hành',
      'bộ',
      'loạt',
      'ý',
      'thuận',
    ]),
  ],
  ['đô', new Set(['thị', 'thành', 'vật', 'hội', 'đốc'])],
  ['yên', new Set(['bái', 'tĩnh', 'ổn', 'lặng', 'tâm', 'thế', 'phong'])],
]);

/** ISO codes written before the number ("USD 15.6 billion"); upper-case only. @internal */
export const PREFIX_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(READ_CODES);

/** Currency symbols, before or after the number. @internal */
export const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '₫': 'VND' };

/** Vietnamese names used by `formatMoney` in the long style. @internal */
export const VI_NAMES: Readonly<Record<string, string>> = {
  VND: 'đồng',
  USD: 'đô la Mỹ',
  EUR: 'euro',
  JPY: 'yên',
  KRW: 'won',
  CNY: 'nhân dân tệ',
};

/**
 * Reads a currency word or code as an ISO 4217 code.
 *
 * @param text - a currency word as written ("đồng", "VNĐ", "đô la Mỹ", "nhân dân tệ", "$")
 * @returns the ISO code, or `null` when the text is not a currency this package knows
 * @example
 * ```ts
 * currencyCode('VNĐ')       // → 'VND'
 * currencyCode('đô la Mỹ')  // → 'USD'
 * currencyCode('nhân dân tệ') // → 'CNY'
 * currencyCode('người')     // → null
 * ```
 */
export function currencyCode(text: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const symbol = SYMBOLS[trimmed];
  if (symbol !== undefined) return symbol;
  return findPhrase(CURRENCY_BY_FIRST_WORD, 'first', trimmed)?.value ?? null;
}
