import { describe, expectTypeOf, it } from 'vitest';
import {
  type DateMatch,
  type DateError,
  type DateValue,
  extractDates,
  type FormatOptions,
  formatDate,
  type ParseOptions,
  type PartOfDay,
  type Precision,
  parseDate,
} from './index.js';

describe('public types', () => {
  it('has the precision and part-of-day unions of the issue', () => {
    expectTypeOf<Precision>().toEqualTypeOf<'day' | 'month' | 'quarter' | 'half' | 'year' | 'span'>();
    expectTypeOf<PartOfDay>().toEqualTypeOf<'morning' | 'noon' | 'afternoon' | 'evening' | 'night'>();
  });

  it('has DateValue with the documented fields', () => {
    expectTypeOf<DateValue['start']>().toEqualTypeOf<string>();
    expectTypeOf<DateValue['end']>().toEqualTypeOf<string>();
    expectTypeOf<DateValue['precision']>().toEqualTypeOf<Precision>();
    expectTypeOf<DateValue['partOfDay']>().toEqualTypeOf<PartOfDay | undefined>();
    expectTypeOf<DateValue['text']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DateValue['open']>().toEqualTypeOf<'start' | 'end' | undefined>();
    expectTypeOf<DateValue['approximate']>().toEqualTypeOf<true | undefined>();
    expectTypeOf({ start: '2025-01-01', end: '2025-01-01', precision: 'day' as const }).toExtend<DateValue>();
  });

  it('has the function signatures of the issue', () => {
    expectTypeOf(parseDate).parameters.toEqualTypeOf<[string, ParseOptions]>();
    expectTypeOf(parseDate).returns.toEqualTypeOf<DateValue | null>();
    expectTypeOf(extractDates).returns.toEqualTypeOf<DateMatch[]>();
    expectTypeOf<DateMatch>().toEqualTypeOf<{ text: string; index: number; value: DateValue }>();
    expectTypeOf(formatDate).parameters.toEqualTypeOf<[DateValue, FormatOptions?]>();
    expectTypeOf(formatDate).returns.toEqualTypeOf<string>();
    expectTypeOf<ParseOptions>().toEqualTypeOf<{ reference: string }>();
    expectTypeOf<NonNullable<FormatOptions['locale']>>().toEqualTypeOf<'vi' | 'en'>();
    expectTypeOf<DateError>().toExtend<Error>();
  });
});
