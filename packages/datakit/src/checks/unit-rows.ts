import { parseIso } from '@vnsti/dates';
import { organizationNameKey, placeNameKey, type TableName } from '@vnsti/schema';
import type { ProblemCode } from '../problems.js';
import { cellLocation } from '../rows/locate-cell.js';
import type { LoadedRow, LoadedTable } from '../rows/types.js';
import type { CheckContext } from './rule.js';

/**
 * One unit as read from `places.csv` or `organizations.csv` (the datasets whose records have
 * validity and lineage), with the row and table to locate its cells.
 * @internal
 */
export interface UnitRow {
  readonly id: string;
  readonly kind: string;
  /** The folded Vietnamese name (`placeNameKey` / `organizationNameKey`). */
  readonly nameKey: string;
  readonly validFrom: string | undefined;
  readonly validUntil: string | undefined;
  readonly row: LoadedRow;
  readonly table: LoadedTable;
}

/** One lineage row of `place-changes.csv` or `organization-changes.csv`. @internal */
export interface ChangeRow {
  readonly unit: string;
  readonly change: string;
  readonly successor: string;
  readonly date: string;
  readonly row: LoadedRow;
  readonly table: LoadedTable;
}

/** The datasets of units: main table, lineage table, the lineage table's unit column, name folding. */
export const UNIT_TABLES = [
  { units: 'places', changes: 'place-changes', column: 'place', key: placeNameKey },
  { units: 'organizations', changes: 'organization-changes', column: 'organization', key: organizationNameKey },
] as const satisfies ReadonlyArray<{
  units: TableName;
  changes: TableName;
  column: string;
  key: (name: string) => string;
}>;

/** A table as read, when its dataset was read and the file could be read. @internal */
export function readableTable(ctx: CheckContext, name: TableName): LoadedTable | undefined {
  const t = ctx.table(name);
  return t?.readable ? t : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A date cell's value when it is a real calendar day; `null` when the cell holds something else
 * (its problem is reported by the schema check, and a rule must not reason from it).
 * @internal
 */
export function dayOf(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && parseIso(value) !== null ? value : null;
}

/** The units of one unit dataset, by id (the first row of a duplicated id). @internal */
export function unitRows(ctx: CheckContext, spec: (typeof UNIT_TABLES)[number]): Map<string, UnitRow> {
  const units = new Map<string, UnitRow>();
  const table = readableTable(ctx, spec.units);
  if (!table) return units;
  for (const row of table.rows) {
    const id = text(row.values['id']);
    const name = (row.values['name'] as { vi?: unknown } | undefined)?.vi;
    const kind = text(row.values['kind']);
    const validFrom = dayOf(row.values['valid_from']);
    const validUntil = dayOf(row.values['valid_until']);
    if (!id || typeof name !== 'string' || !kind || units.has(id) || validFrom === null || validUntil === null)
      continue;
    let nameKey = '';
    try {
      nameKey = spec.key(name);
    } catch {
      // A name too long to fold is reported by the schema (or not a name at all): no key.
    }
    units.set(id, {
      id,
      kind,
      nameKey,
      validFrom,
      validUntil,
      row,
      table,
    });
  }
  return units;
}

/** The lineage rows of one unit dataset, in file order. @internal */
export function changeRows(ctx: CheckContext, spec: (typeof UNIT_TABLES)[number]): ChangeRow[] {
  const table = readableTable(ctx, spec.changes);
  if (!table) return [];
  const rows: ChangeRow[] = [];
  for (const row of table.rows) {
    const unit = text(row.values[spec.column]);
    const change = text(row.values['change']);
    const successor = text(row.values['successor']);
    const date = dayOf(row.values['date']);
    if (unit && change && successor && date) rows.push({ unit, change, successor, date, row, table });
  }
  return rows;
}

/** Where a cell of a unit or lineage row is, for a problem. @internal */
export function at(table: LoadedTable, row: LoadedRow, header: string): { file: string; line: number; column: number } {
  return { file: table.file, ...cellLocation(table, row, header) };
}

/** Reports a problem a unit rule found at a cell. @internal */
export function report(
  ctx: CheckContext,
  code: ProblemCode,
  cell: { file: string; line: number; column: number },
  message: string,
): void {
  ctx.collector.cell(code, cell.file, cell.line, cell.column, message);
}
