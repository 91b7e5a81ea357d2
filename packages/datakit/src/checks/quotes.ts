import { foldWhitespace } from '../rows/fold.js';
import { cellLocation } from '../rows/locate-cell.js';
import { QuoteFinder } from './quote-finder.js';
import type { CheckRule } from './rule.js';

/** Text that folding leaves unchanged: single spaces between non-space characters, ASCII only or NFC-checked by the reader. */
const FOLDED = /^(?:\S+ )*\S+$/;

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * `quote-not-found`: every citation's quote occurs in its source's text once whitespace is folded
 * (a source whose text could not be read is reported by the reader, not here).
 */
export const quotes: CheckRule = {
  code: 'quote-not-found',
  description: "every citation's quote occurs in its source's text, whitespace folded",
  run(ctx) {
    const finder = new QuoteFinder();
    const sourceIds = ctx.idsOf('sources');
    for (const t of ctx.tables()) {
      for (const row of t.rows) {
        if (row.source === undefined || row.quote === undefined || !sourceIds?.has(row.source)) continue;
        const text = ctx.loaded.sourceTexts.get(row.source);
        if (!text) continue;
        if (finder.find(row.source, text, FOLDED.test(row.quote) ? row.quote : foldWhitespace(row.quote))) continue;
        const { line, column } = cellLocation(t, row, 'quote');
        ctx.collector.cell(
          'quote-not-found',
          t.file,
          line,
          column,
          `quote: not found in the text of source ${JSON.stringify(row.source)} (${text.file}), even after folding whitespace: ${JSON.stringify(shorten(row.quote))}`,
        );
      }
    }
  },
};
