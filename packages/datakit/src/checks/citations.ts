import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

/** `unknown-source`: every citation's `source` cell names a row of `sources.csv`. */
export const citations: CheckRule = {
  code: 'unknown-source',
  description: "every citation's source cell names a registered source",
  run(ctx) {
    const sourceIds = ctx.idsOf('sources');
    if (sourceIds === null) return;
    for (const t of ctx.tables()) {
      for (const row of t.rows) {
        if (row.source === undefined || sourceIds.has(row.source)) continue;
        const { line, column } = cellLocation(t, row, 'source');
        ctx.collector.cell(
          'unknown-source',
          t.file,
          line,
          column,
          `source: no source has id ${JSON.stringify(row.source)} (expected an id from datasets/sources/data/sources.csv)`,
        );
      }
    }
  },
};
