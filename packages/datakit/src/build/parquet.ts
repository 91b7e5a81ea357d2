import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { exportFields, type Table } from '@vnsti/schema';
import { AMOUNT_DECIMAL, FITS_AMOUNT_DECIMAL } from '../normalise/amount-decimal.js';
import { FORMULA_PATTERN } from './formula.js';
import { DuckDBWorker } from './parquet-worker.js';

/**
 * Parquet exports, written by DuckDB from the CSV the build has just written, so that both hold the
 * same rows in the same order. Column types:
 * - dates: `DATE`; booleans: `BOOLEAN`; integers: `BIGINT`; other numbers: `DOUBLE`;
 * - money amounts (`<name>_amount`, `<name>_max` of a money or a figure column): {@link MONEY_DECIMAL},
 *   exact, beside their `<name>_currency` column;
 * - text: `VARCHAR`, as the source wrote it (the `'` the CSV puts before a formula-like cell is removed).
 */

/** The type of money amounts (see {@link AMOUNT_DECIMAL}). */
export const MONEY_DECIMAL = AMOUNT_DECIMAL.type;

/**
 * Thrown when a value cannot go into its Parquet column unchanged (an amount with more than 9
 * decimals or 29 integer digits). Nothing is written: the build leaves the previous `dist/` in place.
 *
 * @example
 * ```ts
 * try {
 *   await writeParquet([{ dir, tables: [{ table: tables.projects }] }]);
 * } catch (error) {
 *   if (error instanceof ParquetExportError) console.error(error.message);
 * }
 * ```
 */
export class ParquetExportError extends Error {
  override name = 'ParquetExportError';
}

/** One column of a table's Parquet file: its name and DuckDB type. */
export interface ParquetColumn {
  name: string;
  type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'VARCHAR',
  number: 'DOUBLE',
  integer: 'BIGINT',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

/**
 * The columns of a table's Parquet file: the export fields (the CSV's columns, in order) with their
 * DuckDB types.
 *
 * @example
 * ```ts
 * parquetColumns(tables.projects).find((c) => c.name === 'investment_amount'); // { name: 'investment_amount', type: 'DECIMAL(38,9)' }
 * ```
 */
export function parquetColumns(table: Table): ParquetColumn[] {
  const money = new Set(
    table.columns
      .filter((c) => c.kind === 'money' || c.kind === 'figure')
      .flatMap((c) => [`${c.name}_amount`, `${c.name}_max`]),
  );
  return exportFields(table).map((f) => ({
    name: f.name,
    type: money.has(f.name) ? MONEY_DECIMAL : (TYPES[f.type] ?? 'VARCHAR'),
  }));
}

/** A SQL string literal. @internal */
export const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;
/** A SQL identifier. @internal */
export const sqlIdent = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/**
 * The bytes DuckDB's CSV reader reads at a time: twice its longest line (`max_line_size`, 2 MB by
 * default). Its default, 16 times that, held ≈ 140 MB more while copying 1 000 000 metrics rows;
 * 4 MB held ≈ 65 MB, with the same rows in the same order (checked with `EXCEPT ALL` both ways
 * and each row's place in the file) and no more CPU; the row groups come out a little larger.
 */
const CSV_BUFFER_BYTES = 4 << 20;

/**
 * The `SELECT` reading one table's export CSV with its Parquet column types: dates, numbers and
 * booleans read as their type; text un-neutralised; amounts read as text and checked to fit
 * before the cast.
 *
 * @param neutralised - The text columns where the CSV writer put a `'` before a cell (see
 *   `formula.ts`); only these are un-neutralised, which costs DuckDB a copy of each of their
 *   strings (≈ 30 % of the copy's time for 100 000 metrics). Every text column when not given.
 * @internal
 */
export function selectFromCsv(table: Table, csvPath: string, neutralised?: ReadonlySet<string>): string {
  const columns = parquetColumns(table);
  const readAs = (c: ParquetColumn) => (c.type === MONEY_DECIMAL ? 'VARCHAR' : c.type);
  const types = `{${columns.map((c) => `${sqlString(c.name)}: ${sqlString(readAs(c))}`).join(', ')}}`;
  const select = columns.map((c) => {
    const col = sqlIdent(c.name);
    if (c.type === 'VARCHAR' && (neutralised === undefined || neutralised.has(c.name)))
      return `CASE WHEN starts_with(${col}, '''') AND regexp_matches(${col}, ${sqlString(`^'${FORMULA_PATTERN.source.slice(1)}`)}) THEN ${col}[2:] ELSE ${col} END AS ${col}`;
    if (c.type === MONEY_DECIMAL) {
      const message = `${sqlString(`${table.name}.${c.name}: amount `)} || ${col} || ${sqlString(` does not fit ${MONEY_DECIMAL}`)}`;
      // A whole amount (most are) goes through HUGEINT: DuckDB (1.5) casts text to a 38-digit
      // decimal about 100× slower than to HUGEINT, which was most of the Parquet step's time.
      return `CASE WHEN ${col} IS NULL THEN NULL WHEN NOT regexp_matches(${col}, ${sqlString(FITS_AMOUNT_DECIMAL)}) THEN error(${message}) WHEN contains(${col}, '.') THEN CAST(${col} AS ${c.type}) ELSE CAST(CAST(${col} AS HUGEINT) AS ${c.type}) END AS ${col}`;
    }
    return col;
  });
  return `SELECT ${select.join(', ')} FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', buffer_size = ${CSV_BUFFER_BYTES}, columns = ${types})`;
}

/**
 * An in-memory DuckDB that never downloads an extension (Parquet and JSON are built into
 * `@duckdb/node-api`).
 * @internal
 */
export async function openDuckDB(path = ':memory:'): Promise<{ connection: DuckDBConnection; close: () => void }> {
  // Loaded on first use: the native library takes a moment, and `vnsti validate` never needs it.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(path, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Rows per Parquet row group. DuckDB holds a row group in memory until it is written: at its
 * default (122 880) a copy of 1 000 000 metrics took about 220 MB, at 32 768 about 130 MB, for a
 * file 5 % larger. Row groups of this size still let readers skip and split work by group.
 */
export const PARQUET_ROW_GROUP_ROWS = 32_768;

/**
 * The statement that writes a table's Parquet file from its export CSV: typed columns
 * ({@link parquetColumns}), Snappy-compressed (the codec every reader has), row groups of
 * {@link PARQUET_ROW_GROUP_ROWS} rows.
 * @internal
 */
export function copyToParquet(
  table: Table,
  csvPath: string,
  target: string,
  neutralised?: ReadonlySet<string>,
): string {
  return `COPY (${selectFromCsv(table, csvPath, neutralised)}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP_ROWS})`;
}

/**
 * Writes `<table>.parquet` beside `<table>.csv` in `dir`, from that CSV, on a {@link DuckDBWorker}.
 * `neutralised`: the text columns the CSV writer put a `'` in (see {@link selectFromCsv}).
 *
 * @throws {@link ParquetExportError} when an amount does not fit its decimal column.
 * @internal
 */
export async function writeTableParquet(
  duckdb: DuckDBWorker,
  table: Table,
  dir: string,
  neutralised?: ReadonlySet<string>,
): Promise<void> {
  try {
    const csv = join(dir, `${table.name}.csv`);
    await duckdb.run(copyToParquet(table, csv, join(dir, `${table.name}.parquet`), neutralised));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ParquetExportError(`${table.name}.parquet: ${message.split('\n')[0]}`);
  }
}

/**
 * Writes `<table>.parquet` beside each `<table>.csv` of each folder, from that CSV (see
 * {@link copyToParquet}). One DuckDB, on a worker thread, serves every folder.
 *
 * @param folders - Each folder holding export CSVs (a build's staging folder) and its tables.
 * @throws {@link ParquetExportError} when an amount does not fit its decimal column.
 * @example
 * ```ts
 * await writeParquet([{ dir: 'datasets/projects/dist', tables: [{ table: tables.projects }] }]);
 * ```
 */
export async function writeParquet(
  folders: ReadonlyArray<{ dir: string; tables: ReadonlyArray<{ table: Table }> }>,
): Promise<void> {
  if (folders.length === 0) return;
  const duckdb = new DuckDBWorker();
  try {
    for (const { dir, tables } of folders) {
      for (const { table } of tables) await writeTableParquet(duckdb, table, dir);
    }
  } finally {
    await duckdb.close();
  }
}
