import { type DateValue, parseDate } from '@vnsti/dates';
import { parseQuantity, type Quantity } from '@vnsti/money';
import { slugify, type TableName } from '@vnsti/schema';
import { foldWhitespace } from '../load.js';
import type { CsvTable } from './csv.js';
import type { Draft } from './extract.js';

/** Precision and recall of the drafts of one kind against the curated records. */
export interface Score {
  /** Distinct drafted facts (after the kind's key folds duplicates). */
  readonly drafted: number;
  /** Distinct curated facts. */
  readonly curated: number;
  /** Drafted facts that match a curated one. */
  readonly correct: number;
  /** Curated facts some draft matches. */
  readonly found: number;
  /** correct / drafted (1 when nothing was drafted). */
  readonly precision: number;
  /** found / curated (1 when nothing is curated). */
  readonly recall: number;
}

/** The kinds scored by {@link evaluateDrafts}. */
export type ScoredKind = 'position' | 'position-title' | 'amount' | 'metric' | 'event';

/**
 * The matching rules, one per kind (a drafted fact is correct when a curated fact matches it; a
 * curated fact is found when a drafted fact matches it):
 *
 * - `position`: same official id and source (a `positions` row).
 * - `position-title`: as `position`, and the titles agree: their slugs are equal or one is the
 *   other's prefix at a word boundary ("Bộ trưởng" ~ "Bộ trưởng Bộ Khoa học và Công nghệ").
 * - `amount`: same source and same normalised figure (value in base units + currency or unit
 *   slug) as a curated money or quantity cell of `events.attendance`, `event-outcomes.count|money`
 *   or `projects.count|investment|area` (the bound is not compared).
 *
 * A curated record counts as stated by its row's `source` and by every source its citation table
 * (`event-sources`, `project-sources`, `metric-sources`) adds for it, where that source's text
 * holds the figure as written (events: any citing source, the day being stated in other words).
 * - `metric`: same source, same normalised value and unit as a curated `metrics.value`, and the
 *   same indicator or the same period (start and end, both read with `@vnsti/dates` against the
 *   source's publication date).
 * - `event`: same source and the same day (start of the date) as a curated `events` row.
 */
export const MATCHING_RULES: Readonly<Record<ScoredKind, string>> = {
  position: 'same official + source',
  'position-title': 'same official + source, titles equal or one a word-prefix of the other',
  amount: 'same source + normalised amount (value, currency/unit) of a curated money/quantity cell',
  metric: 'same source + normalised value/unit, and same indicator or same period',
  event: 'same source + same event day',
};

interface Fact {
  source: string;
  key: string;
  figure?: Quantity;
  indicator?: string;
  period?: DateValue | null;
  official?: string;
  title?: string;
}

function score(drafted: readonly Fact[], curated: readonly Fact[], match: (d: Fact, c: Fact) => boolean): Score {
  const dedupe = (facts: readonly Fact[]) => [...new Map(facts.map((f) => [`${f.source}\u0000${f.key}`, f])).values()];
  const d = dedupe(drafted);
  const c = dedupe(curated);
  const correct = d.filter((x) => c.some((y) => match(x, y))).length;
  const found = c.filter((y) => d.some((x) => match(x, y))).length;
  return {
    drafted: d.length,
    curated: c.length,
    correct,
    found,
    precision: d.length === 0 ? 1 : correct / d.length,
    recall: c.length === 0 ? 1 : found / c.length,
  };
}

const sameFigure = (a?: Quantity, b?: Quantity) =>
  a !== undefined && b !== undefined && a.value === b.value && a.unit === b.unit;
const samePeriod = (a?: DateValue | null, b?: DateValue | null) => !!a && !!b && a.start === b.start && a.end === b.end;
const titleAgrees = (a = '', b = '') => {
  const x = slugify(a);
  const y = slugify(b);
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
};

/**
 * Scores drafts against the curated tables, per kind, by the rules in {@link MATCHING_RULES}.
 * Only the sources in `sources` count: curated rows citing other sources are left out.
 *
 * @param drafts - Drafts of every source evaluated (each row carries its `source`).
 * @param data - The curated dataset tables.
 * @param sources - Source id → publication date, for the sources evaluated.
 * @param texts - Source id → text: a citing source then counts for a money, quantity or metric cell
 *   only when its text holds the cell as written (after whitespace folding).
 * @returns One {@link Score} per kind.
 * @example
 * ```ts
 * evaluateDrafts([], {}, new Map()).amount; // { drafted: 0, curated: 0, correct: 0, found: 0, precision: 1, recall: 1 }
 * ```
 */
export function evaluateDrafts(
  drafts: readonly Draft[],
  data: Partial<Record<TableName, CsvTable>>,
  sources: ReadonlyMap<string, string>,
  texts?: ReadonlyMap<string, string>,
): Record<ScoredKind, Score> {
  const inScope = (row: Readonly<Record<string, string>>) => sources.has(row['source'] ?? '');
  const period = (text: string, source: string): DateValue | null => {
    const reference = sources.get(source);
    if (!reference || !text) return null;
    try {
      return parseDate(text, { reference });
    } catch {
      return null;
    }
  };

  // Curated facts.
  const positions: Fact[] = (data.positions?.rows ?? []).filter(inScope).map((r) => ({
    source: r['source'] ?? '',
    key: `${r['official']}\u0000${slugify(r['title_vi'] ?? '')}`,
    official: r['official'] ?? '',
    title: r['title_vi'] ?? '',
  }));
  // A record counts as stated by its row's source and by every source its citation table adds
  // (`event-sources`, `project-sources`, `metric-sources`).
  const citedBy = new Map<string, Set<string>>();
  for (const [table, parent] of [
    ['event-sources', 'event'],
    ['project-sources', 'project'],
    ['metric-sources', 'metric'],
  ] as const) {
    for (const r of data[table]?.rows ?? []) {
      const key = `${parent}\u0000${r[parent] ?? ''}`;
      citedBy.set(key, (citedBy.get(key) ?? new Set()).add(r['source'] ?? ''));
    }
  }
  const folded = new Map([...(texts ?? new Map<string, string>())].map(([id, t]) => [id, foldWhitespace(t)]));
  /** The row's source, and the citing sources whose text states `cell` as written (all of them when no texts are given). */
  const sourcesOf = (row: Readonly<Record<string, string>>, parent: string, id: string, cell: string) => {
    const cited = [...(citedBy.get(`${parent}\u0000${id}`) ?? [])].filter((s) => {
      const t = folded.get(s);
      return t === undefined || t.includes(foldWhitespace(cell));
    });
    return [...new Set([row['source'] ?? '', ...cited])].filter((s) => sources.has(s));
  };

  const amountCells: ReadonlyArray<readonly [TableName, string, string, readonly string[]]> = [
    ['events', 'event', 'id', ['attendance']],
    ['event-outcomes', 'event', 'event', ['count', 'money']],
    ['projects', 'project', 'id', ['count', 'investment', 'area']],
  ];
  const amounts: Fact[] = [];
  for (const [table, parent, idColumn, cells] of amountCells) {
    for (const r of data[table]?.rows ?? []) {
      for (const cell of cells) {
        const figure = parseQuantity(r[cell] ?? '', { defaultCurrency: 'VND', anyUnit: true });
        if (!figure) continue;
        for (const source of sourcesOf(
          r,
          parent,
          table === 'event-outcomes' ? '' : (r[idColumn] ?? ''),
          r[cell] ?? '',
        )) {
          amounts.push({ source, key: `${figure.value}\u0000${figure.unit}`, figure });
        }
      }
    }
  }
  const metrics: Fact[] = [];
  for (const r of data.metrics?.rows ?? []) {
    const figure = parseQuantity(r['value'] ?? '', { defaultCurrency: 'VND', anyUnit: true });
    if (!figure) continue;
    for (const source of sourcesOf(r, 'metric', r['id'] ?? '', r['value'] ?? '')) {
      metrics.push({
        source,
        key: r['id'] ?? '',
        figure,
        indicator: r['indicator'] ?? '',
        period: period(r['period'] ?? '', source),
      });
    }
  }
  const events: Fact[] = [];
  for (const r of data.events?.rows ?? []) {
    for (const source of sourcesOf(r, 'event', r['id'] ?? '', '')) {
      // Another source states the same day in its own words: read the row's date against the row's source.
      const p = period(r['date'] ?? '', r['source'] ?? source);
      if (p) events.push({ source, key: p.start, period: p });
    }
  }

  // Drafted facts.
  const of = (kind: Draft['kind']) => drafts.filter((d) => d.kind === kind);
  const draftedPositions: Fact[] = of('position').map((d) => ({
    source: d.row['source'] ?? '',
    key: `${d.row['official']}\u0000${slugify(d.row['title_vi'] ?? '')}`,
    official: d.row['official'] ?? '',
    title: d.row['title_vi'] ?? '',
  }));
  const draftedAmounts: Fact[] = of('amount')
    .filter((d) => d.figure)
    .map((d) => ({
      source: d.row['source'] ?? '',
      key: `${d.figure?.value}\u0000${d.figure?.unit}`,
      ...(d.figure ? { figure: d.figure } : {}),
    }));
  const draftedMetrics: Fact[] = of('metric').map((d) => ({
    source: d.row['source'] ?? '',
    key: `${d.row['indicator']}\u0000${d.figure?.value}\u0000${d.figure?.unit}\u0000${d.period?.start ?? ''}`,
    ...(d.figure ? { figure: d.figure } : {}),
    indicator: d.row['indicator'] ?? '',
    period: d.period ?? period(d.row['period'] ?? '', d.row['source'] ?? ''),
  }));
  const draftedEvents: Fact[] = of('event')
    .filter((d) => d.period)
    .map((d) => ({ source: d.row['source'] ?? '', key: d.period?.start ?? '', period: d.period ?? null }));

  const byPerson = (facts: readonly Fact[]) => facts.map((f) => ({ ...f, key: f.official ?? '' }));
  return {
    position: score(
      byPerson(draftedPositions),
      byPerson(positions),
      (d, c) => d.source === c.source && d.official === c.official,
    ),
    'position-title': score(
      draftedPositions,
      positions,
      (d, c) => d.source === c.source && d.official === c.official && titleAgrees(d.title, c.title),
    ),
    amount: score(draftedAmounts, amounts, (d, c) => d.source === c.source && sameFigure(d.figure, c.figure)),
    metric: score(
      draftedMetrics,
      metrics,
      (d, c) =>
        d.source === c.source &&
        sameFigure(d.figure, c.figure) &&
        (d.indicator === c.indicator || samePeriod(d.period, c.period)),
    ),
    event: score(draftedEvents, events, (d, c) => d.source === c.source && d.period?.start === c.period?.start),
  };
}

/** Formats scores as a Markdown table (kind, drafted, curated, correct, found, precision, recall, rule). */
export function formatScores(scores: Readonly<Record<ScoredKind, Score>>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = (Object.keys(scores) as ScoredKind[]).map((k) => {
    const s = scores[k];
    return `| ${k} | ${s.drafted} | ${s.curated} | ${s.correct} | ${s.found} | ${pct(s.precision)} | ${pct(s.recall)} | ${MATCHING_RULES[k]} |`;
  });
  return [
    '| kind | drafted | curated | correct | found | precision | recall | match rule |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
