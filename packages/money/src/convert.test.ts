import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertMoney,
  findReferenceRate,
  lexicon,
  type Money,
  MoneyConversionError,
  MoneyError,
  parseMoney,
} from './index.js';

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
    expect(convertMoney(usd(1000), 'VND', { on: '2025-08-21' }).amount).toBe(25263000);
    expect(convertMoney(usd(1000), 'VND', { on: '2025-11-24' }).conversion.rateDate).toBe('2025-11-21');
    expect(() => convertMoney(usd(1000), 'VND', { on: '2024-06-01' })).toThrow(MoneyConversionError);
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
    expect(result.conversion).toMatchObject({ rateDate: '2023-05-23', fallback: false, basis: 'same-day' });
    expect(findReferenceRate('USD', 'VND', '2021-05-25')?.rate.rate).toBe('23158');
  });

  it('uses the last daily rate of the 10 days before a day with none, and says so', () => {
    // 2025-11-24 (a Monday in the table's gap): the rate of Friday 2025-11-21, 3 days before.
    const monday = convertMoney(vnd(16e12), 'USD', { on: '2025-11-24' });
    expect(monday.conversion).toMatchObject({ on: '2025-11-24', rateDate: '2025-11-21', fallback: true });
    expect(monday.conversion.basis).toBe('earlier-day');
    expect(monday.conversion.rate.rate).toBe('25136');
    // 16e12 / 25136 = 636537237.4284… → 636537237.43
    expect(monday.amount).toBe(636537237.43);
    // Ten days after a rate it still applies; eleven days after it does not (2021 has its IMF average).
    expect(findReferenceRate('USD', 'VND', '2021-06-04')?.rateDate).toBe('2021-05-25');
    expect(findReferenceRate('USD', 'VND', '2021-06-05')?.basis).toBe('annual-average');
    expect(findReferenceRate('USD', 'VND', '2025-12-01')?.rateDate).toBe('2025-11-25');
    // September 2023: Friday the 15th (24 036) serves the weekend and the next week up to the 25th, which has
    // its own rate (24 076); that one serves the 29th, the day of the Quảng Ninh figures, and lapses after 5 October.
    expect(findReferenceRate('USD', 'VND', '2023-09-24')).toMatchObject({
      rateDate: '2023-09-15',
      basis: 'earlier-day',
    });
    expect(findReferenceRate('USD', 'VND', '2023-09-24')?.rate.rate).toBe('24036');
    expect(findReferenceRate('USD', 'VND', '2023-09-25')).toMatchObject({ rateDate: '2023-09-25', basis: 'same-day' });
    expect(findReferenceRate('USD', 'VND', '2023-09-29')).toMatchObject({ rateDate: '2023-09-25', fallback: true });
    expect(findReferenceRate('USD', 'VND', '2023-09-29')?.rate.rate).toBe('24076');
    expect(findReferenceRate('USD', 'VND', '2023-10-05')?.rateDate).toBe('2023-09-25');
    expect(findReferenceRate('USD', 'VND', '2023-10-06')).toBeNull();
    expect(findReferenceRate('USD', 'VND', '2025-12-06')).toBeNull();
    // Never a rate from a later day: the day before the first 2025 rate has none.
    expect(findReferenceRate('USD', 'VND', '2025-06-29')).toBeNull();
  });

  it('converts a whole year on its annual average, else on its 31 December rate', () => {
    const year = convertMoney(usd(1), 'VND', { on: '2020' });
    expect(year.conversion).toMatchObject({ rateDate: '2020', basis: 'annual-average', fallback: false });
    expect(year.amount).toBe(23208);
    // No 2022 average in the table: 31 December 2022 (a Saturday) takes the rate of the 30th.
    const yearEnd = convertMoney(usd(1), 'VND', { on: '2022' });
    expect(yearEnd.conversion).toMatchObject({ on: '2022', rateDate: '2022-12-30', basis: 'earlier-day' });
    expect(yearEnd.amount).toBe(23612);
    expect(findReferenceRate('USD', 'VND', '2024')?.basis).toBe('same-day');
    // Nor any rate near 31 December 2023.
    expect(refusal(() => convertMoney(usd(1), 'VND', { on: '2023' })).message).toMatch(
      /on 2023 \(the last rate before it is from 2023-09-25/,
    );
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
    const error = refusal(() => convertMoney(usd(1), 'VND', { on: '2024-06-01' }));
    expect(error.reason).toBe('no-rate');
    expect(error.name).toBe('MoneyConversionError');
    expect(error).toBeInstanceOf(MoneyError);
    expect(error.message).toMatch(/USD→VND on 2024-06-01 \(the last rate before it is from 2024-03-11/);
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
    for (const on of ['2020-02-30', '2020-6-1', '01/06/2020', '', 'tomorrow', '20201', '2020-06']) {
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

  it('throws a typed error, never a SyntaxError, on a malformed exact or a bad amount', () => {
    for (const exact of ['12x', '', '1e5', '--1', '1.', ' 1', '0x10', `${'9'.repeat(200)}x`]) {
      const error = refusal(() => convertMoney(usd(1, { exact }), 'VND', { on: '2020-06-01' }));
      expect(error.reason, exact).toBe('invalid-amount');
      expect(error.message).toMatch(/money\.exact must be a plain decimal string/);
    }
    expect(
      refusal(() => convertMoney(usd(1, { max: 2, exactMax: 'abc' }), 'VND', { on: '2020-06-01' })).message,
    ).toMatch(/money\.exactMax/);
    expect(
      refusal(() => convertMoney(usd(1, { max: Number.POSITIVE_INFINITY }), 'VND', { on: '2020-06-01' })).reason,
    ).toBe('invalid-amount');
    expect(
      refusal(() => convertMoney(usd(1, { bound: 'about' as never }), 'VND', { on: '2020-06-01' })).message,
    ).toMatch(/money\.bound must be one of/);
    expect(refusal(() => convertMoney(null as unknown as Money, 'VND', { on: '2020-06-01' })).reason).toBe(
      'invalid-amount',
    );
    expect(refusal(() => convertMoney(usd(1), 42 as unknown as string, { on: '2020-06-01' })).reason).toBe(
      'unknown-currency',
    );
    expect(refusal(() => convertMoney(usd(1), 'VND', { on: 20200601 as unknown as string })).reason).toBe(
      'invalid-date',
    );
    // A well-formed exact is used instead of the rounded number.
    const exact = convertMoney(usd(1e16, { exact: '10000000000000001' }), 'VND', { on: '2025-08-21' });
    expect(exact.exact).toBe('252630000000000025263');
  });

  it('refuses an exact that is not the same amount as the number beside it', () => {
    const on = { on: '2025-08-21' };
    const loss = refusal(() => convertMoney(vnd(5e9, { exact: '-5' }), 'VND', on));
    expect(loss.reason).toBe('invalid-amount');
    expect(loss.message).toMatch(/money\.exact "-5" does not round to money\.amount 5000000000/);
    const range = refusal(() => convertMoney(vnd(1, { max: 2e9, exactMax: '3000000000' }), 'VND', on));
    expect(range.message).toMatch(/money\.exactMax "3000000000" does not round to money\.max 2000000000/);
    expect(refusal(() => convertMoney(vnd(1, { exactMax: '2' }), 'VND', on)).message).toMatch(
      /money\.exactMax is given without money\.max/,
    );
    // 10000000000000001 rounds to 1e16, so it may stand beside it; 10000000000000003 rounds to 1e16 + 4.
    expect(convertMoney(vnd(1e16, { exact: '10000000000000001' }), 'VND', on).exact).toBe('10000000000000001');
    expect(refusal(() => convertMoney(vnd(1e16, { exact: '10000000000000003' }), 'VND', on)).reason).toBe(
      'invalid-amount',
    );
  });

  it('refuses a max below the amount, comparing the exact values', () => {
    const on = { on: '2025-08-21' };
    expect(refusal(() => convertMoney(vnd(5, { max: 3 }), 'VND', on)).message).toMatch(
      /money\.max "3" is below money\.amount "5"/,
    );
    // Both ends round to 1e16; only the exact values tell that max is the smaller.
    const crossed = vnd(1e16, { exact: '10000000000000001', max: 1e16, exactMax: '10000000000000000' });
    expect(refusal(() => convertMoney(crossed, 'VND', on)).reason).toBe('invalid-amount');
    // Equal ends and a range of two negatives are fine.
    expect(convertMoney(vnd(5, { max: 5 }), 'VND', on).max).toBe(5);
    expect(convertMoney(vnd(-5e9, { max: -3e9 }), 'VND', on)).toMatchObject({ amount: -5e9, max: -3e9 });
  });

  it('accepts an exact of up to 100 digits, says the limit past it, and echoes at most 40 characters', () => {
    const on = { on: '2025-08-21' };
    const ninety = '1'.repeat(90);
    expect(convertMoney(vnd(Number(ninety), { exact: ninety }), 'VND', on).exact).toBe(ninety);
    const long = `1${'0'.repeat(100)}`;
    const error = refusal(() => convertMoney(vnd(1e100, { exact: long }), 'VND', on));
    expect(error.reason).toBe('invalid-amount');
    expect(error.message).toMatch(/money\.exact has 101 digits, at most 100 are accepted/);
    expect(error.message).not.toContain('0'.repeat(41));
    const hostile = refusal(() => convertMoney(vnd(1, { exact: `${'7'.repeat(100_000)}x` }), 'VND', on)).message;
    expect(hostile).not.toContain('7'.repeat(41));
    expect(hostile.length).toBeLessThan(200);
    // A non-string shows its type, never its contents.
    const object = refusal(() =>
      convertMoney(vnd(1, { exact: { toString: () => 'x'.repeat(99) } as never }), 'VND', on),
    );
    expect(object.message).toMatch(/got object$/);
  });

  it('converts the longest amount the parser can read', () => {
    const largest = Math.max(
      ...[...lexicon.MAGNITUDES.values()].filter((m) => m.style === 'en').map((m) => m.exponent),
    );
    const word = [...lexicon.MAGNITUDES].find(([, m]) => m.exponent === largest)![0];
    const text = `${'9'.repeat(40)} ${Array(lexicon.MAX_MAGNITUDE_WORDS).fill(word).join(' ')} USD`;
    const money = parseMoney(text)!;
    expect(money.exact).toHaveLength(40 + largest * lexicon.MAX_MAGNITUDE_WORDS);
    expect(convertMoney(money, 'USD', { on: '2025-08-21' }).exact).toBe(money.exact);
    expect(convertMoney(money, 'VND', { on: '2025-08-21' }).exact).toMatch(/^25262999999\d+$/);
  });

  it('never refuses what parseMoney wrote', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,39}$/);
    const number = fc.oneof(
      digits,
      fc.tuple(digits, fc.stringMatching(/^\d{1,12}$/)).map(([i, f]) => `${i},${f}`.slice(0, 40)),
    );
    const magnitudes = fc.constantFrom('', ' nghìn', ' triệu', ' tỷ', ' nghìn tỷ', ' triệu tỷ', ' tỷ tỷ tỷ');
    const sign = fc.constantFrom('', '-', 'âm ');
    const amount = fc.tuple(sign, number, magnitudes).map(([s, n, m]) => `${s}${n}${m}`);
    const text = fc.oneof(
      amount,
      fc.tuple(amount, amount).map(([a, b]) => `từ ${a} đến ${b}`),
      fc.tuple(amount, amount).map(([a, b]) => `${a} – ${b}`),
    );
    let read = 0;
    let withExact = 0;
    fc.assert(
      fc.property(text, fc.constantFrom('đồng', 'USD'), (written, currency) => {
        const money = parseMoney(`${written} ${currency}`);
        if (money === null) return;
        read++;
        if (money.exact !== undefined || money.exactMax !== undefined) withExact++;
        for (const to of ['VND', 'USD']) {
          const converted = convertMoney(money, to, { on: '2025-08-21' });
          expect(Number.isFinite(converted.amount)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(1500);
    expect(withExact).toBeGreaterThan(150);
  });
});
