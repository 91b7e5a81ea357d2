import { VI_NAMES } from './currency.js';
import { canonicalDecimal, numberToDecimal } from './decimal.js';
import { MoneyError } from './errors.js';
import type { Money } from './types.js';

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** `'vi'` (default): "hơn 16.000 tỷ đồng"; `'en'`: "more than VND 16 trillion". */
  locale?: 'vi' | 'en' | undefined;
  /**
   * `'short'` (default): scaled with a magnitude word when that is exact to three decimals
   * ("15,6 tỷ USD"); `'long'`: every digit ("15.600.000.000 đô la Mỹ").
   */
  style?: 'short' | 'long' | undefined;
}

/** Magnitudes used when writing, largest first: Vietnamese news writes "16.000 tỷ", not "16 nghìn tỷ". */
const VI_SCALES: ReadonlyArray<readonly [number, string]> = [
  [15, 'triệu tỷ'],
  [9, 'tỷ'],
  [6, 'triệu'],
];
const EN_SCALES: ReadonlyArray<readonly [number, string]> = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

const VI_BOUNDS = { exact: '', lower: 'hơn ', upper: 'dưới ', approximate: 'khoảng ' } as const;
const EN_BOUNDS = { exact: '', lower: 'more than ', upper: 'less than ', approximate: 'about ' } as const;

/** Divides a plain decimal string by 10^exponent. */
function shiftLeft(decimal: string, exponent: number): { integer: string; fraction: string } {
  const dot = decimal.indexOf('.');
  const integer = dot < 0 ? decimal : decimal.slice(0, dot);
  const fraction = dot < 0 ? '' : decimal.slice(dot + 1);
  const padded = integer.padStart(exponent + 1, '0');
  const cut = padded.length - exponent;
  const text = canonicalDecimal(padded.slice(0, cut), padded.slice(cut) + fraction);
  const at = text.indexOf('.');
  return at < 0 ? { integer: text, fraction: '' } : { integer: text.slice(0, at), fraction: text.slice(at + 1) };
}

function group(integer: string, mark: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += mark;
    out += integer[i];
  }
  return out;
}

function writeNumber(parts: { integer: string; fraction: string }, locale: 'vi' | 'en'): string {
  const integer = group(parts.integer, locale === 'vi' ? '.' : ',');
  if (parts.fraction === '') return integer;
  return `${integer}${locale === 'vi' ? ',' : '.'}${parts.fraction}`;
}

function checkAmount(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MoneyError(`formatMoney: ${what} must be a finite number, got ${String(value)}`);
  }
  return numberToDecimal(value);
}

/**
 * Writes an amount the way Vietnamese (or English-language) news does. The result reads back with
 * {@link parseMoney} to the same amount, currency, bound, `estimated`, `max` and `per`.
 * Magnitude words are chosen by exact decimal arithmetic, never by `Intl` compact notation (which
 * rounds "15,6 tỷ" to "16 tỷ").
 *
 * @param money - the amount; `amount` (and `max`) finite, negative for a loss or a fall ("-5 tỷ đồng")
 * @param options - locale `'vi'` | `'en'`, style `'short'` | `'long'`
 * @returns the text
 * @throws {@link MoneyError} for a negative or non-finite amount, or a bad option
 * @example
 * ```ts
 * formatMoney({ amount: 16e12, currency: 'VND', bound: 'exact' })              // → '16.000 tỷ đồng'
 * formatMoney({ amount: 138e9, currency: 'VND', bound: 'lower' })              // → 'hơn 138 tỷ đồng'
 * formatMoney({ amount: 15.6e9, currency: 'USD', bound: 'exact' })             // → '15,6 tỷ USD'
 * formatMoney({ amount: 16e12, currency: 'VND', bound: 'exact' }, { locale: 'en' }) // → 'VND 16 trillion'
 * formatMoney({ amount: 138e9, currency: 'VND', bound: 'lower' }, { locale: 'en' }) // → 'more than VND 138 billion'
 * formatMoney({ amount: 15.6e9, currency: 'USD', bound: 'exact' }, { style: 'long' }) // → '15.600.000.000 đô la Mỹ'
 * ```
 */
export function formatMoney(money: Money, options: FormatMoneyOptions = {}): string {
  if (money === null || typeof money !== 'object') throw new MoneyError('formatMoney: money must be an object');
  const locale = options.locale ?? 'vi';
  const style = options.style ?? 'short';
  if (locale !== 'vi' && locale !== 'en') throw new MoneyError(`formatMoney: unknown locale ${String(locale)}`);
  if (style !== 'short' && style !== 'long') throw new MoneyError(`formatMoney: unknown style ${String(style)}`);
  const { currency, bound } = money;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new MoneyError(`formatMoney: currency must be an ISO 4217 code such as 'VND', got ${String(currency)}`);
  }
  const bounds = locale === 'vi' ? VI_BOUNDS : EN_BOUNDS;
  if (!Object.hasOwn(bounds, bound)) throw new MoneyError(`formatMoney: unknown bound ${String(bound)}`);
  const low = money.exact ?? checkAmount(money.amount, 'amount');
  const high = money.max === undefined ? null : (money.exactMax ?? checkAmount(money.max, 'max'));
  if (high !== null && money.max! < money.amount) throw new MoneyError('formatMoney: max must not be below amount');

  const scales = style === 'long' ? [] : locale === 'vi' ? VI_SCALES : EN_SCALES;
  // A negative amount (a loss, a fall) is written with a minus sign glued to its digits: "-5 tỷ đồng".
  const lowSign = low.startsWith('-') ? '-' : '';
  const highSign = high?.startsWith('-') ? '-' : '';
  const lowDigits = lowSign ? low.slice(1) : low;
  const highDigits = high === null ? null : highSign ? high.slice(1) : high;
  const largest = highDigits !== null && Math.abs(money.max!) > Math.abs(money.amount) ? highDigits : lowDigits;
  let exponent = 0;
  let word = '';
  for (const [e, name] of scales) {
    const top = shiftLeft(largest, e);
    if (top.integer === '0') continue;
    if (top.fraction.length > 3 || shiftLeft(lowDigits, e).fraction.length > 3) continue;
    if (highDigits !== null && shiftLeft(highDigits, e).fraction.length > 3) continue;
    exponent = e;
    word = name;
    break;
  }
  const lowText = lowSign + writeNumber(shiftLeft(lowDigits, exponent), locale);
  const highText = highDigits === null ? null : highSign + writeNumber(shiftLeft(highDigits, exponent), locale);
  const per = money.per ? `/${money.per}` : '';
  if (locale === 'vi') {
    const name = style === 'long' ? (VI_NAMES[currency] ?? currency) : currency === 'VND' ? 'đồng' : currency;
    const number = highText === null ? lowText : `từ ${lowText} đến ${highText}`;
    const estimate = money.estimated ? 'ước ' : '';
    return `${estimate}${bounds[bound]}${number}${word ? ` ${word}` : ''} ${name}${per}`;
  }
  const number = highText === null ? lowText : `${lowText}–${highText}`;
  const estimate = money.estimated ? 'estimated ' : '';
  return `${estimate}${bounds[bound]}${currency} ${number}${word ? ` ${word}` : ''}${per}`;
}
