import type { CellPosition } from '../io/csv-positions.js';
import type { LoadedRow, LoadedTable } from './types.js';

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

/** {@link cellLocation} for the row starting on `line`. @internal */
export function cellOnLine(t: Pick<LoadedTable, 'header' | 'locator'>, line: number, header: string): CellPosition {
  const index = t.header.get(header);
  return index === undefined ? { line, column: 1 } : t.locator.at(line, index);
}
