import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

/**
 * `citation-form`: a citation of a source kept without text (a legal document or web page,
 * `text_file` empty) gives a `locator` (article, clause, table row) and no `quote`, which could not
 * be checked; a citation of a source whose text is stored gives a `quote` (checked verbatim by
 * `quote-not-found`), a locator alone is not enough. Rows whose citation cells already have a
 * problem, or citing an unknown source, are left to the rules that report them.
 */
export const locators: CheckRule = {
  code: 'citation-form',
  description: 'a source without text is cited by locator and no quote; a source with a stored text by quote',
  run(ctx) {
    const sources = ctx.table('sources');
    if (!sources?.readable) return;
    const textless = new Set<string>();
    const known = new Set<string>();
    for (const r of sources.rows) {
      const id = r.values['id'];
      if (typeof id !== 'string') continue;
      known.add(id);
      if (r.values['text_file'] === undefined) textless.add(id);
    }
    for (const t of ctx.tables()) {
      for (const row of t.rows) {
        if (row.source === undefined || !known.has(row.source)) continue;
        if (row.bad?.has('quote') || row.bad?.has('source')) continue; // the citation's cells are reported already
        const report = (header: 'quote' | 'locator', message: string) => {
          const { line, column } = cellLocation(t, row, header);
          ctx.collector.cell('citation-form', t.file, line, column, message);
        };
        if (textless.has(row.source)) {
          if (row.quote !== undefined) {
            report(
              'quote',
              `quote: source ${JSON.stringify(row.source)} is kept without text (cited by URL): give a locator (article, clause, row) and no quote`,
            );
          } else if (row.locator === undefined) {
            report(
              'locator',
              `locator: required for source ${JSON.stringify(row.source)}, which is kept without text (e.g. "Điều 1, khoản 3")`,
            );
          }
        } else if (row.quote === undefined && row.locator !== undefined) {
          report(
            'quote',
            `quote: required for source ${JSON.stringify(row.source)}, whose text is stored (a locator alone is for sources without text)`,
          );
        }
      }
    }
  },
};
