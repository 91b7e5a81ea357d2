import type { DateValue as DateValueType, PartOfDay as PartOfDayType, Precision as PrecisionType } from '@vnsti/dates';
import type { Bound as BoundType, Money as MoneyType, Quantity as QuantityType } from '@vnsti/money';
import { z } from 'zod';
import { describeValue } from './errors.js';
import { isCurrencyCode } from './iso4217.js';
import { isNfc } from './nfc.js';

// The helpers that tell a metric's figures apart live with the Money and Quantity types in @vnsti/money.
export { figureNumber, figureUnit, isMoneyFigure } from '@vnsti/money';

const found = (input: unknown) => `found ${describeValue(input)}`;

/**
 * A stable record id: kebab-case ASCII (`a-z`, `0-9`, single hyphens), folded from the Vietnamese
 * name with {@link slugify}. Unique within its dataset; never changed once published.
 *
 * @example
 * ```ts
 * Id.parse('bui-van-khang'); // 'bui-van-khang'
 * Id.safeParse('Bùi-Văn').success; // false
 * ```
 */
export const Id = z
  .string({ error: (iss) => `expected an id (text), ${found(iss.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) =>
      `expected a kebab-case ASCII id (a-z, 0-9 and single hyphens, diacritics folded, đ→d), ${found(iss.input)}`,
  })
  .meta({ id: 'Id', description: 'Kebab-case ASCII id, diacritics folded (đ→d); stable once published.' });
/** A stable record id. */
export type Id = z.infer<typeof Id>;

/**
 * A calendar date as `YYYY-MM-DD` (Asia/Ho_Chi_Minh civil date), checked to exist: `2025-02-30`
 * is rejected, `2024-02-29` accepted. Never a JavaScript `Date`.
 *
 * @example
 * ```ts
 * IsoDate.parse('2025-11-24'); // '2025-11-24'
 * IsoDate.safeParse('2025-02-30').success; // false
 * ```
 */
export const IsoDate = z.iso
  // Zod's own date pattern, not a refinement calling `@vnsti/calendar`: the pattern also goes into the
  // JSON Schema (`format: date`), and a refinement would cost the pipeline ~120 ns a day. values.test.ts
  // checks that the two accept the same days.
  .date({ error: (iss) => `expected a real calendar date as YYYY-MM-DD, ${found(iss.input)}` })
  .meta({ id: 'IsoDate', description: 'Calendar date YYYY-MM-DD in Asia/Ho_Chi_Minh; must exist.' });
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An active ISO 4217 alphabetic currency code (`VND`, `USD`, `EUR`, …).
 *
 * @example
 * ```ts
 * CurrencyCode.parse('VND'); // 'VND'
 * CurrencyCode.safeParse('VNĐ').success; // false
 * ```
 */
export const CurrencyCode = z
  .string({ error: (iss) => `expected an ISO 4217 currency code, ${found(iss.input)}` })
  .refine(isCurrencyCode, {
    error: (iss) => `expected an ISO 4217 currency code such as VND, USD or EUR, ${found(iss.input)}`,
  })
  .meta({ id: 'CurrencyCode', description: 'Active ISO 4217 alphabetic currency code.' });
/** An ISO 4217 currency code. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * How a figure relates to the true value, from the words around it: `exact` (no qualifier),
 * `approximate` (khoảng, xấp xỉ, chừng), `lower` (hơn, trên, vượt: the true value is at least this),
 * `upper` (dưới, chưa đến, gần: at most this).
 *
 * @example
 * ```ts
 * Bound.parse('lower'); // 'lower', as in "hơn 16.000 tỷ đồng"
 * ```
 */
export const Bound = z
  .enum(['exact', 'approximate', 'lower', 'upper'], {
    error: (iss) => `expected one of exact, approximate, lower, upper, ${found(iss.input)}`,
  })
  .meta({
    id: 'Bound',
    description: 'exact | approximate | lower (at least) | upper (at most).',
  }) satisfies z.ZodType<BoundType>;
/** How a figure relates to the true value. */
export type Bound = z.infer<typeof Bound>;

const text = (what: string) =>
  z
    .string({ error: (iss) => `expected ${what}, ${found(iss.input)}` })
    .trim()
    .min(1, { error: `expected ${what}, found an empty value` })
    .refine(isNfc, { error: `expected ${what} in Unicode NFC form` });

/**
 * A name or phrase in Vietnamese exactly as written (NFC) with its English rendering, side by side.
 *
 * @example
 * ```ts
 * LocalizedText.parse({ vi: 'Hải Phòng', en: 'Hai Phong' });
 * ```
 */
export const LocalizedText = z
  .strictObject({
    vi: text('Vietnamese text').describe('Vietnamese, exactly as written in the source (NFC).'),
    en: text('an English rendering').describe('English rendering.'),
  })
  .meta({ id: 'LocalizedText', description: 'Vietnamese text as written, with an English rendering.' });
/** Vietnamese text with its English rendering. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A citation: the source's id and either a short quote that occurs verbatim (after whitespace
 * folding) in that source's stored text, or, for a source kept without text (a legal document or a
 * web page cited by URL), a locator: where in the document the fact stands ("Điều 1, khoản 3",
 * "Phụ lục, dòng 12"). Never a third party's sentences: a source without stored text is cited by
 * locator only. `vnsti validate` checks that a quote is really in the text, and that a source with
 * a stored text is cited with a quote and one without text with a locator and no quote.
 *
 * @example
 * ```ts
 * SourceRef.parse({ source: 'tpo-2025-11-25-quang-ninh-ai', quote: 'cho 7 dự án' });
 * SourceRef.parse({ source: 'nq-202-2025-qh15', locator: 'Điều 1, khoản 3' });
 * ```
 */
export const SourceRef = z
  .strictObject({
    source: Id.describe('Id of a record in the sources dataset.'),
    quote: text('a verbatim quote from the source')
      .optional()
      .describe('Short verbatim quote from the source text that states the fact (sources with a stored text).'),
    locator: text('a locator (article, clause, section or table row)')
      .optional()
      .describe('Where in the document the fact stands, e.g. "Điều 1, khoản 3" (sources without stored text).'),
  })
  .refine((ref) => ref.quote !== undefined || ref.locator !== undefined, {
    error: 'expected a quote (source with a stored text) or a locator (source without text), found neither',
    path: ['quote'],
  })
  .meta({ id: 'SourceRef', description: 'A source id with a verbatim quote from its text, or a locator in it.' });
/** A citation: source id + verbatim quote, or + locator. */
export type SourceRef = z.infer<typeof SourceRef>;

/** At least one citation: every fact-bearing record carries this. */
export const Sources = z
  .array(SourceRef)
  .min(1, { error: 'expected at least one source (every fact cites a source with a quote or a locator), found none' });

const amount = (what: string) =>
  z
    .number({
      error: (iss) =>
        typeof iss.input === 'number'
          ? `expected a finite ${what}, ${found(iss.input)}`
          : `expected ${what} as a number, ${found(iss.input)}`,
    })
    .refine((n) => n >= 0, { error: (iss) => `expected ${what} ≥ 0, ${found(iss.input)}` });

const rangeIsOrdered = (v: { max?: number | undefined } & ({ amount: number } | { value: number })) =>
  v.max === undefined || v.max >= ('amount' in v ? v.amount : v.value);

/**
 * A plain decimal string without leading zero, as `@vnsti/money` writes `exact` ("12345678901234567"),
 * with a sign only when `signed`.
 */
const decimal = (what: string, signed = false) =>
  z
    .string({ error: (iss) => `expected ${what} as a decimal string, ${found(iss.input)}` })
    .regex(signed ? /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/ : /^(?:0|[1-9]\d*)(?:\.\d+)?$/, {
      error: (iss) => `expected ${what} as a plain decimal such as "12.5", ${found(iss.input)}`,
    });

/** The properties of {@link Money} and of a metric's money figure, with the amounts checked by `amountSchema`. */
const moneyObject = (amountSchema: z.ZodType<number>, signed: boolean) =>
  z
    .strictObject({
      amount: amountSchema.describe('Amount in units of the currency (the lower end of a range).'),
      currency: CurrencyCode.describe('ISO 4217 currency code.'),
      bound: Bound.describe('How the stated amount relates to the true one.'),
      max: amountSchema.optional().describe('Upper end, when the source gives a range.'),
      estimated: z.boolean().optional().describe('True when the source calls it an estimate (ước, dự kiến).'),
      per: z.string().optional().describe('Unit the amount is per, e.g. "người" in "9.400 USD/người".'),
      text: z.string().optional().describe('The expression exactly as written in the source.'),
      exact: decimal('the exact amount', signed)
        .optional()
        .describe('The amount as a decimal string, present only when `amount` cannot hold it exactly (beyond 2^53).'),
      exactMax: decimal('the exact range maximum', signed).optional().describe('Like `exact`, for `max`.'),
    })
    .refine(rangeIsOrdered, { error: 'expected max ≥ amount', path: ['max'] })
    .refine((v) => v.exact === undefined || Number(v.exact) === v.amount, {
      error: 'expected exact to be the decimal amount stands for',
      path: ['exact'],
    })
    .refine((v) => v.exactMax === undefined || Number(v.exactMax) === v.max, {
      error: 'expected exactMax to be the decimal max stands for',
      path: ['exactMax'],
    });

/**
 * An amount of money as the source states it, normalised: an exact amount in the currency's
 * units (VND has no minor unit), an ISO 4217 currency, the bound the words give, and the original text.
 * Follows Open Contracting / IATI `value` (amount + currency). The type is `@vnsti/money`'s `Money`
 * (checked at compile time). The amount is never negative here: an investment, a budget, a price;
 * a signed amount (a loss, a fall: "-5 tỷ đồng", which `parseMoney` reads) is only a metric's
 * {@link Figure}.
 *
 * @example
 * ```ts
 * Money.parse({ amount: 16_000_000_000_000, currency: 'VND', bound: 'lower', text: 'hơn 16.000 tỷ đồng' });
 * ```
 */
export const Money = moneyObject(amount('amount'), false).meta({
  id: 'Money',
  description: 'Money amount with ISO 4217 currency, bound and original text.',
}) satisfies z.ZodType<MoneyType>;
/** A normalised money amount. */
export type Money = z.infer<typeof Money>;

/**
 * A counted or measured figure: value, unit, bound, original text ("hơn 450 đại biểu" →
 * 450 delegates, lower bound). Units are the unit ids of `@vnsti/money`'s lexicon (`person`, `km2`,
 * `ha`, `percent`, `rank`, `enterprise`, `project`…) or a currency code; the type is that package's
 * `Quantity` (checked at compile time).
 *
 * @example
 * ```ts
 * Quantity.parse({ value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' });
 * ```
 */
export const Quantity = z
  .strictObject({
    value: z
      .number({
        error: (iss) =>
          typeof iss.input === 'number'
            ? `expected a finite number, ${found(iss.input)}`
            : `expected a number, ${found(iss.input)}`,
      })
      .describe('The figure (the lower end of a range). May be negative for changes.'),
    unit: text('a unit').describe('Unit: person, km2, ha, percent, rank, enterprise, project, or a currency code.'),
    bound: Bound,
    max: z.number().optional().describe('Upper end, when the source gives a range.'),
    estimated: z.boolean().optional().describe('True when the source calls it an estimate.'),
    text: z.string().optional().describe('The expression exactly as written in the source.'),
  })
  .refine(rangeIsOrdered, { error: 'expected max ≥ value', path: ['max'] })
  .meta({
    id: 'Quantity',
    description: 'A figure with unit, bound and original text.',
  }) satisfies z.ZodType<QuantityType>;
/** A counted or measured figure. */
export type Quantity = z.infer<typeof Quantity>;

/** A metric's money amount: like {@link Money}, but signed (a fall, a loss: "-5 tỷ đồng"). */
const MoneyFigure = moneyObject(
  z
    .number({
      error: (iss) =>
        typeof iss.input === 'number'
          ? `expected a finite amount, ${found(iss.input)}`
          : `expected the amount as a number, ${found(iss.input)}`,
    })
    .describe('May be negative for a fall or a loss.'),
  true,
).meta({
  id: 'MoneyFigure',
  description: 'A money figure: Money whose amount may be negative (a fall, a loss).',
}) satisfies z.ZodType<MoneyType>;

/**
 * A metric's figure: {@link Money} when the source gives an amount of money ("40.678 tỷ đồng",
 * "trên 9.400 USD"; the amount may then be negative), else a {@link Quantity} ("11,2%", "76 doanh
 * nghiệp") whose unit is never a currency. The two are told apart by their keys: Money has
 * `currency` and `amount`, a Quantity `unit` and `value` (see {@link isMoneyFigure}).
 *
 * @example
 * ```ts
 * Figure.parse({ amount: 40_678_000_000_000, currency: 'VND', bound: 'exact', text: '40.678 tỷ đồng' });
 * Figure.parse({ value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' });
 * Figure.safeParse({ value: 9400, unit: 'USD', bound: 'lower' }).success; // false: money is Money
 * ```
 */
export const Figure = z
  .union([MoneyFigure, Quantity])
  .superRefine((v, ctx) => {
    if ('unit' in v && isCurrencyCode(v.unit))
      ctx.addIssue({
        code: 'custom',
        message: `expected money as { amount, currency } (Money), found a quantity in ${v.unit}`,
        path: ['unit'],
      });
  })
  .meta({
    id: 'Figure',
    description: 'A figure: Money (amount, currency) or a Quantity in a unit that is no currency.',
  });
/** A metric's figure: Money or a Quantity. */
export type Figure = z.infer<typeof Figure>;

/** How precisely a {@link DateValue} is known. */
export const Precision = z
  .enum(['day', 'month', 'quarter', 'half', 'year', 'span'], {
    error: (iss) => `expected one of day, month, quarter, half, year, span, ${found(iss.input)}`,
  })
  .meta({ id: 'Precision', description: 'How precisely the date is known.' }) satisfies z.ZodType<PrecisionType>;
/** How precisely a date is known. */
export type Precision = z.infer<typeof Precision>;

/** Part of day as Vietnamese news writes it: sáng, trưa, chiều, tối, đêm. */
export const PartOfDay = z
  .enum(['morning', 'noon', 'afternoon', 'evening', 'night'], {
    error: (iss) => `expected one of morning, noon, afternoon, evening, night, ${found(iss.input)}`,
  })
  .meta({
    id: 'PartOfDay',
    description: 'sáng=morning, trưa=noon, chiều=afternoon, tối=evening, đêm=night.',
  }) satisfies z.ZodType<PartOfDayType>;
/** Part of day. */
export type PartOfDay = z.infer<typeof PartOfDay>;

/**
 * A date or period as a closed interval of calendar days (`start` ≤ `end`, both `YYYY-MM-DD` in
 * Asia/Ho_Chi_Minh), with its precision: "sáng 24/11" is one day in the morning, "quý III/2025" is
 * 2025-07-01..2025-09-30 with precision `quarter`. `open` marks a horizon whose one end the source
 * leaves open ("trước năm 2030": the start is open); `approximate` marks a fuzzy part of a period
 * ("cuối năm 2024"). The type is `@vnsti/dates`' `DateValue` (checked at compile time).
 *
 * @example
 * ```ts
 * DateValue.parse({ start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning' });
 * ```
 */
export const DateValue = z
  .strictObject({
    start: IsoDate.describe('First day of the interval.'),
    end: IsoDate.describe('Last day of the interval (inclusive).'),
    precision: Precision,
    partOfDay: PartOfDay.optional(),
    open: z.enum(['start', 'end']).optional().describe('Which end the source leaves open, for horizons.'),
    text: z.string().optional().describe('The expression exactly as written in the source.'),
    approximate: z
      .literal(true)
      .optional()
      .describe('True when the words name a fuzzy part of a period ("cuối năm 2024": the conventional bounds).'),
  })
  .refine((d) => d.end >= d.start, {
    error: (iss) => {
      const v = iss.input as { start: string; end: string };
      return `expected end ≥ start, found start ${v.start} after end ${v.end}`;
    },
    path: ['end'],
  })
  .meta({
    id: 'DateValue',
    description: 'A date or period: inclusive calendar interval with precision.',
  }) satisfies z.ZodType<DateValueType>;
/** A date or period. */
export type DateValue = z.infer<typeof DateValue>;
