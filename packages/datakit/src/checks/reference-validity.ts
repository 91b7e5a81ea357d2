import { type TableName, validOn } from '@vnsti/schema';
import type { CheckRule } from './rule.js';
import {
  at,
  report,
  type ChangeRow,
  changeRows,
  dayOf,
  readableTable,
  UNIT_TABLES,
  type UnitRow,
  unitRows,
} from './unit-rows.js';

/** The references to units checked against the record's date, and the column that marks one historical. */
const DATED_REFERENCES = [
  { table: 'events', ref: 'place', units: 0, date: 'date', historical: 'place_historical' },
  { table: 'metrics', ref: 'place', units: 0, date: 'period', historical: 'place_historical' },
  {
    table: 'positions',
    ref: 'organization',
    units: 1,
    date: 'as_of',
    historical: 'organization_historical',
  },
] as const satisfies ReadonlyArray<{
  table: TableName;
  ref: string;
  units: 0 | 1;
  date: string;
  historical: string;
}>;

/** The days of a date cell to check: a day, or the closed ends of a date value. */
function daysOf(value: unknown): string[] {
  if (typeof value === 'string') return dayOf(value) ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  const v = value as { start?: unknown; end?: unknown; open?: unknown };
  const days: string[] = [];
  if (typeof v.start === 'string' && v.open !== 'start') days.push(v.start);
  if (typeof v.end === 'string' && v.open !== 'end' && v.end !== v.start) days.push(v.end);
  return days;
}

/**
 * `reference-validity`: a record that names a unit (an event's or a metric's place, a position's
 * organization) names one that exists on the record's date: an event in 2026 placed in tỉnh Hải
 * Dương (ended 2025-06-30) is an error, unless the row marks the reference historical
 * (`place_historical` / `organization_historical` = `true`: the source means the former unit).
 *
 * @example
 * ```ts
 * referenceValidity.run(new CheckContext(loaded, collector)); // reports nothing when every dated reference names a unit of its day
 * ```
 */
export const referenceValidity: CheckRule = {
  code: 'reference-validity',
  description: "a record names a unit valid on the record's date, unless it marks the reference historical",
  run(ctx) {
    const units = UNIT_TABLES.map((spec) => unitRows(ctx, spec));
    const changes = UNIT_TABLES.map((spec) => changeRows(ctx, spec));
    for (const spec of DATED_REFERENCES) {
      const table = readableTable(ctx, spec.table);
      if (!table) continue;
      for (const row of table.rows) {
        const id = row.values[spec.ref];
        if (typeof id !== 'string' || row.values[spec.historical] === true) continue;
        const unit = units[spec.units]!.get(id);
        if (!unit) continue;
        const day = daysOf(row.values[spec.date]).find((d) => !validOn(unit, d));
        if (day === undefined) continue;
        report(
          ctx,
          'reference-validity',
          at(table, row, spec.ref),
          `${spec.ref}: ${id} is not valid on ${day} (${validity(unit)})${successorNote(changes[spec.units]!, id, day)}; name the unit of that day, or set ${spec.historical} to true when the source means the former unit`,
        );
      }
    }
  },
};

function validity(unit: UnitRow): string {
  return `valid ${unit.validFrom ?? '…'} to ${unit.validUntil ?? '…'}`;
}

/** Where the unit had gone by `day`, when its lineage says. */
function successorNote(changes: readonly ChangeRow[], id: string, day: string): string {
  const step = changes.find((c) => c.unit === id && c.date <= day);
  return step ? `; from ${step.date} it ${step.change} ${step.successor}` : '';
}
