import { describe, expectTypeOf, it } from 'vitest';
import type {
  DateValue as DateValueOfDates,
  PartOfDay as PartOfDayOfDates,
  Precision as PrecisionOfDates,
} from '@vnsti/dates';
import type { Bound as BoundValue, Money as MoneyValue, Quantity as QuantityValue } from '@vnsti/money';
import type { z } from 'zod';
import type { PartOfDay as PartOfDaySchema, Precision as PrecisionSchema } from './values.js';
import type { Bound, DateValue, Event, Id, Metric, Money, Official, Project, Quantity, SourceRef } from './index.js';

describe('inferred types', () => {
  it('Money carries amount, currency, bound, optional text and the exact decimals', () => {
    expectTypeOf<Money>().toEqualTypeOf<{
      amount: number;
      currency: string;
      bound: 'exact' | 'approximate' | 'lower' | 'upper';
      max?: number | undefined;
      estimated?: boolean | undefined;
      per?: string | undefined;
      text?: string | undefined;
      exact?: string | undefined;
      exactMax?: string | undefined;
    }>();
  });
  it("the value types are the helpers' types, defined once there", () => {
    expectTypeOf<Money>().toEqualTypeOf<MoneyValue>();
    expectTypeOf<Bound>().toEqualTypeOf<BoundValue>();
    expectTypeOf<Quantity>().toEqualTypeOf<QuantityValue>();
    expectTypeOf<DateValue>().toEqualTypeOf<DateValueOfDates>();
    expectTypeOf<z.infer<typeof PrecisionSchema>>().toEqualTypeOf<PrecisionOfDates>();
    expectTypeOf<z.infer<typeof PartOfDaySchema>>().toEqualTypeOf<PartOfDayOfDates>();
  });
  it('Bound is the four-way union', () => {
    expectTypeOf<Bound>().toEqualTypeOf<'exact' | 'approximate' | 'lower' | 'upper'>();
  });
  it('DateValue start/end are strings, precision a union', () => {
    expectTypeOf<DateValue['start']>().toEqualTypeOf<string>();
    expectTypeOf<DateValue['precision']>().toEqualTypeOf<'day' | 'month' | 'quarter' | 'half' | 'year' | 'span'>();
    expectTypeOf<DateValue['partOfDay']>().toEqualTypeOf<
      'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | undefined
    >();
  });
  it('records nest their facts', () => {
    expectTypeOf<Event['participants'][number]['sources']>().toEqualTypeOf<SourceRef[]>();
    expectTypeOf<Event['attendance']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Project['investment']>().toEqualTypeOf<Money | undefined>();
    expectTypeOf<Official['positions'][number]['asOf']>().toEqualTypeOf<string>();
    expectTypeOf<Metric['value']>().toEqualTypeOf<Money | Quantity>();
    expectTypeOf<Id>().toEqualTypeOf<string>();
  });
  it('the schema and its type share one name', async () => {
    const { Event: EventSchema } = await import('./index.js');
    expectTypeOf<z.infer<typeof EventSchema>>().toEqualTypeOf<Event>();
  });
});
