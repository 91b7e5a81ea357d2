import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  authoredHeaders,
  type Column,
  type DatasetName,
  datasets,
  describeValue,
  IsoDate,
  isNfc,
  type Table,
  type TableName,
} from '@vnsti/schema';
import type { z } from 'zod';
import { Collector } from './collector.js';
import { type CsvRow, readCsv } from './csv/read.js';
import { type CellPosition, CellLocator, findInvalidUtf8 } from './csv/locate.js';
import { type CellResult, readCell } from './normalise/cells.js';
import { compareCodeUnits } from './order.js';
import type { Problem } from './problems.js';
import { datasetClosure, rel } from './workspace.js';

/** The column a missing `as_of` date is filled from the row's source's publication date. */
const AS_OF = 'as_of';

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
  /** The locator, for tables with citations (a source without text: article, clause, row). */
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
}

/**
 * A source's text, read from `datasets/sources/<text_file>`.
 *
 * @example
 * ```ts
 * loaded.sourceTexts.get('tpo-2025-11-25-quang-ninh')?.folded.includes('cho 7 dự án');
 * ```
 */
export interface SourceText {
  /** Path relative to the repository root. */
  readonly file: string;
  /** The text folded for quote search (NFC, whitespace runs collapsed to one space). */
  readonly folded: string;
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
 * Options of {@link loadDatasets}.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { root: '/work/main', datasets: ['events'] };
 * ```
 */
export interface LoadOptions {
  /** The repository root (the folder with `datasets/`). */
  root: string;
  /** Datasets to read; everything they reference is read too. All by default. */
  datasets?: readonly DatasetName[];
}

/** A whitespace run other than one plain space. */
const FOLDABLE_WHITESPACE = /[^\S ]\s*| \s+/g;

/**
 * Folds text for quote search: NFC, every run of whitespace one space, trimmed.
 *
 * @example
 * ```ts
 * foldWhitespace('cho  7\n dự án '); // 'cho 7 dự án'
 * ```
 */
export function foldWhitespace(text: string): string {
  // `\s` matches U+FEFF too: a byte-order mark at the start folds away with the rest. Single
  // spaces, most of the whitespace in a text, are not matched: replacing each of them with
  // itself made folding four times slower. (`normalize` returns NFC text as it is, and on a whole
  // article it is faster than `isNfc`'s scan.)
  return text.normalize('NFC').replace(FOLDABLE_WHITESPACE, ' ').trim();
}

interface Entry {
  record: Record<string, unknown>;
  row: LoadedRow;
  table: LoadedTable;
  /**
   * Rows behind each element of `record.sources`, once a child table adds one; until then the
   * only citation is the main row's.
   */
  sources?: Array<{ row: LoadedRow; table: LoadedTable }>;
  /** Rows behind each element of a child array, by array name. */
  children?: Map<string, Array<{ rows: LoadedRow[]; table: LoadedTable }>>;
}

class Context {
  /** One string per distinct referenced id or source id (see {@link Context.shared}). */
  private readonly strings = new Map<string, string>();
  readonly published = new Map<string, string>();
  readonly sourceTexts = new Map<string, SourceText | null>();
  readonly cellCache = new Map<string, Map<string, CellResult>>();
  constructor(
    readonly root: string,
    readonly collector: Collector,
  ) {}

  /** The one string kept for a referenced id: rows citing the same source or place share it. */
  shared(id: string): string {
    const kept = this.strings.get(id);
    if (kept !== undefined) return kept;
    this.strings.set(id, id);
    return id;
  }
}

/**
 * Where the cell of `header` in a row starts (the row's first column when the table has no such
 * header), for messages.
 *
 * @example
 * ```ts
 * const { line, column } = cellLocation(table, row, 'quote');
 * ```
 */
export function cellLocation(t: LoadedTable, row: LoadedRow, header: string): CellPosition {
  return cellOnLine(t, row.line, header);
}

/** {@link cellLocation} for the row starting on `line`. */
function cellOnLine(t: Pick<LoadedTable, 'header' | 'locator'>, line: number, header: string): CellPosition {
  const index = t.header.get(header);
  return index === undefined ? { line, column: 1 } : t.locator.at(line, index);
}

/** How one authored column is read from a row: the header indexes of its cells. */
interface ColumnPlan {
  readonly column: Column;
  /** Index of the cell (`<name>_vi` for `localized`), or -1 when the header lacks it. */
  readonly index: number;
  /** For `localized`: index of `<name>_en`, or -1. */
  readonly en: number;
  /** For `localized`: the two headers. */
  readonly viName: string;
  readonly enName: string;
}

/**
 * The values of one row, by column name. A class rather than `{}`: V8 gives the objects a
 * constructor makes room for the properties added after it (in-object slack), where an object
 * literal keeps only four and moves the rest to a separate, reallocated array: one allocation
 * per row instead of up to three, and less for the garbage collector to copy.
 */
class RowValues {
  [column: string]: unknown;
}

/**
 * Reads the data rows of one table by column kind, once its header is known. One instance per
 * table, its per-row state (`line`, `bad`) reset for each row: reading a row makes no closures,
 * only the row and its values.
 */
class RowReader {
  readonly rows: LoadedRow[] = [];
  private readonly plan: ColumnPlan[];
  private readonly sourceIndex: number;
  private readonly quoteIndex: number;
  private readonly locatorIndex: number;
  private line = 0;
  private bad: Set<string> | undefined;

  constructor(
    private readonly ctx: Context,
    private readonly t: { table: Table; file: string; header: ReadonlyMap<string, number>; locator: CellLocator },
  ) {
    const at = (name: string) => t.header.get(name) ?? -1;
    this.plan = t.table.columns.map((column) =>
      column.kind === 'localized'
        ? {
            column,
            index: at(`${column.name}_vi`),
            en: at(`${column.name}_en`),
            viName: `${column.name}_vi`,
            enName: `${column.name}_en`,
          }
        : { column, index: at(column.name), en: -1, viName: '', enName: '' },
    );
    this.sourceIndex = at('source');
    this.quoteIndex = at('quote');
    this.locatorIndex = at('locator');
  }

  /** Reports a problem with one cell of the current row; `of` marks its column as bad too. */
  private problem(name: string, message: string, of?: Column): void {
    this.bad ??= new Set();
    this.bad.add(name);
    if (of) this.bad.add(of.name);
    const { line, column } = cellOnLine(this.t, this.line, name);
    this.ctx.collector.cell(this.t.file, line, column, `${name}: ${message}`);
  }

  /** The trimmed text of a cell ('' when the header lacks it), checked to be NFC. */
  private text(cells: readonly string[], index: number, name: string): string {
    if (index < 0) return '';
    const value = cells[index]!.trim();
    if (value !== '' && !isNfc(value)) {
      this.problem(
        name,
        'expected text in Unicode NFC form, found a decomposed form (save the file with NFC normalisation)',
      );
    }
    return value;
  }

  read(line: number, cells: readonly string[]): void {
    const { table } = this.t;
    this.line = line;
    this.bad = undefined;
    let source: string | undefined;
    let quote: string | undefined;
    let locator: string | undefined;
    if (table.citation !== 'none') {
      source = this.ctx.shared(this.text(cells, this.sourceIndex, 'source')) || undefined;
      quote = this.text(cells, this.quoteIndex, 'quote') || undefined;
      locator = this.text(cells, this.locatorIndex, 'locator') || undefined;
      const cited = quote !== undefined || locator !== undefined;
      if (table.citation === 'required') {
        if (!source) this.problem('source', 'required, found an empty cell (every row cites a source id)');
        if (!cited) {
          this.problem(
            'quote',
            'required, found an empty cell (every row quotes its source, or gives a locator for a source without text)',
          );
        }
      } else if (!source !== !cited) {
        if (!source) this.problem('source', 'expected a source id with the quote or locator, found an empty cell');
        else this.problem('quote', 'expected a quote (or a locator) with the source, found an empty cell');
      }
    }
    const reference = source === undefined ? undefined : this.ctx.published.get(source);
    const values: Record<string, unknown> = new RowValues();
    for (const { column, index, en: enIndex, viName, enName } of this.plan) {
      if (column.kind === 'localized') {
        const vi = this.text(cells, index, viName);
        const en = this.text(cells, enIndex, enName);
        if (vi && en) values[column.name] = { vi, en };
        else if (column.required) {
          if (!vi) this.problem(viName, 'required, found an empty cell', column);
          if (!en) this.problem(enName, 'required, found an empty cell', column);
        } else if (vi || en) {
          if (!vi) this.problem(viName, `expected the Vietnamese with ${enName}, found an empty cell`, column);
          else this.problem(enName, `expected the English with ${viName}, found an empty cell`, column);
        }
        continue;
      }
      const value = this.text(cells, index, column.name);
      if (value === '') {
        if (column.name === AS_OF && reference !== undefined) values[column.name] = reference;
        else if (column.required) this.problem(column.name, 'required, found an empty cell');
        continue;
      }
      // Text, ids and dates are kept as written (the schema checks their form). An enum value or a
      // reference is kept as one shared string per distinct value: the cell's own copy is then
      // garbage at once, where keeping it would cost the garbage collector a copy of every cell
      // (most of reading's collection time for 100 000 rows). Only the other kinds go through
      // `readCell`, which allocates a result.
      const kind = column.kind;
      if (kind === 'text' || kind === 'id' || kind === 'date') {
        values[column.name] = value;
        continue;
      }
      if (kind === 'ref') {
        values[column.name] = this.ctx.shared(value);
        continue;
      }
      if (kind === 'enum') {
        const known = column.values!.indexOf(value);
        if (known >= 0) {
          values[column.name] = column.values![known];
          continue;
        }
      }
      const read = readCell(column, value, reference, this.ctx.cellCache);
      if (read.error !== undefined) this.problem(column.name, read.error);
      else if (read.value !== undefined) values[column.name] = read.value;
    }
    this.rows.push({ line, values, source, quote, locator, bad: this.bad });
  }
}

/** Reads one table file: header checks, then each row by column kind. */
async function readTable(ctx: Context, datasetDir: string, table: Table): Promise<LoadedTable> {
  const path = join(datasetDir, 'data', `${table.name}.csv`);
  const file = rel(ctx.root, path);
  const header = new Map<string, number>();
  const locator = new CellLocator(path);
  if (!existsSync(path)) return { table, file, present: false, readable: true, header, locator, rows: [] };
  const c = ctx.collector;
  const expected = authoredHeaders(table);
  let headerLength = -1;
  let usable = true;
  let reader: RowReader | undefined;

  const onHeader = (r: CsvRow) => {
    headerLength = r.cells.length;
    r.cells.forEach((name, i) => {
      if (!expected.includes(name)) {
        const at = locator.at(r.line, i);
        c.cell(
          file,
          at.line,
          at.column,
          `unknown column ${JSON.stringify(name)} (the columns of ${table.name}.csv are: ${expected.join(', ')})`,
        );
      } else if (header.has(name)) {
        const at = locator.at(r.line, i);
        c.cell(
          file,
          at.line,
          at.column,
          `duplicate column ${JSON.stringify(name)} (first at column ${locator.at(r.line, header.get(name)!).column})`,
        );
      } else header.set(name, i);
    });
    const missing = (name: string, why: string) => {
      c.add(file, r.line, 1, `missing column ${JSON.stringify(name)}: ${why}`);
      usable = false;
    };
    for (const column of table.columns) {
      if (column.kind === 'localized') {
        const vi = header.has(`${column.name}_vi`);
        const en = header.has(`${column.name}_en`);
        if (column.required || vi !== en) {
          if (!vi)
            missing(
              `${column.name}_vi`,
              column.required ? 'required' : `${column.name}_vi and ${column.name}_en come in pairs`,
            );
          if (!en)
            missing(
              `${column.name}_en`,
              column.required ? 'required' : `${column.name}_vi and ${column.name}_en come in pairs`,
            );
        }
      } else if (column.required && !header.has(column.name)) missing(column.name, 'required');
    }
    if (table.citation === 'required') {
      if (!header.has('source')) missing('source', 'every row cites a source');
      if (!header.has('quote')) missing('quote', 'every row cites a quote from its source');
    } else if (
      table.citation === 'optional' &&
      header.has('source') !== (header.has('quote') || header.has('locator'))
    ) {
      missing(header.has('source') ? 'quote' : 'source', 'source and quote (or locator) come in pairs');
    }
    reader = new RowReader(ctx, { table, file, header, locator });
  };

  const onRow = (r: CsvRow) => {
    if (r.cells.length !== headerLength) {
      const extra = r.cells.length > headerLength;
      const at = extra ? locator.at(r.line, headerLength) : { line: r.line, column: 1 };
      c.add(
        file,
        at.line,
        at.column,
        `expected ${headerLength} fields as in the header, found ${r.cells.length}${extra ? ' (a comma inside a value needs the value in double quotes)' : ''}`,
      );
      return;
    }
    reader!.read(r.line, r.cells);
  };

  let sawHeader = false;
  const fatal = await readCsv(path, file, (r) => {
    if (!sawHeader) {
      sawHeader = true;
      onHeader(r);
    } else if (usable) onRow(r);
  });
  for (const p of fatal) c.add(p.file, p.line, p.column, p.message);
  if (fatal.length === 0 && !sawHeader) {
    c.add(file, 1, 1, `the file is empty: expected a header row (${expected.join(',')})`);
    return { table, file, present: true, readable: false, header, locator, rows: [] };
  }
  const readable = fatal.length === 0 && usable;
  return { table, file, present: true, readable, header, locator, rows: readable && reader ? reader.rows : [] };
}

/** Maps a path inside a record (a Zod issue path) back to the cell that produced it. */
function locate(
  entry: Entry,
  path: readonly PropertyKey[],
): { t: LoadedTable; row: LoadedRow; header?: string; column?: string; label: string } {
  const [first, second, third, fourth, fifth] = path;
  const main = { t: entry.table, row: entry.row };
  const headerOf = (column: Column | undefined, sub: PropertyKey | undefined) =>
    column === undefined
      ? undefined
      : column.kind === 'localized'
        ? `${column.name}_${sub === 'en' ? 'en' : 'vi'}`
        : column.name;
  if (first === 'sources') {
    const origins = entry.sources ?? (citationOf(entry.row) ? [{ row: entry.row, table: entry.table }] : []);
    const s = typeof second === 'number' ? origins[second] : undefined;
    if (s) return { t: s.table, row: s.row, header: third === 'quote' ? 'quote' : 'source', label: '' };
    return { ...main, label: 'sources' };
  }
  const child = typeof first === 'string' ? entry.children?.get(first) : undefined;
  if (child) {
    const item = typeof second === 'number' ? child[second] : undefined;
    if (!item) return { ...main, label: String(first) };
    const parent = item.table.table.parent;
    if (parent?.value) return { t: item.table, row: item.rows[0]!, header: parent.value, label: '' };
    if (third === 'sources') {
      const row = (typeof fourth === 'number' ? item.rows[fourth] : undefined) ?? item.rows[0]!;
      return { t: item.table, row, header: fifth === 'quote' ? 'quote' : 'source', label: '' };
    }
    if (third === undefined) return { t: item.table, row: item.rows[0]!, label: `${String(first)}[${String(second)}]` };
    const column = item.table.table.columns.find((col) => col.field === third);
    const header = headerOf(column, fourth);
    if (header) return { t: item.table, row: item.rows[0]!, header, column: column!.name, label: '' };
    return { t: item.table, row: item.rows[0]!, label: path.slice(2).map(String).join('.') };
  }
  const column = entry.table.table.columns.find((col) => col.field === first);
  const header = headerOf(column, second);
  if (header) return { ...main, header, column: column!.name, label: '' };
  return { ...main, label: path.map(String).join('.') || 'record' };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  let message = issue.message;
  if (/^Invalid /.test(message)) message = `i${message.slice(1)}`;
  if (/\bfound\b/.test(message) || !('input' in issue)) return message;
  const input = issue.input;
  const order = /^expected (\w+) ≥ (\w+)$/.exec(message);
  if (order && input !== null && typeof input === 'object') {
    const values = input as Record<string, unknown>;
    return `${message}, found ${order[1]} ${describeValue(values[order[1]!])} before ${order[2]} ${describeValue(values[order[2]!])}`;
  }
  if (input !== null && typeof input === 'object') return message;
  return `${message}, found ${describeValue(input)}`;
}

/** The citation of a row (`{ source, quote?, locator? }`), or `undefined` when it cites nothing. */
function citationOf(row: LoadedRow): { source: string; quote?: string; locator?: string } | undefined {
  if (!row.source || (row.quote === undefined && row.locator === undefined)) return undefined;
  const citation: { source: string; quote?: string; locator?: string } = { source: row.source };
  if (row.quote !== undefined) citation.quote = row.quote;
  if (row.locator !== undefined) citation.locator = row.locator;
  return citation;
}

/** Builds the records of a dataset from its tables and checks each against the schema. */
function assemble(ctx: Context, name: DatasetName, loaded: LoadedTable[]): Record<string, unknown>[] {
  const dataset = datasets[name];
  const c = ctx.collector;
  const main = loaded[0]!;
  const hasSources = main.table.citation !== 'none' || loaded.some((t) => t.table.parent?.into === 'sources');
  // Records, their main rows and the origins of their array items, by record index; an Entry
  // (for mapping Zod issues back to cells) is made only for a record that fails.
  const records: Record<string, unknown>[] = [];
  const mainRows: LoadedRow[] = [];
  const byId = new Map<string, number>();
  const citedBy = new Map<number, NonNullable<Entry['sources']>>();
  const childrenOf = new Map<number, NonNullable<Entry['children']>>();
  const fields = main.table.columns.map((column) => [column.name, column.field] as const);
  // Where every column's record field is its header, the record starts as a copy of the row's
  // values. `Object.assign` onto `{}`, not a spread: V8 gives a spread copy a shape of its own, and
  // adding `sources` to it then costs a new shape per record (three times slower for 100 000).
  const sameNames = fields.every(([name, field]) => name === field);
  const childArrays = loaded.flatMap((t) =>
    t.table.parent && t.table.parent.into !== 'sources' ? [t.table.parent.into] : [],
  );
  for (const row of main.rows) {
    const id = row.values['id'];
    if (typeof id === 'string') {
      const first = byId.get(id);
      if (first !== undefined) {
        const { line, column } = cellLocation(main, row, 'id');
        c.cell(
          main.file,
          line,
          column,
          `id: duplicate id ${JSON.stringify(id)} (first at line ${mainRows[first]!.line})`,
        );
        continue;
      }
    }
    let record: Record<string, unknown>;
    if (sameNames) record = Object.assign({}, row.values);
    else {
      record = {};
      for (const [name, field] of fields) {
        const value = row.values[name];
        if (value !== undefined) record[field] = value;
      }
    }
    for (const into of childArrays) record[into] = [];
    if (hasSources) {
      const citation = citationOf(row);
      record['sources'] = citation ? [citation] : [];
    }
    if (typeof id === 'string') byId.set(id, records.length);
    records.push(record);
    mainRows.push(row);
  }

  for (const t of loaded.slice(1)) {
    const parent = t.table.parent;
    if (!parent) continue;
    const seen = new Map<string, number>();
    const pkColumns = t.table.primaryKey;
    const pkAccessors = pkColumns.map((k) => fieldAccessor(t.table, k));
    for (const row of t.rows) {
      const key = pkAccessors.map((get) => String(get(row) ?? '')).join('\u0000');
      const first = seen.get(key);
      if (first !== undefined) {
        c.add(
          t.file,
          row.line,
          1,
          `duplicate row: ${pkColumns.join(', ')} are the same as on line ${first} (${key
            .split('\u0000')
            .map((v) => JSON.stringify(v))
            .join(', ')})`,
        );
        continue;
      }
      seen.set(key, row.line);
      const parentId = row.values[parent.column];
      const index = typeof parentId === 'string' ? byId.get(parentId) : undefined;
      if (index === undefined) continue; // a dangling parent is reported by the reference check
      const record = records[index]!;
      const citation = citationOf(row);
      if (parent.into === 'sources') {
        if (citation) {
          const sources = record['sources'] as unknown[];
          let origins = citedBy.get(index);
          if (!origins) {
            origins = sources.length > 0 ? [{ row: mainRows[index]!, table: main }] : [];
            citedBy.set(index, origins);
          }
          sources.push(citation);
          origins.push({ row, table: t });
        }
        continue;
      }
      let children = childrenOf.get(index);
      if (!children) {
        children = new Map();
        childrenOf.set(index, children);
      }
      let origins = children.get(parent.into);
      if (!origins) {
        origins = [];
        children.set(parent.into, origins);
      }
      const list = record[parent.into] as unknown[];
      if (parent.value) {
        const value = row.values[parent.value];
        if (value === undefined) continue;
        list.push(value);
        origins.push({ rows: [row], table: t });
        continue;
      }
      if (parent.mergeBy) {
        const mergeKey = parent.mergeBy.map((f) => JSON.stringify(row.values[f] ?? null)).join('\u0000');
        const index = origins.findIndex(
          (o) =>
            o.table === t &&
            parent.mergeBy!.map((f) => JSON.stringify(o.rows[0]!.values[f] ?? null)).join('\u0000') === mergeKey,
        );
        if (index >= 0) {
          const item = list[index] as { sources: unknown[] };
          if (citation) item.sources.push(citation);
          origins[index]!.rows.push(row);
          continue;
        }
      }
      const item: Record<string, unknown> = {};
      for (const column of t.table.columns) {
        if (column.name === parent.column) continue;
        const value = row.values[column.name];
        if (value !== undefined) item[column.field] = value;
      }
      if (t.table.citation !== 'none') item['sources'] = citation ? [citation] : [];
      list.push(item);
      origins.push({ rows: [row], table: t });
    }
  }

  for (let i = 0; i < records.length; i++) {
    // Without `reportInput` Zod checks twice as fast; only a record that fails is checked again
    // with it, for the messages (which quote what was found).
    const record = records[i]!;
    if (dataset.record.safeParse(record).success) continue;
    const result = dataset.record.safeParse(record, { reportInput: true });
    if (result.success) continue;
    const entry: Entry = {
      record,
      row: mainRows[i]!,
      table: main,
      sources: citedBy.get(i),
      children: childrenOf.get(i),
    };
    for (const issue of result.error.issues) {
      const where = locate(entry, issue.path);
      if (where.header && where.row.bad?.has(where.header)) continue;
      if (where.column && where.row.bad?.has(where.column)) continue;
      // No citation on the main row: its empty source or quote cell is already reported.
      if (
        issue.path.length === 1 &&
        issue.path[0] === 'sources' &&
        (entry.row.bad?.has('source') || entry.row.bad?.has('quote'))
      )
        continue;
      const message = describeIssue(issue);
      if (where.header) {
        const { line, column } = cellLocation(where.t, where.row, where.header);
        c.cell(where.t.file, line, column, `${where.header}: ${message}`);
      } else c.add(where.t.file, where.row.line, 1, `${where.label}: ${message}`);
    }
  }
  return records.sort((a, b) => compareCodeUnits(String(a['id'] ?? ''), String(b['id'] ?? '')));
}

/**
 * A function giving the value of one export field (a name from `exportFields(table)`) for a row:
 * `localized`, money, quantity and date-value columns are split into their typed fields
 * (`name_vi` → `name.vi`, `date_part_of_day` → `date.partOfDay`).
 * @internal
 */
export function fieldAccessor(table: Table, field: string): (row: LoadedRow) => unknown {
  if (field === 'source') return (row) => row.source;
  if (field === 'quote') return (row) => row.quote;
  if (field === 'locator') return (row) => row.locator;
  for (const column of table.columns) {
    if (column.name === field) return (row) => row.values[field];
  }
  for (const column of table.columns) {
    if (
      field.startsWith(`${column.name}_`) &&
      (column.kind === 'localized' ||
        column.kind === 'money' ||
        column.kind === 'quantity' ||
        column.kind === 'date-value')
    ) {
      const name = column.name;
      const key = field.slice(name.length + 1).replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
      return (row) => (row.values[name] as Record<string, unknown> | undefined)?.[key];
    }
  }
  throw new Error(`${table.name} has no column for export field ${field}`);
}

/** Reads the sources' texts: UTF-8, SHA-256 against the row, folded for quote search. */
function readSourceTexts(ctx: Context, dir: string, t: LoadedTable): void {
  const c = ctx.collector;
  // Sync reads: a source text is a few kilobytes, and `fs.promises.readFile` costs four round
  // trips through the thread pool per file (for 1 000 texts about 10× the time of `readFileSync`).
  const readOne = (row: LoadedRow) => {
    const id = row.values['id'];
    const published = row.values['published'];
    if (typeof id !== 'string') return;
    if (typeof published === 'string' && IsoDate.safeParse(published).success) ctx.published.set(id, published);
    const textFile = row.values['text_file'];
    if (typeof textFile !== 'string' || !/^text\/[a-z0-9-]+\.txt$/.test(textFile)) {
      ctx.sourceTexts.set(id, null);
      return;
    }
    const path = join(dir, textFile);
    const file = rel(ctx.root, path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') throw error;
      const { line, column } = cellLocation(t, row, 'text_file');
      c.cell(
        t.file,
        line,
        column,
        `text_file: ${JSON.stringify(textFile)} does not exist (expected the source's text at ${file})`,
      );
      ctx.sourceTexts.set(id, null);
      return;
    }
    if (!isUtf8(bytes)) {
      const bad = findInvalidUtf8(bytes);
      c.add(file, bad?.line ?? 1, bad?.column ?? 1, bad?.message ?? 'the file is not valid UTF-8');
      ctx.sourceTexts.set(id, null);
      return;
    }
    // A byte-order mark decodes to U+FEFF, which folding removes with the other whitespace.
    const text = bytes.toString('utf8');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const stated = row.values['sha256'];
    if (typeof stated === 'string' && stated !== sha && /^[0-9a-f]{64}$/.test(stated)) {
      const { line, column } = cellLocation(t, row, 'sha256');
      c.cell(t.file, line, column, `sha256: expected ${sha} (the SHA-256 of ${file}), found ${stated}`);
    }
    ctx.sourceTexts.set(id, { file, folded: foldWhitespace(text) });
  };
  for (const row of t.rows) readOne(row);
}

/** Files in `data/` that are not a table of the dataset: a misspelt name would be silently ignored. */
function reportUnknownFiles(ctx: Context, dir: string, name: DatasetName): void {
  const data = join(dir, 'data');
  if (!existsSync(data)) return;
  const known = new Set(datasets[name].tables.map((t) => `${t.name}.csv`));
  for (const entry of readdirSync(data).sort()) {
    if (known.has(entry) || entry.startsWith('.') || !entry.endsWith('.csv')) continue;
    ctx.collector.add(
      rel(ctx.root, join(data, entry)),
      1,
      1,
      `unknown table file ${entry} (the tables of ${name} are: ${[...known].join(', ')})`,
    );
  }
}

/**
 * Reads datasets from `datasets/<name>/data/*.csv` (and, for sources, their texts), reads each
 * cell by its column kind, assembles records (main table plus child tables) and checks each
 * record against its `@vnsti/schema` schema. Problems are collected, never thrown; cross-dataset
 * checks (references, quotes) are {@link validate}'s.
 *
 * @param options - The repository root and the datasets to read (with what they reference).
 * @returns The problems and what was read.
 * @example
 * ```ts
 * const loaded = await loadDatasets({ root: '/work/main', datasets: ['metrics'] });
 * [...loaded.datasets.keys()]; // ['sources', 'places', 'organizations', 'documents', 'metrics']
 * ```
 */
export async function loadDatasets(options: LoadOptions): Promise<LoadResult> {
  return loadInto(new Collector(), options);
}

/** {@link loadDatasets}, reporting into a collector the cross-checks go on with. @internal */
export async function loadInto(collector: Collector, options: LoadOptions): Promise<LoadResult> {
  const ctx = new Context(options.root, collector);
  const names = datasetClosure(options.datasets ?? (Object.keys(datasets) as DatasetName[]));
  const result = new Map<DatasetName, LoadedDataset>();
  for (const name of names) {
    const dir = join(options.root, 'datasets', name);
    const exists = existsSync(dir);
    const tables: LoadedTable[] = [];
    if (exists) reportUnknownFiles(ctx, dir, name);
    for (const table of datasets[name].tables) {
      if (exists) tables.push(await readTable(ctx, dir, table));
      else {
        const path = join(dir, 'data', `${table.name}.csv`);
        tables.push({
          table,
          file: rel(ctx.root, path),
          present: false,
          readable: true,
          header: new Map(),
          locator: new CellLocator(path),
          rows: [],
        });
      }
      if (name === 'sources' && table.name === 'sources') readSourceTexts(ctx, dir, tables[0]!);
    }
    const records = assemble(ctx, name, tables);
    result.set(name, { name, dir, exists, tables, records });
  }
  return {
    problems: ctx.collector.problems,
    root: options.root,
    datasets: result,
    sourceTexts: ctx.sourceTexts,
    published: ctx.published,
  };
}

export type { TableName };
