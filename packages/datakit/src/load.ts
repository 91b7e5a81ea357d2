import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';
import { Collector } from './collector.js';
import { CellLocator } from './io/csv-positions.js';
import { checkRepositoryFolder, repoPath } from './io/paths.js';
import type { Problem } from './problems.js';
import { assemble } from './records/assemble.js';
import { ReadContext, type SourceText } from './rows/context.js';
import { readTable } from './rows/read-table.js';
import { readSourceTexts } from './rows/source-texts.js';
import type { LoadedRow, LoadedTable } from './rows/types.js';
import { reportUnknownFiles } from './rows/unknown-files.js';
import { datasetClosure } from './workspace.js';

// The stages' types and helpers that the export writers (`build/outputs.ts`) and the contributor
// commands import from here.
export { fieldAccessor } from './records/field-accessor.js';
export type { SourceText } from './rows/context.js';
export { foldWhitespace } from './rows/fold.js';
export { cellLocation } from './rows/locate-cell.js';
export type { LoadedRow, LoadedTable };

/**
 * A dataset read and assembled: its tables and its records (one per main-table row, children
 * attached), sorted by id.
 *
 * @example
 * ```ts
 * const events = loaded.datasets.get('events');
 * events?.records.length;
 * ```
 */
export interface LoadedDataset {
  readonly name: DatasetName;
  /** Absolute path of `datasets/<name>`. */
  readonly dir: string;
  /** Whether the dataset folder exists. */
  readonly exists: boolean;
  readonly tables: readonly LoadedTable[];
  /** Assembled records, sorted by id (code-unit order). */
  readonly records: readonly Record<string, unknown>[];
  /**
   * The main table's row behind each record, in the records' order: the table's rows sorted by
   * id, as the exports write them (rows with a duplicate id left out).
   */
  readonly recordRows: readonly LoadedRow[];
}
/**
 * What {@link loadDatasets} returns: the problems found while reading, assembling and checking
 * each record against its schema, and what was read.
 *
 * @example
 * ```ts
 * const { problems, datasets } = await loadDatasets({ root: '.' });
 * datasets.get('places')?.records.length;
 * ```
 */
export interface LoadResult {
  /** Problems, in the order found (see `sortProblems`). */
  readonly problems: Problem[];
  /** The repository root. */
  readonly root: string;
  /** The datasets read, in reading order. */
  readonly datasets: ReadonlyMap<DatasetName, LoadedDataset>;
  /** Source id → its folded text (`null` when the text could not be read). */
  readonly sourceTexts: ReadonlyMap<string, SourceText | null>;
  /** Source id → publication date. */
  readonly published: ReadonlyMap<string, string>;
}

/**
 * Lets go of the sources' texts once the checks that read them (quotes, hashes) have run: the build
 * writes its outputs without them, and for 1 000 000 rows citing 10 000 texts they are 120 MB.
 * `loaded.sourceTexts` is empty afterwards.
 * @internal
 */
export function releaseSourceTexts(loaded: LoadResult): void {
  // The map is the ReadContext's own (see loadInto): read-only to users, cleared here only.
  (loaded.sourceTexts as Map<string, SourceText | null>).clear();
}

/**
 * Options of {@link loadDatasets}.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { root: '.', datasets: ['events'] };
 * ```
 */
export interface LoadOptions {
  /** The repository root (the folder with `datasets/`). */
  root: string;
  /** Datasets to read; everything they reference is read too. All by default. */
  datasets?: readonly DatasetName[];
}

/**
 * Reads datasets from `datasets/<name>/data/*.csv` (and, for sources, their texts), reads each
 * cell by its column kind, assembles records (main table plus child tables) and checks each
 * record against its `@vnsti/schema` schema. Problems are collected, never thrown; the check rules
 * across datasets (references, quotes, hashes) are `validate`'s.
 *
 * @param options - The repository root and the datasets to read (with what they reference).
 * @returns The problems and what was read.
 * @example
 * ```ts
 * const loaded = await loadDatasets({ root: '.', datasets: ['metrics'] });
 * [...loaded.datasets.keys()]; // ['sources', 'places', 'organizations', 'documents', 'metrics']
 * ```
 */
export async function loadDatasets(options: LoadOptions): Promise<LoadResult> {
  return loadInto(new Collector(), options);
}

/** {@link loadDatasets}, reporting into a collector the cross-checks go on with. @internal */
export async function loadInto(collector: Collector, options: LoadOptions): Promise<LoadResult> {
  const ctx = new ReadContext(options.root, collector);
  const names = datasetClosure(options.datasets ?? (Object.keys(datasets) as DatasetName[]));
  const result = new Map<DatasetName, LoadedDataset>();
  // The sources' texts, read while the other tables are.
  let texts: Promise<void> = Promise.resolve();
  for (const name of names) {
    const dir = join(options.root, 'datasets', name);
    // The dataset folder and its data folder are read only when they are folders inside the
    // repository: a link out of it would have the build write its dist/ there.
    let state = checkRepositoryFolder(options.root, dir);
    if (state === 'ok') state = checkRepositoryFolder(options.root, join(dir, 'data'));
    if (state === 'missing' && existsSync(dir)) state = 'ok';
    const refused = typeof state === 'object';
    if (typeof state === 'object') collector.add('unsafe-path', state.path, 1, 1, state.reason);
    const exists = state === 'ok';
    const tables: LoadedTable[] = [];
    if (exists && existsSync(join(dir, 'data'))) reportUnknownFiles(ctx, dir, name);
    for (const table of datasets[name].tables) {
      if (exists) tables.push(await readTable(ctx, dir, table));
      else {
        const path = join(dir, 'data', `${table.name}.csv`);
        tables.push({
          table,
          file: repoPath(ctx.root, path),
          present: refused,
          readable: !refused,
          header: new Map(),
          locator: new CellLocator(path),
          rows: [],
        });
      }
      if (name === 'sources' && table.name === 'sources') {
        texts = readSourceTexts(ctx, tables[0]!);
        texts.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
      }
    }
    const { records, rows: recordRows } = assemble(collector, name, tables);
    result.set(name, { name, dir, exists, tables, records, recordRows });
  }
  await texts;
  return {
    problems: ctx.collector.problems,
    root: options.root,
    datasets: result,
    sourceTexts: ctx.sourceTexts,
    published: ctx.published,
  };
}
