import { type TableName, tables } from '@vnsti/schema';
import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

/**
 * `reference`: every `ref` cell names a record of the table it refers to, in whichever dataset
 * that table lives (a table that could not be read is not checked against).
 */
export const references: CheckRule = {
  code: 'reference',
  description: 'every reference cell names an existing record of the table it refers to',
  run(ctx) {
    for (const t of ctx.tables()) {
      const refs = t.table.columns.filter((c) => c.kind === 'ref' && c.references);
      if (refs.length === 0) continue;
      for (const row of t.rows) {
        for (const column of refs) {
          const value = row.values[column.name];
          if (typeof value !== 'string') continue;
          const target = column.references as TableName;
          const known = ctx.idsOf(target);
          if (!known || known.has(value)) continue;
          const { line, column: col } = cellLocation(t, row, column.name);
          ctx.collector.cell(
            'reference',
            t.file,
            line,
            col,
            `${column.name}: no ${target} record has id ${JSON.stringify(value)} (expected an id from ${ctx.table(target)?.file ?? `datasets/${tables[target].dataset}/data/${target}.csv`})`,
          );
        }
      }
    }
  },
};
