import { z } from 'zod';
import { DateValue, Id, LocalizedText, Quantity, Sources } from '../values.js';

/** The controlled vocabulary of indicators a metric measures. */
export const Indicator = z
  .enum([
    'grdp-growth',
    'grdp-per-capita',
    'grdp-rank',
    'budget-revenue',
    'budget-revenue-growth',
    'population',
    'area',
    'enterprise-count',
    'science-technology-enterprise-count',
    'digital-technology-enterprise-count',
    'sme-digital-platform-count',
    'innovation-index-rank',
    'investment-committed',
    'projects-licensed',
    'mou-signed',
    'double-digit-growth-years',
    'poor-households',
  ])
  .meta({ id: 'Indicator', description: 'What the metric measures (controlled vocabulary).' });
/** What a metric measures. */
export type Indicator = z.infer<typeof Indicator>;

/** Whether a figure is a measurement, an estimate or a goal (statistical indicator convention). */
export const MetricStatus = z
  .enum(['actual', 'preliminary', 'estimate', 'target'])
  .meta({ id: 'MetricStatus', description: 'actual | preliminary | estimate (ước, dự kiến) | target (mục tiêu).' });
/** Whether a figure is a measurement, an estimate or a goal. */
export type MetricStatus = z.infer<typeof MetricStatus>;

/**
 * One number about a place's economy or innovation system (statistical indicator convention:
 * indicator, place, period, value with unit and bound, status, comparison basis).
 *
 * @example
 * ```ts
 * Metric.parse({
 *   id: 'hai-phong-grdp-growth-2025-q2', indicator: 'grdp-growth', place: 'hai-phong',
 *   period: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter' },
 *   value: { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' }, status: 'actual',
 *   basis: 'year-on-year', sources: [{ source: 's', quote: 'GRDP quý 2 tăng 11,2%' }],
 * });
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
    value: Quantity.describe('The figure; money figures use the currency code as unit.'),
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
