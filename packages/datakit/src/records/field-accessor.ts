import type { Table } from '@vnsti/schema';
import type { LoadedRow } from '../rows/types.js';

/**
 * A function giving the value of one export field (a name from `exportFields(table)`) for a row:
 * `localized`, money, quantity, figure and date-value columns are split into their typed fields
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
        column.kind === 'figure' ||
        column.kind === 'date-value')
    ) {
      const name = column.name;
      const key = field.slice(name.length + 1).replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
      return (row) => (row.values[name] as Record<string, unknown> | undefined)?.[key];
    }
  }
  throw new Error(`${table.name} has no column for export field ${field}`);
}
