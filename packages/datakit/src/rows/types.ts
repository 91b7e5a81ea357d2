import type { Table } from '@vnsti/schema';
import type { CellLocator } from '../io/csv-positions.js';

/**
 * One data row of a CSV table, read by column kind: the line it starts on and its normalised
 * values (where each cell starts is found only for messages: {@link cellLocation}).
 *
 * @example
 * ```ts
 * const row: LoadedRow = { line: 2, values: { id: 'ha-noi', name: { vi: 'Hà Nội', en: 'Hanoi' } } };
 * ```
 */
export interface LoadedRow {
  /** Line the row starts on. */
  readonly line: number;
  /** Normalised values by column name (`localized` columns as `{ vi, en }`); empty cells absent. */
  readonly values: Record<string, unknown>;
  /** The cited source id, for tables with citations. */
  readonly source?: string | undefined;
  /** The quote, for tables with citations (a source with a stored text). */
  readonly quote?: string | undefined;
  /** The locator, for tables with citations (a source kept without text: article, clause, row). */
  readonly locator?: string | undefined;
  /** Headers and column names whose cells already have a problem (schema issues on them are not repeated). */
  readonly bad?: ReadonlySet<string> | undefined;
}

/**
 * One CSV table of a dataset as read from `data/<table>.csv`.
 *
 * @example
 * ```ts
 * loaded.datasets.get('events')?.tables[0]?.rows.length; // number of event rows
 * ```
 */
export interface LoadedTable {
  /** The layout from `@vnsti/schema`. */
  readonly table: Table;
  /** Path relative to the repository root. */
  readonly file: string;
  /** Whether the file exists (a missing file is an empty table). */
  readonly present: boolean;
  /** False when the file could not be read (broken encoding or quoting, missing columns). */
  readonly readable: boolean;
  /** Header name → index. */
  readonly header: ReadonlyMap<string, number>;
  /** Where cells of the file start, for messages. */
  readonly locator: CellLocator;
  /** The data rows, in file order (rows with the wrong number of fields left out). */
  readonly rows: readonly LoadedRow[];
}
