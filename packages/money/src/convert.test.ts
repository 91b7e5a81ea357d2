import { describe, expect, it } from 'vitest';
import { convertMoney, findReferenceRate, type Money, MoneyConversionError, MoneyError } from './index.js';

const usd = (amount: number, extra: Partial<Money> = {}): Money => ({
  amount,
  currency: 'USD',
  bound: 'exact',
  ...extra,
});
const vnd = (amount: number, extra: Partial<Money> = {}): Money => ({
  amount,
  currency: 'VND',
  bound: 'exact',
  ...extra,
});

function refusal(f: () => unknown): MoneyConversionError {
  try {
    f();
  } catch (error) {
    if (error instanceof MoneyConversionError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('convertMoney', () => {
  it('reads the TSDoc examples', () => {
    expect(convertMoney(usd(1000), 'VND', { on: '2020-06-01' }).amount).toBe(23208370);
    expect(convertMoney(usd(1000), 'VND', { on: '2023-05-23' }).amount).toBe(23670000);
    expect(() => convertMoney(usd(1000), 'VND', { on: '2024-01-01' })).toThrow(MoneyConversionError);
  });

  it('uses the IMF annual average for a day of 2020 and names the source', () => {
    const result = convertMoney(usd(1), 'VND', { on: '2020-06-01' });
    expect(result.amount).toBe(23208); // 23208.37 rounded: VND has no minor unit
    expect(result.conversion.rate.rate).toBe('23208.37');
    expect(result.conversion.rate.kind).toBe('annual-average-official');
    expect(result.conversion.rate.source).toMatch(/IMF International Financial Statistics.*IndexMundi/);
    expect(result.conversion.rate.sourceUrl).toBe('https://www.indexmundi.com/facts/vietnam/indicator/PA.NUS.FCRF');
    expect(findReferenceRate('USD', 'VND', '2020-06-01')?.rate.rate).toBe('23208.37');
  });

  it('prefers the daily rate on its date over the annual average', () => {
    const result = convertMoney(usd(15.6e9), 'VND', { on: '2023-05-23' });
    expect(result.amount).toBe(15.6e9 * 23670);
    expect(result.conversion.rate.kind).toBe('daily-central-rate');
    expect(result.conversion.rate.source).toMatch(/State Bank of Vietnam/);
    expect(findReferenceRate('USD', 'VND', '2021-05-25')?.rate.rate).toBe('23158');
    expect(findReferenceRate('USD', 'VND', '2021-05-26')?.rate.rate).toBe('23159.78');
  });

  it('converts VND → USD with the inverse rate, rounded to cents', () => {
    const result = convertMoney(vnd(16e12, { bound: 'lower' }), 'USD', { on: '2020-06-01' });
    // 16e12 / 23208.37 = 689406451.2070… → 689406451.21
    expect(result.amount).toBe(689406451.21);
    expect(result.bound).toBe('lower');
    expect(result.conversion.inverse).toBe(true);
    expect(convertMoney(vnd(100000), 'USD', { on: '2023-05-23' }).amount).toBe(4.22);
  });

  it('carries bound, estimate, range and per-unit; drops text', () => {
    const result = convertMoney(
      usd(10, { max: 15, estimated: true, per: 'người', text: '10-15 USD/người', bound: 'approximate' }),
      'VND',
      { on: '2023-08-25' },
    );
    expect(result).toMatchObject({
      amount: 238980,
      max: 358470,
      currency: 'VND',
      bound: 'approximate',
      estimated: true,
      per: 'người',
    });
    expect(result.text).toBeUndefined();
  });

  it('rounds exactly: no floating-point product', () => {
    // 1.1 * 23208.37 in floating point is 25529.207000000002; exact half-up rounding gives 25529.
    expect(convertMoney(usd(1.1), 'VND', { on: '2020-01-01' }).amount).toBe(25529);
    expect(convertMoney(usd(0.5), 'VND', { on: '2023-05-23' }).amount).toBe(11835);
  });

  it('refuses a date with no rate, naming the pair and the day', () => {
    const error = refusal(() => convertMoney(usd(1), 'VND', { on: '2024-01-01' }));
    expect(error.reason).toBe('no-rate');
    expect(error.name).toBe('MoneyConversionError');
    expect(error).toBeInstanceOf(MoneyError);
    expect(error.message).toMatch(/USD→VND on 2024-01-01/);
    expect(refusal(() => convertMoney(usd(1), 'VND', { on: '1994-12-31' })).reason).toBe('no-rate');
    expect(
      refusal(() => convertMoney({ amount: 1, currency: 'EUR', bound: 'exact' }, 'VND', { on: '2020-06-01' })).reason,
    ).toBe('no-rate');
  });

  it('refuses unknown currencies and bad dates', () => {
    expect(refusal(() => convertMoney(usd(1), 'XYZ', { on: '2020-06-01' })).reason).toBe('unknown-currency');
    expect(
      refusal(() => convertMoney({ amount: 1, currency: 'đồng', bound: 'exact' }, 'USD', { on: '2020-06-01' })).message,
    ).toMatch(/unknown currency "đồng"/);
    for (const on of ['2020-02-30', '2020-6-1', '01/06/2020', '', 'tomorrow']) {
      expect(refusal(() => convertMoney(usd(1), 'VND', { on })).reason, on).toBe('invalid-date');
    }
    expect(refusal(() => convertMoney(usd(1), 'VND', undefined as unknown as { on: string })).reason).toBe(
      'invalid-date',
    );
    expect(refusal(() => convertMoney(usd(Number.NaN), 'VND', { on: '2020-06-01' })).reason).toBe('invalid-amount');
  });

  it('returns the same amount for the same currency, and keeps `exact` beyond 2^53', () => {
    expect(convertMoney(vnd(5), 'VND', { on: '2020-06-01' }).amount).toBe(5);
    // 1000000000000001 × 23208.37 = 23208370000000023208.37: far beyond 2^53.
    const big = convertMoney({ amount: 1000000000000001, currency: 'USD', bound: 'exact' }, 'VND', {
      on: '2020-06-01',
    });
    expect(big.exact).toBe('23208370000000023208');
    expect(big.amount).toBe(Number('23208370000000023208'));
    // Exactly representable results carry no `exact`.
    expect(
      convertMoney({ amount: 1e15, currency: 'USD', bound: 'exact' }, 'VND', { on: '2020-06-01' }).exact,
    ).toBeUndefined();
  });
});
