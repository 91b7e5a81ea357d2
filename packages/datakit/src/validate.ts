import { type DatasetName, type TableName, tables } from '@vnsti/schema';
import { lineageCycles } from './checks/lineage-cycle.js';
import { lineageValidity } from './checks/lineage-validity.js';
import { referenceValidity } from './checks/reference-validity.js';
import { unitNameOverlaps } from './checks/unit-name-overlap.js';
import { Collector } from './collector.js';
import { cellLocation, foldWhitespace, type LoadedDataset, type LoadResult, loadInto } from './load.js';
import { type Problem, sortProblems } from './problems.js';
import { QuoteFinder } from './quotes.js';
import { resolveTarget } from './workspace.js';

/**
 * Options of {@link validate} and `build`.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { dir: '/work/main/datasets/metrics' };
 * ```
 */
export interface ValidateOptions {
  /**
   * A folder: the repository root (every dataset) or a dataset folder (`datasets/<name>`: that
   * dataset and what it references). Defaults to the current directory.
   */
  dir?: string;
}

/**
 * What {@link validate} returns: every problem, sorted by file, line and column, and what was read.
 *
 * @example
 * ```ts
 * const result: ValidateResult = await validate({ dir: '.' });
 * result.targets; // ['sources', 'places', 'organizations', 'officials', 'events', 'projects', 'metrics'] from the root
 * ```
 */
export interface ValidateResult {
  /** Every problem found; empty when the datasets are valid. */
  readonly problems: Problem[];
  /** The repository root, or `null` when none was found above `dir`. */
  readonly root: string | null;
  /** The datasets asked for (their references were read and checked too). */
  readonly targets: readonly DatasetName[];
  /** What was read; `null` when no repository root was found. */
  readonly loaded: LoadResult | null;
}

/** Text that folding leaves unchanged: single spaces between non-space characters, ASCII only or NFC-checked by the reader. */
const FOLDED = /^(?:\S+ )*\S+$/;

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Cross-checks across every dataset read: references resolve, citations name real sources and quote them. */
function crossCheck(collector: Collector, loaded: LoadResult): void {
  const ids = new Map<TableName, Set<string> | null>();
  const idsOf = (name: TableName): Set<string> | null => {
    if (ids.has(name)) return ids.get(name)!;
    const dataset: LoadedDataset | undefined = loaded.datasets.get(tables[name].dataset);
    const t = dataset?.tables.find((x) => x.table.name === name);
    const set = t?.readable
      ? new Set(t.rows.map((r) => r.values['id']).filter((v): v is string => typeof v === 'string'))
      : null;
    ids.set(name, set);
    return set;
  };
  const sourceIds = idsOf('sources');
  // Sources kept without text (legal documents, pages): cited by locator, never by quote.
  const textless = new Set(
    (loaded.datasets.get('sources')?.tables[0]?.rows ?? [])
      .filter((r) => r.values['text_file'] === undefined && typeof r.values['id'] === 'string')
      .map((r) => r.values['id'] as string),
  );
  const quotes = new QuoteFinder();
  for (const dataset of loaded.datasets.values()) {
    for (const t of dataset.tables) {
      const refs = t.table.columns.filter((c) => c.kind === 'ref' && c.references);
      for (const row of t.rows) {
        for (const column of refs) {
          const value = row.values[column.name];
          if (typeof value !== 'string') continue;
          const target = column.references as TableName;
          const known = idsOf(target);
          if (known && !known.has(value)) {
            const { line, column: col } = cellLocation(t, row, column.name);
            collector.cell(
              t.file,
              line,
              col,
              `${column.name}: no ${target} record has id ${JSON.stringify(value)} (expected an id from ${loaded.datasets.get(tables[target].dataset)?.tables.find((x) => x.table.name === target)?.file ?? target})`,
            );
          }
        }
        if (row.source === undefined || sourceIds === null) continue;
        if (!sourceIds.has(row.source)) {
          const { line, column } = cellLocation(t, row, 'source');
          collector.cell(
            t.file,
            line,
            column,
            `source: no source has id ${JSON.stringify(row.source)} (expected an id from datasets/sources/data/sources.csv)`,
          );
          continue;
        }
        if (row.bad?.has('quote') || row.bad?.has('source')) continue; // the citation's cells are reported already
        if (textless.has(row.source)) {
          if (row.quote !== undefined) {
            const { line, column } = cellLocation(t, row, 'quote');
            collector.cell(
              t.file,
              line,
              column,
              `quote: source ${JSON.stringify(row.source)} is kept without text (cited by URL): give a locator (article, clause, row) and no quote`,
            );
          } else if (row.locator === undefined) {
            const { line, column } = cellLocation(t, row, 'locator');
            collector.cell(
              t.file,
              line,
              column,
              `locator: required for source ${JSON.stringify(row.source)}, which is kept without text (e.g. "Điều 1, khoản 3")`,
            );
          }
          continue;
        }
        const text = loaded.sourceTexts.get(row.source);
        if (row.quote === undefined && row.locator !== undefined) {
          const { line, column } = cellLocation(t, row, 'quote');
          collector.cell(
            t.file,
            line,
            column,
            `quote: required for source ${JSON.stringify(row.source)}, whose text is stored (a locator alone is for sources without text)`,
          );
          continue;
        }
        if (!text || row.quote === undefined) continue;
        if (!quotes.find(row.source, text.folded, FOLDED.test(row.quote) ? row.quote : foldWhitespace(row.quote))) {
          const { line, column } = cellLocation(t, row, 'quote');
          collector.cell(
            t.file,
            line,
            column,
            `quote: not found in the text of source ${JSON.stringify(row.source)} (${text.file}), even after folding whitespace: ${JSON.stringify(shorten(row.quote))}`,
          );
        }
      }
    }
  }
}

/**
 * Validates datasets: reads every CSV table (csv-parse, streaming), reads each cell by its column
 * kind (money and dates with `@vnsti/money` and `@vnsti/dates` against the source's publication
 * date), assembles and schema-checks every record, then cross-checks across datasets: ids unique,
 * references resolve, citations name real sources whose text holds the quote and matches its
 * SHA-256. Returns every problem, never throws for bad data.
 *
 * @param options - `dir`: the repository root or a dataset folder.
 * @returns The sorted problems and what was read.
 * @example
 * ```ts
 * const { problems } = await validate({ dir: '/work/main' });
 * for (const p of problems) console.log(formatProblem(p));
 * ```
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidateResult> {
  const target = resolveTarget(options.dir ?? process.cwd());
  if (!target) {
    return {
      problems: [
        {
          file: options.dir ?? '.',
          line: 1,
          column: 1,
          message: 'no repository root found (a package.json with "workspaces")',
        },
      ],
      root: null,
      targets: [],
      loaded: null,
    };
  }
  const collector = new Collector();
  const loaded = await loadInto(collector, { root: target.root, datasets: target.datasets });
  crossCheck(collector, loaded);
  for (const rule of [lineageCycles, lineageValidity, unitNameOverlaps, referenceValidity]) {
    for (const p of rule(loaded)) collector.cell(p.file, p.line, p.column, `${p.message} [${p.code}]`);
  }
  return { problems: sortProblems(collector.problems), root: target.root, targets: target.datasets, loaded };
}
