import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMoney, formatMoney, type Money, parseMoney, parseNumber } from './index.js';

const CURRENCIES = ['VND', 'USD', 'EUR', 'JPY', 'KRW', 'CNY'] as const;
const BOUNDS = ['exact', 'lower', 'upper', 'approximate'] as const;

/** A decimal with at most 15 significant digits: mantissa × 10^exponent, exponent from -2 to 15. */
const decimalAmount = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: -2, max: 12 }))
  .map(([mantissa, exponent]) => Number(exponent >= 0 ? `${mantissa}e${exponent}` : `${mantissa}e${exponent}`));

const money: fc.Arbitrary<Money> = fc
  .record({
    amount: decimalAmount,
    currency: fc.constantFrom(...CURRENCIES),
    bound: fc.constantFrom(...BOUNDS),
    estimated: fc.boolean(),
    extra: fc.option(decimalAmount, { nil: undefined }),
    per: fc.option(fc.constantFrom('người', 'năm', 'tháng', 'kg', 'm2', 'người/năm'), { nil: undefined }),
  })
  .map(({ amount, currency, bound, estimated, extra, per }) => {
    const value: Money = { amount, currency, bound };
    if (estimated) value.estimated = true;
    if (extra !== undefined) value.max = Number((amount + extra).toPrecision(15));
    if (per !== undefined) value.per = per;
    return value;
  });

describe('never throws', () => {
  it('on arbitrary strings (full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.option(fc.constantFrom(...CURRENCIES), { nil: undefined }),
        (text, defaultCurrency) => {
          const options = defaultCurrency ? { defaultCurrency } : {};
          parseMoney(text, options);
          parseNumber(text);
          for (const m of extractMoney(text, options)) {
            expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
            expect(Number.isFinite(m.value.amount)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on strings made of the pieces money is written with', () => {
    const piece = fc.constantFrom(
      '1',
      '23',
      '.',
      ',',
      ' ',
      '-',
      '–',
      '/',
      '%',
      'tỷ',
      'triệu',
      'nghìn',
      'đồng',
      'USD',
      'đ',
      'hơn',
      'gần',
      'từ',
      'đến',
      'trở lên',
      'ước',
      'USD ',
      '$',
      'billion',
      'người',
      '\n',
      'đô',
      'la',
      'Mỹ',
      '0',
      'âm ',
      'tâm',
      ' – ',
      '−',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        parseMoney(text, { defaultCurrency: 'VND' });
        parseNumber(text);
        for (const m of extractMoney(text, { defaultCurrency: 'VND' })) {
          expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(parseMoney(m.text, { defaultCurrency: 'VND' })).toEqual(m.value);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatMoney → parseMoney round-trips', () => {
  for (const locale of ['vi', 'en'] as const) {
    for (const style of ['short', 'long'] as const) {
      it(`${locale}, ${style}`, () => {
        fc.assert(
          fc.property(money, (value) => {
            const text = formatMoney(value, { locale, style });
            const back = parseMoney(text);
            expect(back, text).not.toBeNull();
            const { text: written, ...rest } = back!;
            expect(written).toBe(text);
            expect(rest).toEqual(value);
          }),
          { numRuns: 1000 },
        );
      });
    }
  }
});

// 4× the input takes about 4× the time when the scan is linear and 16× when it is quadratic: the
// bound of 8× sits between the two, far enough from both that load on a shared CI machine does not
// flip it. A run that still trips on noise is retried; a quadratic scan fails every attempt.
describe('linear time on adversarial input', { retry: 2 }, () => {
  // CPU time of this worker process (not wall time: other test processes share the cores), best
  // of seven runs, in ms.
  const time = (f: () => unknown): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 7; k++) {
      const start = process.cpuUsage();
      f();
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  };
  const inputs: Record<string, (size: number) => string> = {
    'digits and dots': (size) => '1234567890.'.repeat(Math.ceil(size / 11)).slice(0, size),
    '"1.1.1."': (size) => '1.'.repeat(size / 2),
    '"hơn hơn "': (size) => 'hơn '.repeat(size / 4),
    'digits and spaces': (size) => '1 '.repeat(size / 2),
    'amounts with bounds': (size) => 'hơn 1 tỷ đồng '.repeat(Math.ceil(size / 14)).slice(0, size),
    'long letter runs and digits': (size) => `${'a'.repeat(50)} 1 `.repeat(Math.ceil(size / 54)).slice(0, size),
  };
  for (const [name, make] of Object.entries(inputs)) {
    it(`${name}: 100 kB well under 50 ms, 400 kB under 8× the time of 100 kB`, () => {
      const small = make(100_000);
      const large = make(400_000);
      for (const run of [
        (t: string) => parseMoney(t, { defaultCurrency: 'VND' }),
        (t: string) => extractMoney(t, { defaultCurrency: 'VND' }),
        parseNumber,
      ]) {
        run(small); // warm up
        const t100 = time(() => run(small));
        const t400 = time(() => run(large));
        expect(t100).toBeLessThan(50);
        expect(t400).toBeLessThan(8 * Math.max(t100, 2)); // at least 2 ms: timer resolution on tiny figures
      }
    });
  }
});
