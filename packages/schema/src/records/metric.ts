import { z } from 'zod';
import { DateValue, Figure, Id, LocalizedText, Sources } from '../values.js';

/**
 * What a metric measures: the id of a row of the indicator registry
 * (`datasets/metrics/data/indicators.csv`), which a contributor extends with a row.
 */
export const Indicator = Id.meta({
  id: 'Indicator',
  description: 'Id of an indicator of the registry (datasets/metrics/data/indicators.csv).',
});
/** What a metric measures. */
export type Indicator = z.infer<typeof Indicator>;

/**
 * What kind of figure an indicator takes; a figure of another kind never fills it (booths are not an area).
 * `count` indicators also name the counted nouns they accept.
 */
export const UnitKind = z
  .enum(['percent', 'money', 'rank', 'rank-change', 'area', 'power', 'length', 'mass', 'count', 'years'])
  .meta({ id: 'UnitKind', description: 'Kind of figure an indicator takes.' });
/** What kind of figure an indicator takes. */
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * One indicator of the registry (`datasets/metrics/data/indicators.csv`): what `extract` maps a
 * phrase to, and what `metrics.indicator` refers to.
 *
 * @example
 * ```ts
 * IndicatorDefinition.parse({
 *   id: 'jobs', name: { vi: 'Lao động, việc làm', en: 'Jobs' }, unitKind: 'count', units: 'lao động; việc làm',
 *   phrases: 'lao động; việc làm', definition: 'Jobs created or workers employed.',
 * });
 * ```
 */
export const IndicatorDefinition = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    unitKind: UnitKind,
    units: z.string().optional().describe('For count indicators: the counted nouns it accepts, separated by "; ".'),
    phrases: z.string().optional().describe('Vietnamese phrases that name it in news text, separated by "; ".'),
    definition: z.string().describe('What is measured, in English.'),
  })
  .meta({ id: 'IndicatorDefinition', description: 'An indicator of the registry: names, unit kind, phrases.' });
/** One indicator of the registry. */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** Whether a figure is a measurement, an estimate or a goal (statistical indicator convention). */
export const MetricStatus = z
  .enum(['actual', 'preliminary', 'estimate', 'target'])
  .meta({ id: 'MetricStatus', description: 'actual | preliminary | estimate (ước, dự kiến) | target (mục tiêu).' });
/** Whether a figure is a measurement, an estimate or a goal. */
export type MetricStatus = z.infer<typeof MetricStatus>;

/**
 * One number about a place's economy or innovation system (statistical indicator convention:
 * indicator, place, period, value with unit and bound, status, comparison basis). A money figure's
 * `value` is {@link Figure}'s Money (`{ amount, currency, … }`), which `convertMoney` and `formatMoney`
 * of `@vnsti/money` take; any other figure is a Quantity (`{ value, unit, … }`).
 *
 * @example
 * ```ts
 * Metric.parse({
 *   id: 'hai-phong-grdp-growth-2025-q2', indicator: 'grdp-growth', place: 'hai-phong',
 *   period: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter' },
 *   value: { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' }, status: 'actual',
 *   basis: 'year-on-year', sources: [{ source: 's', quote: 'GRDP quý 2 tăng 11,2%' }],
 * });
 * // A money figure is Money: value: { amount: 40_678_000_000_000, currency: 'VND', bound: 'exact', text: '40.678 tỷ đồng' }
 * ```
 */
export const Metric = z
  .strictObject({
    id: Id,
    indicator: Indicator,
    place: Id.describe('Id of the place the figure is about.'),
    placeHistorical: z
      .boolean()
      .optional()
      .describe(
        'True when `place` deliberately names a unit no longer valid in the period (a former province’s figure).',
      ),
    document: Id.optional().describe('Id of the document (plan, resolution…) that sets or reports the figure.'),
    period: DateValue.describe('The period (or the date, for a stock) the figure refers to.'),
    value: Figure.describe(
      'The figure: Money (amount, currency) for an amount of money, else a Quantity (value, unit); see isMoneyFigure.',
    ),
    status: MetricStatus,
    basis: z
      .enum(['year-on-year', 'same-period-last-year', 'national-ranking', 'period-average', 'cumulative'])
      .optional()
      .describe('What the figure is compared against or how it is aggregated.'),
    note: LocalizedText.optional().describe('What the figure covers, when the indicator alone does not say.'),
    sources: Sources,
  })
  .meta({ id: 'Metric', description: 'A figure about a place: indicator, period, value, status.' });
/** A figure about a place. */
export type Metric = z.infer<typeof Metric>;
