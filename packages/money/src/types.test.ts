import { describe, expectTypeOf, it } from 'vitest';
import type { Bound, ConvertedMoney, Money, MoneyMatch, ParseMoneyOptions, ReferenceRate } from './index.js';
import {
  convertMoney,
  extractMoney,
  formatMoney,
  type MoneyConversionError,
  parseMoney,
  parseNumber,
} from './index.js';

describe('public types', () => {
  it('match the API of issue #4', () => {
    expectTypeOf<Bound>().toEqualTypeOf<'exact' | 'approximate' | 'lower' | 'upper'>();
    expectTypeOf<Money>().toMatchTypeOf<{
      amount: number;
      currency: string;
      bound: Bound;
      estimated?: boolean;
      text?: string;
    }>();
    expectTypeOf<Money['max']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Money['per']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(parseMoney).parameters.toEqualTypeOf<[text: string, options?: ParseMoneyOptions]>();
    expectTypeOf(parseMoney).returns.toEqualTypeOf<Money | null>();
    expectTypeOf(extractMoney).returns.toEqualTypeOf<MoneyMatch[]>();
    expectTypeOf<MoneyMatch>().toEqualTypeOf<{ text: string; index: number; value: Money }>();
    expectTypeOf(parseNumber).toEqualTypeOf<(text: string) => number | null>();
    expectTypeOf(formatMoney)
      .parameter(1)
      .toEqualTypeOf<{ locale?: 'vi' | 'en'; style?: 'short' | 'long' } | undefined>();
    expectTypeOf(formatMoney).returns.toBeString();
    expectTypeOf(convertMoney).parameter(2).toEqualTypeOf<{ on: string }>();
    expectTypeOf(convertMoney).returns.toEqualTypeOf<ConvertedMoney>();
    expectTypeOf<ConvertedMoney>().toMatchTypeOf<Money>();
    expectTypeOf<ConvertedMoney['conversion']['rate']>().toEqualTypeOf<ReferenceRate>();
    expectTypeOf<MoneyConversionError['reason']>().toEqualTypeOf<
      'unknown-currency' | 'no-rate' | 'invalid-date' | 'invalid-amount'
    >();
  });
});
