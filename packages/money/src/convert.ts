import { MINOR_UNITS } from './currency.js';
import {
  compareDecimal,
  digitCount,
  divideDecimal,
  isDecimalString,
  losesPrecision,
  MAX_DECIMAL_DIGITS,
  multiplyDecimal,
  numberToDecimal,
} from './decimal.js';
import { MoneyConversionError } from './errors.js';
import {
  checkConversionDate,
  findReferenceRate,
  MAX_RATE_AGE_DAYS,
  type RateBasis,
  type RateLookup,
  REFERENCE_RATES,
  type ReferenceRate,
} from './rates.js';
import type { Money } from './types.js';

/**
 * Options for {@link convertMoney}.
 *
 * @example
 * ```ts
 * const options: ConvertMoneyOptions = { on: '2025-08-21' };
 * ```
 */
export interface ConvertMoneyOptions {
  /**
   * The day whose reference rate applies, `YYYY-MM-DD`, or a whole year, `YYYY` (its annual
   * average). {@link conversionDate} picks it from a record: its own date, else its source's.
   */
  on: string;
}

/**
 * A converted amount, with the rate used and its source.
 *
 * @example
 * ```ts
 * const usd: ConvertedMoney = convertMoney({ amount: 138e9, currency: 'VND', bound: 'lower' }, 'USD', { on: '2025-11-24' });
 * usd.conversion.fallback; // → true (the rate of 2025-11-21)
 * ```
 */
export interface ConvertedMoney extends Money {
  /** The rate applied, where it comes from, and the rule that chose it. */
  conversion: {
    /** The day (or year) asked for. */
    on: string;
    /** The table row used (`rate.source` names its publisher, `rate.sourceUrl` the page). */
    rate: ReferenceRate;
    /** `true` when the row was used inverted (VND → USD with a USD/VND rate). */
    inverse: boolean;
    /** The day the rate was published for (`YYYY-MM-DD`), or the year of an annual average. */
    rateDate: string;
    /** `true` when no rate was published on `on` and an earlier day's was used. */
    fallback: boolean;
    /** The rule that chose the rate. */
    basis: RateBasis;
  };
}

const BOUNDS: ReadonlySet<unknown> = new Set(['exact', 'approximate', 'lower', 'upper']);

/** Currencies conversion knows: those with minor units here, and those in the rate table. @internal */
export function isKnownCurrency(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    (Object.hasOwn(MINOR_UNITS, code) || REFERENCE_RATES.some((r) => r.base === code || r.quote === code))
  );
}

/** Converting a currency to itself: rate 1, said plainly. */
function identity(code: string, on: string): RateLookup {
  return {
    rate: {
      start: on,
      end: on,
      kind: 'daily-central-rate',
      base: code,
      quote: code,
      rate: '1',
      source: 'identity: same currency, no conversion',
      sourceUrl: 'https://www.iso.org/iso-4217-currency-codes.html',
      locator: 'none',
    },
    inverse: false,
    rateDate: on,
    fallback: false,
    basis: 'identity',
  };
}

function misuse(message: string): never {
  throw new MoneyConversionError('invalid-amount', `convertMoney: ${message}`);
}

/** A caller's value as a message shows it: a string quoted and cut to 40 characters, else its type or value. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  const plain = value === null || ['number', 'bigint', 'boolean', 'undefined'].includes(typeof value);
  return plain ? String(value) : typeof value;
}

/**
 * The exact decimal of an end of the amount: `exact` when given, else the number. A given `exact`
 * must be a plain decimal of at most {@link MAX_DECIMAL_DIGITS} digits that rounds to the number
 * (`Number(exact) === amount`), as every `exact` that {@link parseMoney} writes does.
 */
function decimalOf(value: unknown, exact: unknown, name: string, exactName: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) misuse(`money.${name} must be a finite number`);
  if (exact === undefined) return numberToDecimal(value);
  if (!isDecimalString(exact)) {
    misuse(`money.${exactName} must be a plain decimal string such as "23208370000000023208", got ${shown(exact)}`);
  }
  if (digitCount(exact) > MAX_DECIMAL_DIGITS) {
    misuse(
      `money.${exactName} has ${digitCount(exact)} digits, at most ${MAX_DECIMAL_DIGITS} are accepted: ${shown(exact)}`,
    );
  }
  if (Number(exact) !== value) {
    misuse(`money.${exactName} ${shown(exact)} does not round to money.${name} ${value}; they must be the same amount`);
  }
  return exact;
}

/**
 * Converts an amount with the reference rate of a given day, exactly (BigInt decimal arithmetic),
 * then rounds half away from zero to the target currency's minor unit: VND, JPY and KRW to whole
 * units, USD, EUR and CNY to 2 decimals. Bound, `estimated`, `per` and a range's `max` carry over;
 * `text` does not (the converted amount was not written anywhere).
 *
 * Which rate: the daily rate of the day; on a day with none (a weekend, a holiday, a gap in the
 * table) the last daily rate of the {@link MAX_RATE_AGE_DAYS} days before it, marked
 * `conversion.fallback: true` with its `rateDate`; else the annual average of the year. For a whole
 * year (`on: 'YYYY'`) its annual average, else its 31 December rate by the same rules. Past that it refuses (`no-rate`), never guesses.
 * The table: IMF annual averages 1995–2021 and State Bank of Vietnam daily central rates, each
 * row citing its page ({@link REFERENCE_RATES}).
 *
 * @param money - the amount to convert
 * @param to - ISO 4217 code to convert to
 * @param options - `on`: the day `YYYY-MM-DD` or the year `YYYY`
 * @returns the converted amount, with `conversion` naming the rate, its source and the rule used
 * @throws {@link MoneyConversionError} with `reason` `'no-rate'` (no rate near the day),
 *   `'unknown-currency'`, `'invalid-date'`, or `'invalid-amount'` (a non-finite amount or `max`; an
 *   `exact`/`exactMax` that is not a plain decimal, has more than 100 digits or does not round to
 *   `amount`/`max`; an `exactMax` without `max`; a `max` below `amount`; an unknown `bound`; a value
 *   that is not an object)
 * @example
 * ```ts
 * const usd = { amount: 1000, currency: 'USD', bound: 'exact' } as const;
 * convertMoney(usd, 'VND', { on: '2020-06-01' }).amount // → 23208370 (IMF 2020 average 23208.37)
 * convertMoney(usd, 'VND', { on: '2025-08-21' }).amount // → 25263000 (SBV central rate that day)
 * convertMoney(usd, 'VND', { on: '2025-11-24' }).conversion.rateDate // → '2025-11-21' (fallback)
 * convertMoney(usd, 'VND', { on: '2024-06-01' })         // throws MoneyConversionError ('no-rate')
 * ```
 */
export function convertMoney(money: Money, to: string, options: ConvertMoneyOptions): ConvertedMoney {
  const on: unknown = options !== null && typeof options === 'object' ? options.on : undefined;
  checkConversionDate(on, 'convertMoney');
  if (money === null || typeof money !== 'object') misuse('money must be a Money object');
  if (!BOUNDS.has(money.bound))
    misuse(`money.bound must be one of ${[...BOUNDS].join(', ')}, got ${String(money.bound)}`);
  const low = decimalOf(money.amount, money.exact, 'amount', 'exact');
  if (money.max === undefined && money.exactMax !== undefined) misuse('money.exactMax is given without money.max');
  const high = money.max === undefined ? undefined : decimalOf(money.max, money.exactMax, 'max', 'exactMax');
  if (high !== undefined && compareDecimal(high, low) < 0) {
    misuse(`money.max ${shown(high)} is below money.amount ${shown(low)}: a range's upper end comes second`);
  }
  for (const code of [money.currency, to] as unknown[]) {
    if (!isKnownCurrency(code)) {
      throw new MoneyConversionError(
        'unknown-currency',
        `convertMoney: unknown currency ${shown(code)}; known: ${Object.keys(MINOR_UNITS).join(', ')}`,
      );
    }
  }
  const found = money.currency === to ? identity(to, on) : findReferenceRate(money.currency, to, on);
  if (found === null) {
    const days = REFERENCE_RATES.filter(
      (r) => (r.base === money.currency && r.quote === to) || (r.base === to && r.quote === money.currency),
    ).map((r) => r.start);
    const last = on.length === 4 ? `${on}-12-31` : on;
    const before = days.filter((d) => d <= last).sort();
    const span =
      days.length === 0
        ? 'the table has no rate for this pair'
        : before.length > 0
          ? `the last rate before it is from ${before[before.length - 1]}, more than ${MAX_RATE_AGE_DAYS} days earlier`
          : 'the table has no rate before it';
    throw new MoneyConversionError(
      'no-rate',
      `convertMoney: no reference rate for ${money.currency}→${to} on ${on} (${span}); refusing to guess`,
    );
  }
  const digits = MINOR_UNITS[to] ?? 2;
  const convert = (decimal: string): string =>
    found.inverse ? divideDecimal(decimal, found.rate.rate, digits) : multiplyDecimal(decimal, found.rate.rate, digits);
  const lowResult = convert(low);
  const result: ConvertedMoney = {
    amount: Number(lowResult),
    currency: to,
    bound: money.bound,
    conversion: {
      on,
      rate: found.rate,
      inverse: found.inverse,
      rateDate: found.rateDate,
      fallback: found.fallback,
      basis: found.basis,
    },
  };
  if (money.estimated) result.estimated = true;
  if (money.per !== undefined) result.per = money.per;
  if (losesPrecision(lowResult, result.amount)) result.exact = lowResult;
  if (high !== undefined) {
    const highResult = convert(high);
    result.max = Number(highResult);
    if (losesPrecision(highResult, result.max)) result.exactMax = highResult;
  }
  return result;
}
