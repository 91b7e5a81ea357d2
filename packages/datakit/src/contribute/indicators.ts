import { lexicon, type Quantity } from '@vnsti/money';
import type { CsvTable } from './csv.js';

/** One indicator of the registry (`datasets/metrics/data/indicators.csv`), ready for matching. */
export interface IndicatorEntry {
  readonly id: string;
  readonly nameVi: string;
  /** `percent`, `money`, `rank`, `rank-change`, `area`, `power`, `length`, `mass`, `count` or `years`. */
  readonly unitKind: string;
  /**
   * For `count`: the units it accepts, as the figure reader gives them: the lexicon's unit id of a
   * counted noun it knows (`enterprise` for "doanh nghiệp"), else the noun as written ("lao động").
   */
  readonly units: readonly string[];
  /** Lower-case phrases that name it. */
  readonly phrases: readonly string[];
}

const split = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((p) => p.trim().normalize('NFC').toLocaleLowerCase('vi'))
    .filter(Boolean);

/**
 * Reads the indicator registry table.
 *
 * @param table - `indicators.csv` as read by the working-tables reader; none gives an empty registry.
 * @returns The entries, in file order.
 * @example
 * ```ts
 * indicatorsFrom(undefined); // []
 * ```
 */
export function indicatorsFrom(table: CsvTable | undefined): IndicatorEntry[] {
  return (table?.rows ?? [])
    .filter((r) => r['id'] && r['unit_kind'])
    .map((r) => ({
      id: r['id'] ?? '',
      nameVi: r['name_vi'] ?? '',
      unitKind: r['unit_kind'] ?? '',
      units: split(r['units']).map((noun) => lexicon.UNIT_PHRASES.get(noun) ?? noun),
      phrases: split(r['phrases_vi']),
    }));
}

/** The counted nouns of every count indicator, as written (lower case), for the figure finder. */
export function countedNouns(table: CsvTable | undefined): string[] {
  return [...new Set((table?.rows ?? []).flatMap((r) => split(r['units'])))];
}

/** The unit kind of each measured unit id of the lexicon; a currency code is `money`, every other unit a `count`. */
const KIND_OF_UNIT: ReadonlyMap<string, string> = new Map([
  ['percent', 'percent'],
  ['rank', 'rank'],
  ['rank-step', 'rank-change'],
  ['ha', 'area'],
  ['km2', 'area'],
  ['m2', 'area'],
  ['MW', 'power'],
  ['kW', 'power'],
  ['GW', 'power'],
  ['MWp', 'power'],
  ['km', 'length'],
  ['m', 'length'],
  ['tonne', 'mass'],
  ['kg', 'mass'],
  ['year', 'years'],
  ['TEU', 'count'],
]);

/**
 * The kind of a figure, from its unit: what indicators it may fill (a count of booths is a `count`,
 * never an `area`).
 *
 * @example
 * ```ts
 * unitKindOf({ value: 200, unit: 'booth', bound: 'lower' }); // 'count'
 * unitKindOf({ value: 24, unit: 'ha', bound: 'exact' }); // 'area'
 * unitKindOf({ value: 16e12, unit: 'VND', bound: 'lower' }); // 'money'
 * ```
 */
export function unitKindOf(figure: Quantity): string {
  const kind = KIND_OF_UNIT.get(figure.unit);
  if (kind) return kind;
  return /^[A-Z]{3}$/.test(figure.unit) ? 'money' : 'count';
}

/** Whether an indicator takes a figure: the same unit kind, and for counts one of its nouns. */
export function fits(entry: IndicatorEntry, figure: Quantity): boolean {
  const kind = unitKindOf(figure);
  return entry.unitKind === kind && (kind !== 'count' || entry.units.includes(figure.unit));
}

/** How a figure was mapped to an indicator. */
export interface IndicatorMatch {
  readonly entry: IndicatorEntry;
  /** The phrase that named it (`null`: chosen by the counted noun alone). */
  readonly phrase: string | null;
  /** Offset of the phrase in the text searched (−1 when chosen by the noun). */
  readonly at: number;
}

/**
 * Maps a figure to the registry entry its sentence names: among the entries that take the figure
 * ({@link fits}), the one whose phrase ends nearest before the figure (longer phrases win ties);
 * else the longest phrase written within 60 characters after the figure's number ("76 doanh nghiệp
 * khoa học", "chiếm 80% tổng kim ngạch xuất khẩu"); else, for a count, the entry whose counted noun
 * the figure carries. `null` when no entry fits: the caller says so.
 *
 * @param entries - The registry.
 * @param lower - The sentence, lower case.
 * @param at - Offset of the figure in `lower`.
 * @param length - Length of the figure as written.
 * @param figure - The figure.
 * @param bounds - Where phrases may lie: not before `from` (the end of the previous figure) nor past `to`
 *   (the start of the next one).
 * @example
 * ```ts
 * const jobs = { id: 'jobs', nameVi: 'Lao động', unitKind: 'count', units: ['lao động'], phrases: ['việc làm'] };
 * matchIndicator([jobs], 'tạo việc làm cho 3.500 lao động', 16, 13, { value: 3500, unit: 'lao động', bound: 'exact' })
 *   ?.entry.id; // 'jobs'
 * ```
 */
export function matchIndicator(
  entries: readonly IndicatorEntry[],
  lower: string,
  at: number,
  length: number,
  figure: Quantity,
  bounds: { readonly from?: number; readonly to?: number } = {},
): IndicatorMatch | null {
  const floor = bounds.from ?? 0;
  const ceiling = bounds.to ?? lower.length;
  let before: { m: IndicatorMatch; end: number } | null = null;
  let after: IndicatorMatch | null = null;
  let byNoun: IndicatorMatch | null = null;
  const numberEnd = at + (/^\D*[\d.,]+/.exec(lower.slice(at, at + length))?.[0].length ?? 0);
  const noun = lower
    .slice(numberEnd, at + length)
    .trim()
    .replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ) /, '');
  const isWord = (i: number, p: string) =>
    !/[\p{L}\d]/u.test(lower[i - 1] ?? ' ') && !/[\p{L}\d]/u.test(lower[i + p.length] ?? ' ');
  for (const entry of entries) {
    if (!fits(entry, figure)) continue;
    if (byNoun === null && entry.unitKind === 'count') byNoun = { entry, phrase: null, at: -1 };
    for (const phrase of entry.phrases) {
      let k = lower.lastIndexOf(phrase, at - phrase.length);
      while (k !== -1 && !isWord(k, phrase)) k = lower.lastIndexOf(phrase, k - 1);
      if (k >= floor) {
        const end = k + phrase.length;
        if (
          before === null ||
          end > before.end ||
          (end === before.end && phrase.length > (before.m.phrase?.length ?? 0))
        )
          before = { m: { entry, phrase, at: k }, end };
      }
      // After the number: the nearest phrase other than the figure's own noun, before the next figure.
      let j = lower.indexOf(phrase, numberEnd);
      while (j !== -1 && !isWord(j, phrase)) j = lower.indexOf(phrase, j + 1);
      if (
        j !== -1 &&
        j - numberEnd <= 60 &&
        j + phrase.length <= ceiling &&
        phrase !== noun &&
        (after === null || j < after.at || (j === after.at && phrase.length > (after.phrase?.length ?? 0)))
      )
        after = { entry, phrase, at: j };
    }
  }
  // A phrase that extends the figure's noun ("76 doanh nghiệp khoa học") is more specific than one before it.
  if (after && after.at < at + length + 1 && (after.phrase?.length ?? 0) > noun.length) return after;
  return before?.m ?? after ?? byNoun;
}
