import { parseIso, toIso } from '@vnsti/dates';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './errors.js';
import {
  Bound,
  CurrencyCode,
  DateValue,
  Figure,
  figureNumber,
  figureUnit,
  Id,
  IsoDate,
  LocalizedText,
  Money,
  Quantity,
  isMoneyFigure,
  SourceRef,
  Sources,
} from './values.js';

function problems(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success, `expected ${JSON.stringify(value)} to be rejected`).toBe(false);
  // biome-ignore lint/suspicious/noExplicitAny: the ZodError of a failed parse
  return describeIssues(result.error as any);
}

describe('Id', () => {
  it.each(['bui-van-khang', 'quang-ninh', 'hai-phong-grdp-growth-2025-q2', 'a', '57-nq-tw'])('accepts %s', (id) => {
    expect(Id.parse(id)).toBe(id);
  });
  it.each([
    ['Bui-Van-Khang', 'uppercase'],
    ['bùi-văn-khắng', 'diacritics'],
    ['đạt', 'đ not folded'],
    ['bui_van_khang', 'underscore'],
    ['bui--van', 'double hyphen'],
    ['-bui', 'leading hyphen'],
    ['bui-', 'trailing hyphen'],
    ['bui van', 'space'],
    ['', 'empty'],
  ])('rejects %s (%s) naming what it found', (id) => {
    const [p] = problems(Id, id);
    expect(p?.message).toContain('kebab-case ASCII id');
    expect(p?.message).toContain(`found ${JSON.stringify(id)}`);
  });
  it('rejects a number with a message saying so', () => {
    expect(problems(Id, 42)[0]?.message).toBe('expected an id (text), found 42');
  });
});

describe('IsoDate', () => {
  it.each(['2025-11-24', '2024-02-29', '2000-02-29', '1945-09-02'])('accepts %s', (d) => {
    expect(IsoDate.parse(d)).toBe(d);
  });
  it.each([
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '24/11/2025',
    '2025-1-5',
    '2025-11-24T00:00:00Z',
  ])('rejects %s with one message', (d) => {
    const found = problems(IsoDate, d);
    expect(found.map((p) => p.message)).toEqual([`expected a real calendar date as YYYY-MM-DD, found "${d}"`]);
  });
  // Zod's pattern and @vnsti/calendar are two writings of one rule (see values.ts): they must agree.
  it('accepts exactly the days of @vnsti/calendar', () => {
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const iso = toIso(year, month, day);
          expect(IsoDate.safeParse(iso).success, iso).toBe(parseIso(iso) !== null);
        }
      }
    }
  });
});

describe('CurrencyCode', () => {
  it.each(['VND', 'USD', 'EUR', 'JPY', 'KRW', 'CNY'])('accepts %s', (c) => {
    expect(CurrencyCode.parse(c)).toBe(c);
  });
  it.each(['VNĐ', 'vnd', 'usd', 'XYZ', 'US$', 'đồng', ''])('rejects %s', (c) => {
    expect(problems(CurrencyCode, c)[0]?.message).toContain(
      `ISO 4217 currency code such as VND, USD or EUR, found "${c}"`,
    );
  });
});

describe('Bound', () => {
  it('accepts the four bounds', () => {
    expect(Bound.options).toEqual(['exact', 'approximate', 'lower', 'upper']);
  });
  it('rejects anything else, listing what is allowed', () => {
    expect(problems(Bound, 'more-than')[0]?.message).toBe(
      'expected one of exact, approximate, lower, upper, found "more-than"',
    );
  });
});

describe('Money', () => {
  const ok = { amount: 16_000_000_000_000, currency: 'VND', bound: 'lower', text: 'hơn 16.000 tỷ đồng' };
  it('accepts a normalised amount (the TSDoc example)', () => {
    expect(Money.parse(ok)).toEqual(ok);
  });
  it('accepts a range with max ≥ amount', () => {
    expect(Money.parse({ amount: 10e9, max: 15e9, currency: 'VND', bound: 'exact' }).max).toBe(15e9);
  });
  it.each([
    [{ ...ok, amount: -1 }, 'amount', 'expected amount ≥ 0, found -1'],
    [{ ...ok, amount: Number.NaN }, 'amount', 'expected a finite amount, found NaN'],
    [{ ...ok, amount: Number.POSITIVE_INFINITY }, 'amount', 'expected a finite amount, found Infinity'],
    [{ ...ok, amount: '16000' }, 'amount', 'expected amount as a number, found "16000"'],
    [{ ...ok, currency: 'VNĐ' }, 'currency', 'expected an ISO 4217 currency code such as VND, USD or EUR, found "VNĐ"'],
    [{ ...ok, bound: 'about' }, 'bound', 'expected one of exact, approximate, lower, upper, found "about"'],
    [{ ...ok, max: 1 }, 'max', 'expected max ≥ amount'],
    [{ ...ok, exact: '1e20' }, 'exact', 'expected the exact amount as a plain decimal such as "12.5", found "1e20"'],
    [{ ...ok, exact: '-5' }, 'exact', 'expected the exact amount as a plain decimal such as "12.5", found "-5"'],
  ])('rejects %j at %s', (value, path, message) => {
    expect(problems(Money, value)).toContainEqual(expect.objectContaining({ path, message }));
  });
  it('keeps the exact decimal of an amount beyond 2^53, as parseMoney gives it', () => {
    const big = { amount: 12_345_678_901_234_568, exact: '12345678901234567', currency: 'VND', bound: 'exact' };
    expect(Money.parse(big).exact).toBe('12345678901234567');
  });
  it('rejects unknown fields (a typo is not silently dropped)', () => {
    expect(problems(Money, { ...ok, currancy: 'VND' })[0]?.message).toMatch(/currancy/);
  });
});

describe('Quantity', () => {
  it('accepts a count with a lower bound (the TSDoc example)', () => {
    expect(Quantity.parse({ value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' }).value).toBe(450);
  });
  it('rejects a missing unit and an empty unit', () => {
    expect(problems(Quantity, { value: 1, bound: 'exact' })[0]?.path).toBe('unit');
    expect(problems(Quantity, { value: 1, unit: ' ', bound: 'exact' })[0]?.message).toBe(
      'expected a unit, found an empty value',
    );
  });
});

describe('Figure', () => {
  const budget = { amount: 40_678_000_000_000, currency: 'VND', bound: 'exact', text: '40.678 tỷ đồng' };
  const growth = { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' };
  it('takes money as Money and any other figure as a Quantity (the TSDoc example)', () => {
    expect(Figure.parse(budget)).toEqual(budget);
    expect(Figure.parse(growth)).toEqual(growth);
    expect(isMoneyFigure(Figure.parse(budget))).toBe(true);
    expect(isMoneyFigure(Figure.parse(growth))).toBe(false);
  });
  it('accepts a negative amount of money (a fall, a loss), which Money refuses', () => {
    const loss = { amount: -5_000_000_000, currency: 'VND', bound: 'exact', text: '-5 tỷ đồng' };
    expect(Figure.parse(loss)).toEqual(loss);
    expect(Figure.parse({ ...loss, amount: -12_345_678_901_234_568, exact: '-12345678901234567' })).toBeTruthy();
    expect(Money.safeParse(loss).success).toBe(false);
  });
  it('keeps the exact decimal of a large amount and checks it', () => {
    const big = { amount: 12_345_678_901_234_568, exact: '12345678901234567', currency: 'VND', bound: 'exact' };
    expect(Figure.parse(big)).toEqual(big);
    expect(Figure.safeParse({ ...big, exact: '1' }).success).toBe(false);
  });
  it('refuses money written as a quantity in a currency, naming the unit', () => {
    expect(problems(Figure, { value: 9400, unit: 'USD', bound: 'lower' })).toEqual([
      expect.objectContaining({ path: 'unit', message: expect.stringMatching(/Money.*quantity in USD/) }),
    ]);
  });
  it('gives the unit and the number of either kind (currency and amount, unit and value)', () => {
    expect([figureUnit(Figure.parse(budget)), figureNumber(Figure.parse(budget))]).toEqual(['VND', 40_678_000_000_000]);
    expect([figureUnit(Figure.parse(growth)), figureNumber(Figure.parse(growth))]).toEqual(['percent', 11.2]);
  });
  it('refuses what is neither Money nor a Quantity', () => {
    expect(Figure.safeParse({ amount: 1, unit: 'person', bound: 'exact' }).success).toBe(false);
    expect(Figure.safeParse({ value: '11,2', unit: 'percent', bound: 'exact' }).success).toBe(false);
    expect(Figure.safeParse({ amount: 1, currency: 'XXY', bound: 'exact' }).success).toBe(false);
    expect(Figure.safeParse(null).success).toBe(false);
  });
});

describe('DateValue', () => {
  it('accepts a morning (the TSDoc example)', () => {
    const v = { start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning' };
    expect(DateValue.parse(v)).toEqual(v);
  });
  it('rejects end before start, naming both', () => {
    expect(problems(DateValue, { start: '2025-12-31', end: '2025-01-01', precision: 'span' })).toEqual([
      expect.objectContaining({
        path: 'end',
        message: 'expected end ≥ start, found start 2025-12-31 after end 2025-01-01',
      }),
    ]);
  });
  it('rejects an impossible day inside a period', () => {
    expect(problems(DateValue, { start: '2025-02-29', end: '2025-03-01', precision: 'span' })[0]?.path).toBe('start');
  });
  it('rejects an unknown precision and part of day', () => {
    const found = problems(DateValue, { start: '2025-01-01', end: '2025-01-01', precision: 'week', partOfDay: 'dawn' });
    expect(found.map((p) => p.path)).toEqual(['precision', 'partOfDay']);
  });
  it('accepts what parseDate gives for a fuzzy part of a year, and only true as approximate', () => {
    const v = { start: '2024-10-01', end: '2024-12-31', precision: 'span', approximate: true, text: 'cuối năm 2024' };
    expect(DateValue.parse(v)).toEqual(v);
    expect(problems(DateValue, { ...v, approximate: false })[0]?.path).toBe('approximate');
  });
});

describe('LocalizedText', () => {
  it('keeps Vietnamese exactly as written', () => {
    expect(LocalizedText.parse({ vi: 'Hải Phòng', en: 'Hai Phong' })).toEqual({ vi: 'Hải Phòng', en: 'Hai Phong' });
  });
  it('rejects decomposed (NFD) Vietnamese', () => {
    expect(problems(LocalizedText, { vi: 'Hải Phòng'.normalize('NFD'), en: 'Hai Phong' })[0]).toEqual(
      expect.objectContaining({ path: 'vi', message: 'expected Vietnamese text in Unicode NFC form' }),
    );
  });
  it('rejects a missing English rendering', () => {
    expect(problems(LocalizedText, { vi: 'Hải Phòng' })[0]).toEqual(
      expect.objectContaining({ path: 'en', message: 'expected an English rendering, found nothing' }),
    );
  });
});

describe('SourceRef and Sources', () => {
  it('accepts a citation (the TSDoc example)', () => {
    expect(SourceRef.parse({ source: 'tpo-2025-11-25-quang-ninh-ai', quote: 'cho 7 dự án' }).quote).toBe('cho 7 dự án');
  });
  it('rejects a citation without a quote', () => {
    expect(problems(SourceRef, { source: 'x' })[0]?.path).toBe('quote');
  });
  it('rejects an empty list of sources with a message a contributor understands', () => {
    expect(problems(Sources, [])[0]?.message).toBe(
      'expected at least one source (every fact cites a source with a quote or a locator), found none',
    );
  });
});

describe('describeIssues (the TSDoc example)', () => {
  it('flattens a Zod error to path, keys and message', () => {
    const r = Money.safeParse({ amount: -1, currency: 'VND', bound: 'exact' });
    expect(describeIssues(r.error!)).toEqual([
      { path: 'amount', keys: ['amount'], message: 'expected amount ≥ 0, found -1' },
    ]);
  });
});
