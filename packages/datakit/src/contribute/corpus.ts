import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DateValue, parseDate, parseIso } from '@vnsti/dates';
import type { Quantity } from '@vnsti/money';
import { slugify } from '@vnsti/schema';
import type { Draft } from './extract.js';
import { readFigure } from './figures.js';

/** One expected row of an evaluation article. */
export type Expected =
  | { readonly kind: 'person'; readonly name: string; readonly title: string }
  | { readonly kind: 'amount'; readonly figure: Quantity; readonly text: string }
  | { readonly kind: 'event'; readonly start: string; readonly end: string }
  | {
      readonly kind: 'metric';
      readonly figure: Quantity;
      readonly text: string;
      readonly status: string;
      readonly period: DateValue | null;
    };

/** An article of the evaluation corpus: its text, publication date and the rows a reviewer expects. */
export interface CorpusArticle {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly expected: readonly Expected[];
}

/** A malformed corpus file. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/**
 * Reads one corpus file (`published: YYYY-MM-DD`, `---`, the article, `=== expected ===`, one
 * `kind | …` line per expected row; see `packages/datakit/eval/README.md`).
 *
 * @param id - The article's id (its file name without `.txt`).
 * @param content - The file's content.
 * @returns The article.
 * @throws CorpusError when a part is missing or an expected line cannot be read.
 * @example
 * ```ts
 * parseCorpusArticle('a', 'published: 2024-03-06\n---\nNgày 5/3, …\n=== expected ===\nevent | 2024-03-05\n')
 *   .expected; // [{ kind: 'event', start: '2024-03-05', end: '2024-03-05' }]
 * ```
 */
export function parseCorpusArticle(id: string, content: string): CorpusArticle {
  const m = /^published: (\d{4}-\d{2}-\d{2})\r?\n---\r?\n([\s\S]*?)\r?\n=== expected ===\r?\n([\s\S]*)$/.exec(
    content.normalize('NFC'),
  );
  if (!m || parseIso(m[1] ?? '') === null)
    throw new CorpusError(`${id}: expected "published: YYYY-MM-DD", "---", the text and "=== expected ==="`);
  const published = m[1] ?? '';
  const expected: Expected[] = [];
  for (const [n, line] of (m[3] ?? '').split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const cells = line.split('|').map((c) => c.trim());
    const where = `${id}: expected line ${n + 1}`;
    const figureOf = (text: string) => {
      const f = readFigure(text ?? '');
      if (!f) throw new CorpusError(`${where}: no figure in "${text}"`);
      return f;
    };
    switch (cells[0]) {
      case 'person':
        if (!cells[1] || !cells[2]) throw new CorpusError(`${where}: person | name | title`);
        expected.push({ kind: 'person', name: cells[1], title: cells[2] });
        break;
      case 'amount':
        expected.push({ kind: 'amount', figure: figureOf(cells[1] ?? ''), text: cells[1] ?? '' });
        break;
      case 'event': {
        const [start, end = start] = (cells[1] ?? '').split('..');
        if (parseIso(start ?? '') === null || parseIso(end ?? '') === null)
          throw new CorpusError(`${where}: event | YYYY-MM-DD[..YYYY-MM-DD]`);
        expected.push({ kind: 'event', start: start ?? '', end: end ?? '' });
        break;
      }
      case 'metric': {
        if (!['actual', 'estimate', 'target', 'preliminary'].includes(cells[2] ?? ''))
          throw new CorpusError(`${where}: metric | figure | actual|estimate|target|preliminary | [period]`);
        let period: DateValue | null = null;
        if (cells[3]) {
          try {
            period = parseDate(cells[3], { reference: published });
          } catch {
            throw new CorpusError(`${where}: period "${cells[3]}" is not a date expression`);
          }
        }
        expected.push({
          kind: 'metric',
          figure: figureOf(cells[1] ?? ''),
          text: cells[1] ?? '',
          status: cells[2] ?? '',
          period,
        });
        break;
      }
      default:
        throw new CorpusError(`${where}: unknown kind "${cells[0]}"`);
    }
  }
  return { id, published, text: m[2] ?? '', expected };
}

/** Every `*.txt` article of a corpus folder, by file name. */
export function readCorpus(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseCorpusArticle(f.slice(0, -4), readFileSync(join(dir, f), 'utf8')));
}

/** The kinds {@link scoreCorpus} reports. */
export type CorpusKind = 'person' | 'amount' | 'event' | 'metric';

/** Recall and precision of one kind over a corpus. */
export interface CorpusScore {
  readonly expected: number;
  readonly found: number;
  readonly drafted: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
}

/**
 * How a draft matches an expected row, per kind:
 * - `person`: a `positions` draft whose official is the slug of the name, and whose title agrees with the
 *   expected title or one of its comma-separated parts (equal slugs, or one a word-prefix of the other).
 * - `amount`: a draft (amount or metric) with the same normalised figure (value and unit); an amount draft
 *   is correct when its figure is any expected amount's or metric's.
 * - `event`: an `events` draft whose date has the same first and last day.
 * - `metric`: a `metrics` draft with the same normalised figure and status, and, when the expected row
 *   gives a period, the same period (first and last day).
 */
export const CORPUS_RULES: Readonly<Record<CorpusKind, string>> = {
  person: 'name slug + title (or one comma part) equal or word-prefix',
  amount: 'same value and unit (any amount/metric draft)',
  event: 'same first and last day',
  metric: 'same value, unit and status (+ period when given)',
};

const sameFigure = (a: Quantity | undefined, b: Quantity) =>
  a !== undefined && a.value === b.value && a.unit === b.unit;
const titleAgrees = (drafted: string, expected: string) => {
  const x = slugify(drafted);
  return [expected, ...expected.split(/,\s*/)].some((part) => {
    const y = slugify(part);
    return y !== '' && (x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`));
  });
};

function matches(d: Draft, e: Expected): boolean {
  switch (e.kind) {
    case 'person':
      return (
        d.kind === 'position' && d.row['official'] === slugify(e.name) && titleAgrees(d.row['title_vi'] ?? '', e.title)
      );
    case 'amount':
      return (d.kind === 'amount' || d.kind === 'metric') && sameFigure(d.figure, e.figure);
    case 'event':
      return d.kind === 'event' && d.period?.start === e.start && d.period?.end === e.end;
    case 'metric':
      return (
        d.kind === 'metric' &&
        sameFigure(d.figure, e.figure) &&
        d.row['status'] === e.status &&
        (e.period === null || (d.period?.start === e.period.start && d.period?.end === e.period.end))
      );
  }
}

const DRAFT_KIND: Readonly<Record<CorpusKind, Draft['kind']>> = {
  person: 'position',
  amount: 'amount',
  event: 'event',
  metric: 'metric',
};

/**
 * Scores drafts against a corpus's expected rows by the rules of {@link CORPUS_RULES}.
 *
 * @param articles - The corpus.
 * @param draftsOf - The drafts of one article.
 * @returns One score per kind, summed over the articles.
 * @example
 * ```ts
 * scoreCorpus([], () => []).event; // { expected: 0, found: 0, drafted: 0, correct: 0, recall: 1, precision: 1 }
 * ```
 */
export function scoreCorpus(
  articles: readonly CorpusArticle[],
  draftsOf: (article: CorpusArticle) => readonly Draft[],
): Record<CorpusKind, CorpusScore> {
  const sums = Object.fromEntries(
    (Object.keys(DRAFT_KIND) as CorpusKind[]).map((k) => [k, { expected: 0, found: 0, drafted: 0, correct: 0 }]),
  ) as Record<CorpusKind, { expected: number; found: number; drafted: number; correct: number }>;
  for (const article of articles) {
    const drafts = draftsOf(article);
    for (const kind of Object.keys(DRAFT_KIND) as CorpusKind[]) {
      const expected = article.expected.filter((e) => e.kind === kind);
      const s = sums[kind];
      s.expected += expected.length;
      s.found += expected.filter((e) => drafts.some((d) => matches(d, e))).length;
      const mine = drafts.filter((d) => d.kind === DRAFT_KIND[kind]);
      s.drafted += mine.length;
      s.correct += mine.filter((d) =>
        kind === 'amount'
          ? article.expected.some((e) => (e.kind === 'amount' || e.kind === 'metric') && sameFigure(d.figure, e.figure))
          : article.expected.some((e) => e.kind === kind && matches(d, e)),
      ).length;
    }
  }
  const out = {} as Record<CorpusKind, CorpusScore>;
  for (const [k, s] of Object.entries(sums) as Array<[CorpusKind, (typeof sums)[CorpusKind]]>) {
    out[k] = {
      ...s,
      recall: s.expected === 0 ? 1 : s.found / s.expected,
      precision: s.drafted === 0 ? 1 : s.correct / s.drafted,
    };
  }
  return out;
}

/**
 * What a draft list missed and over-drafted in one article, for tuning (one line each).
 *
 * @example
 * ```ts
 * corpusMisses({ id: 'a', published: '2024-01-01', text: '', expected: [] }, []); // []
 * ```
 */
export function corpusMisses(article: CorpusArticle, drafts: readonly Draft[]): string[] {
  const out: string[] = [];
  for (const e of article.expected) {
    if (drafts.some((d) => matches(d, e))) continue;
    const what =
      e.kind === 'person'
        ? `${e.name} | ${e.title}`
        : e.kind === 'event'
          ? `${e.start}..${e.end}`
          : e.kind === 'amount'
            ? e.text
            : `${e.text} | ${e.status} | ${e.period?.start ?? ''}`;
    out.push(`${article.id}: missed ${e.kind} ${what}`);
  }
  for (const d of drafts) {
    const kind = (Object.keys(DRAFT_KIND) as CorpusKind[]).find((k) => DRAFT_KIND[k] === d.kind);
    if (!kind) continue;
    const ok =
      kind === 'amount'
        ? article.expected.some((e) => (e.kind === 'amount' || e.kind === 'metric') && sameFigure(d.figure, e.figure))
        : article.expected.some((e) => e.kind === kind && matches(d, e));
    if (!ok) out.push(`${article.id}: extra ${kind} ${d.note}${d.row['status'] ? ` [${d.row['status']}]` : ''}`);
  }
  return out;
}

/** Formats corpus scores as a Markdown table (kind, expected, found, recall, drafted, correct, precision, rule). */
export function formatCorpusScores(scores: Readonly<Record<CorpusKind, CorpusScore>>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    '| kind | expected | found | recall | drafted | correct | precision | match rule |',
    '|---|---|---|---|---|---|---|---|',
    ...(Object.keys(scores) as CorpusKind[]).map((k) => {
      const s = scores[k];
      return `| ${k} | ${s.expected} | ${s.found} | ${pct(s.recall)} | ${s.drafted} | ${s.correct} | ${pct(s.precision)} | ${CORPUS_RULES[k]} |`;
    }),
  ].join('\n');
}
