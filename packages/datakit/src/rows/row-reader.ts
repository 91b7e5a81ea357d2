import { type Column, isNfc, MAY_NEED_NORMALISING, type Table } from '@vnsti/schema';
import type { CellLocator } from '../io/csv-positions.js';
import { readCell } from '../normalise/cells.js';
import type { ReadContext } from './context.js';
import { cellOnLine } from './locate-cell.js';
import type { LoadedRow } from './types.js';
import type { ProblemCode } from '../problems.js';

/** A C0 control character other than tab and line feed (NUL, CR alone, escape…): refused in every cell. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** A control character, or a character that may need normalising (`@vnsti/schema`'s, for `isNfc`). */
const SUSPECT = new RegExp(`${CONTROL.source}|${MAY_NEED_NORMALISING.source}`);

/** The column a missing `as_of` date is filled from the row's source's publication date. */
const AS_OF = 'as_of';

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
export class RowReader {
  readonly rows: LoadedRow[] = [];
  private readonly plan: ColumnPlan[];
  private readonly sourceIndex: number;
  private readonly quoteIndex: number;
  private readonly locatorIndex: number;
  private line = 0;
  private bad: Set<string> | undefined;

  constructor(
    private readonly ctx: ReadContext,
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
  private problem(code: ProblemCode, name: string, message: string, of?: Column): void {
    this.bad ??= new Set();
    this.bad.add(name);
    if (of) this.bad.add(of.name);
    const { line, column } = cellOnLine(this.t, this.line, name);
    this.ctx.collector.cell(code, this.t.file, line, column, `${name}: ${message}`);
  }

  /** The trimmed text of a cell ('' when the header lacks it), checked to be NFC and free of control characters. */
  private text(cells: readonly string[], index: number, name: string): string {
    if (index < 0) return '';
    const value = cells[index]!.trim();
    if (value === '') return value;
    // One scan clears the common cell; only a suspect one is looked at twice.
    if (!SUSPECT.test(value)) return value;
    if (CONTROL.test(value)) {
      const control = value.search(CONTROL);
      const code = value.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
      this.problem(
        'control-character',
        name,
        `expected text without control characters, found U+${code} at character ${control + 1} (only tab and line feed are allowed in a cell)`,
      );
    } else if (!isNfc(value)) {
      this.problem(
        'not-nfc',
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
      // A quote from a source with a stored text, or a locator in one kept without text: which of
      // the two the source needs is the `locators` rule's (it knows the sources).
      const cited = quote !== undefined || locator !== undefined;
      if (table.citation === 'required') {
        if (!source) this.problem('required', 'source', 'required, found an empty cell (every row cites a source id)');
        if (!cited) {
          this.problem(
            'required',
            'quote',
            'required, found an empty cell (every row quotes its source, or gives a locator for a source without text)',
          );
        }
      } else if (!source !== !cited) {
        if (!source)
          this.problem('pair', 'source', 'expected a source id with the quote or locator, found an empty cell');
        else this.problem('pair', 'quote', 'expected a quote (or a locator) with the source, found an empty cell');
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
          if (!vi) this.problem('required', viName, 'required, found an empty cell', column);
          if (!en) this.problem('required', enName, 'required, found an empty cell', column);
        } else if (vi || en) {
          if (!vi) this.problem('pair', viName, `expected the Vietnamese with ${enName}, found an empty cell`, column);
          else this.problem('pair', enName, `expected the English with ${viName}, found an empty cell`, column);
        }
        continue;
      }
      const value = this.text(cells, index, column.name);
      if (value === '') {
        if (column.name === AS_OF && reference !== undefined) values[column.name] = reference;
        else if (column.required) this.problem('required', column.name, 'required, found an empty cell');
        else if (column.name === AS_OF && source !== undefined) {
          // Filled from a source that is unknown or has no valid date: the `unknown-source` rule or
          // the source's own row says so; the schema's "expected a date, found nothing" would mislead.
          this.bad ??= new Set();
          this.bad.add(column.name);
        }
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
      if (read.error !== undefined) this.problem('cell-value', column.name, read.error);
      else if (read.value !== undefined) values[column.name] = read.value;
      else if (source !== undefined) {
        // Wording read against the source's date, and the source is unknown: the `unknown-source`
        // rule says so; the schema's "expected object" on this cell would only mislead.
        this.bad ??= new Set();
        this.bad.add(column.name);
      }
    }
    this.rows.push({ line, values, source, quote, locator, bad: this.bad });
  }
}
