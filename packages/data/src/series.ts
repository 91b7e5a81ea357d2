import { figureUnit } from '@vnsti/money';
import type { Indicator, MetricRecord, MetricStatus, PlaceId } from '@vnsti/schema';

/**
 * One indicator's figures for one place in one unit, ordered by period (start, then end), with
 * measured, preliminary, estimated and target figures kept apart: a target for 2030 never sits in
 * the same line as what was measured in 2025, and a revenue in VND never beside its growth in percent.
 *
 * @example
 * ```ts
 * const [series]: readonly MetricSeries[] = graph.metricSeries({ indicator: 'grdp-growth', place: placeId });
 * series?.actual.map((m) => [m.period.start, figureNumber(m.value)]); // figureNumber of @vnsti/money
 * ```
 */
export interface MetricSeries {
  /** What the figures measure. */
  readonly indicator: Indicator;
  /** The place they are about. */
  readonly place: PlaceId;
  /** The unit of every figure in it (`percent`, `person`, …), or their currency (`VND`, `USD`): see `figureUnit`. */
  readonly unit: string;
  /** Measured figures (`status: actual`), by period. */
  readonly actual: readonly MetricRecord[];
  /** Preliminary figures, by period. */
  readonly preliminary: readonly MetricRecord[];
  /** Estimates (ước, dự kiến), by period. */
  readonly estimate: readonly MetricRecord[];
  /** Targets (mục tiêu), by period. */
  readonly target: readonly MetricRecord[];
}

/**
 * Which series to look up.
 *
 * @example
 * ```ts
 * const query: SeriesQuery = { indicator: 'grdp-growth', place: placeId };
 * ```
 */
export interface SeriesQuery {
  /** What the figures measure. */
  readonly indicator: Indicator;
  /** The place they are about. */
  readonly place: PlaceId;
  /** Only the series in this unit (default: every unit the figures use). */
  readonly unit?: string;
}

const seriesKey = (indicator: string, place: string) => `${indicator}\u0000${place}`;

/** The value of `key` in `map`, made with `make` and stored on first use. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const emptyGroup = (): Record<MetricStatus, MetricRecord[]> => ({
  actual: [],
  preliminary: [],
  estimate: [],
  target: [],
});
const NONE: readonly MetricSeries[] = Object.freeze([]);

const byPeriod = (a: MetricRecord, b: MetricRecord) =>
  a.period.start < b.period.start
    ? -1
    : a.period.start > b.period.start
      ? 1
      : a.period.end < b.period.end
        ? -1
        : a.period.end > b.period.end
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;

/**
 * Every metric series, built once (O(n log n)); a lookup is one map access.
 * @internal
 */
export class SeriesIndex {
  /** Series by indicator and place, one per unit, most figures first. */
  readonly #series = new Map<string, readonly MetricSeries[]>();
  readonly #all: MetricSeries[] = [];

  constructor(metrics: readonly MetricRecord[]) {
    const groups = new Map<string, Map<string, Record<MetricStatus, MetricRecord[]>>>();
    for (const metric of metrics) {
      const units = entry(groups, seriesKey(metric.indicator, metric.place), () => new Map());
      entry(units, figureUnit(metric.value), emptyGroup)[metric.status].push(metric);
    }
    const size = (s: MetricSeries) => s.actual.length + s.preliminary.length + s.estimate.length + s.target.length;
    for (const [key, units] of groups) {
      const list = [...units].map(([unit, group]) => this.#make(unit, group));
      list.sort((a, b) => size(b) - size(a));
      this.#series.set(key, Object.freeze(list));
      this.#all.push(...list);
    }
  }

  #make(unit: string, group: Record<MetricStatus, MetricRecord[]>): MetricSeries {
    const first = Object.values(group).find((list) => list.length > 0)![0]!;
    return Object.freeze({
      indicator: first.indicator,
      place: first.place,
      unit,
      actual: Object.freeze(group.actual.sort(byPeriod)),
      preliminary: Object.freeze(group.preliminary.sort(byPeriod)),
      estimate: Object.freeze(group.estimate.sort(byPeriod)),
      target: Object.freeze(group.target.sort(byPeriod)),
    });
  }

  /** The series of an indicator and place (one per unit), empty when there is no such figure. */
  get(query: SeriesQuery): readonly MetricSeries[] {
    const list = this.#series.get(seriesKey(query.indicator, query.place)) ?? NONE;
    return query.unit === undefined ? list : list.filter((s) => s.unit === query.unit);
  }

  /** Every series, grouped by indicator and place in the order their first figure appears. */
  all(): readonly MetricSeries[] {
    return this.#all;
  }
}
