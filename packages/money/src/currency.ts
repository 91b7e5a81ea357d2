/**
 * Currency words and codes as Vietnamese news writes them, mapped to ISO 4217.
 * @module
 */
import { currencyMinorUnits } from './iso4217.js';

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

/** A currency phrase: its words and its ISO code. @internal */
export interface CurrencyPhrase {
  words: readonly string[];
  code: string;
}

/** Currency phrases indexed by their first word, longest first. @internal */
export const CURRENCY_BY_FIRST_WORD: ReadonlyMap<string, readonly CurrencyPhrase[]> = (() => {
  const map = new Map<string, CurrencyPhrase[]>();
  for (const [phrase, code] of SUFFIX_PHRASES) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, code });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  }
  return map;
})();

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
export const PREFIX_CODES: ReadonlySet<string> = new Set(READ_CODES);

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
  const lower = trimmed.toLowerCase().normalize('NFC').split(/\s+/);
  const list = CURRENCY_BY_FIRST_WORD.get(lower[0] ?? '');
  const found = list?.find(
    (phrase) => phrase.words.length === lower.length && phrase.words.every((w, i) => w === lower[i]),
  );
  return found ? found.code : null;
}
