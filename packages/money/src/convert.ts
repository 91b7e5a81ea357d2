import { MINOR_UNITS } from './currency.js';
import { divideDecimal, losesPrecision, multiplyDecimal, numberToDecimal } from './decimal.js';
import { MoneyConversionError } from './errors.js';
import { findReferenceRate, REFERENCE_RATES, type ReferenceRate } from './rates.js';
import type { Money } from './types.js';

/** Options for {@link convertMoney}. */
export interface ConvertMoneyOptions {
  /** The day whose reference rate applies, `YYYY-MM-DD` (e.g. the article's publication date). */
  on: string;
}

/** A converted amount, with the rate used and its source. */
export interface ConvertedMoney extends Money {
  /** The rate applied and where it comes from. */
  conversion: {
    /** The day asked for. */
    on: string;
    /** The table row used (`rate.source` names its publisher). */
    rate: ReferenceRate;
    /** `true` when the row was used inverted (VND → USD with a USD/VND rate). */
    inverse: boolean;
  };
}

/** Currencies conversion knows: those with minor units here, and those in the rate table. */
function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(MINOR_UNITS, code) || REFERENCE_RATES.some((r) => r.base === code || r.quote === code);
}

/** Converting a currency to itself: rate 1, said plainly. */
function identity(code: string, on: string): { rate: ReferenceRate; inverse: boolean } {
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
    },
    inverse: false,
  };
}

function isCalendarDate(on: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return false;
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Converts an amount with the reference rate of a given day, exactly (BigInt decimal arithmetic),
 * then rounds half away from zero to the target currency's minor unit: VND, JPY and KRW to whole
 * units, USD, EUR and CNY to 2 decimals. Bound, `estimated`, `per` and a range's `max` carry over;
 * `text` does not (the converted amount was not written anywhere).
 *
 * The table holds IMF annual averages (1995–2021) and a few State Bank of Vietnam daily rates; a
 * daily rate wins on its date. Any other day is refused, never guessed.
 *
 * @param money - the amount to convert
 * @param to - ISO 4217 code to convert to
 * @param options - `on`: the day, `YYYY-MM-DD`
 * @returns the converted amount, with `conversion.rate.source` naming the source
 * @throws {@link MoneyConversionError} for an unknown currency, a day with no rate, a bad date
 * @example
 * ```ts
 * const usd = { amount: 1000, currency: 'USD', bound: 'exact' } as const;
 * convertMoney(usd, 'VND', { on: '2020-06-01' }).amount // → 23208370 (IMF 2020 average 23208.37)
 * convertMoney(usd, 'VND', { on: '2023-05-23' }).amount // → 23670000 (SBV daily rate)
 * convertMoney(usd, 'VND', { on: '2024-01-01' })         // throws MoneyConversionError
 * ```
 */
export function convertMoney(money: Money, to: string, options: ConvertMoneyOptions): ConvertedMoney {
  const on = options?.on;
  if (typeof on !== 'string' || !isCalendarDate(on)) {
    throw new MoneyConversionError(
      'invalid-date',
      `convertMoney: options.on must be a calendar date YYYY-MM-DD, got ${String(on)}`,
    );
  }
  if (
    money === null ||
    typeof money !== 'object' ||
    typeof money.amount !== 'number' ||
    !Number.isFinite(money.amount)
  ) {
    throw new MoneyConversionError('invalid-amount', 'convertMoney: money.amount must be a finite number');
  }
  for (const code of [money.currency, to]) {
    if (typeof code !== 'string' || !isKnownCurrency(code)) {
      throw new MoneyConversionError(
        'unknown-currency',
        `convertMoney: unknown currency ${JSON.stringify(code)}; known: ${Object.keys(MINOR_UNITS).join(', ')}`,
      );
    }
  }
  const found = money.currency === to ? identity(to, on) : findReferenceRate(money.currency, to, on);
  if (found === null) {
    const covered = REFERENCE_RATES.filter(
      (r) => (r.base === money.currency && r.quote === to) || (r.base === to && r.quote === money.currency),
    );
    const span =
      covered.length > 0
        ? `the table covers ${covered[0]!.start} to ${covered[covered.length - 1]!.end} with gaps`
        : 'the table has no rate for this pair';
    throw new MoneyConversionError(
      'no-rate',
      `convertMoney: no reference rate for ${money.currency}→${to} on ${on} (${span}); refusing to guess`,
    );
  }
  const digits = MINOR_UNITS[to] ?? 2;
  const convert = (decimal: string): string =>
    found.inverse ? divideDecimal(decimal, found.rate.rate, digits) : multiplyDecimal(decimal, found.rate.rate, digits);
  const low = convert(money.exact ?? numberToDecimal(money.amount));
  const result: ConvertedMoney = {
    amount: Number(low),
    currency: to,
    bound: money.bound,
    conversion: { on, rate: found.rate, inverse: found.inverse },
  };
  if (money.estimated) result.estimated = true;
  if (money.per !== undefined) result.per = money.per;
  if (losesPrecision(low, result.amount)) result.exact = low;
  if (money.max !== undefined) {
    const high = convert(money.exactMax ?? numberToDecimal(money.max));
    result.max = Number(high);
    if (losesPrecision(high, result.max)) result.exactMax = high;
  }
  return result;
}
