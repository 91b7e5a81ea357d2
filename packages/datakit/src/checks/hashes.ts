import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * `hash-mismatch`: a source's `sha256` cell is the SHA-256 of its text file, so an edited text is
 * noticed (a malformed hash is the schema's to report).
 */
export const hashes: CheckRule = {
  code: 'hash-mismatch',
  description: "a source's sha256 cell is the SHA-256 of its text file",
  run(ctx) {
    const t = ctx.table('sources');
    if (!t) return;
    for (const row of t.rows) {
      const id = row.values['id'];
      const stated = row.values['sha256'];
      if (typeof id !== 'string' || typeof stated !== 'string' || !SHA256.test(stated)) continue;
      const text = ctx.loaded.sourceTexts.get(id);
      if (!text || text.sha256 === stated) continue;
      const { line, column } = cellLocation(t, row, 'sha256');
      ctx.collector.cell(
        'hash-mismatch',
        t.file,
        line,
        column,
        `sha256: expected ${text.sha256} (the SHA-256 of ${text.file}), found ${stated}`,
      );
    }
  },
};
