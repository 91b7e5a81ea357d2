import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

/** Whitespace or a control character anywhere in an address (`new URL` silently drops tabs and line ends). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/**
 * Whether a text is a web address a reader can safely follow: `http:` or `https:` with a host,
 * and no whitespace or control character (`javascript:`, `data:` and `file:` addresses are not).
 *
 * @example
 * ```ts
 * isWebAddress('https://tienphong.vn/a.html'); // true
 * isWebAddress('javascript:alert(1)'); // false
 * isWebAddress('https://a.vn/x\nSet-Cookie: y'); // false
 * ```
 */
export function isWebAddress(text: string): boolean {
  if (SPACE_OR_CONTROL.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Whether a column holds web addresses: `url`, or a name ending in `_url`. */
function isAddressColumn(name: string): boolean {
  return name === 'url' || name.endsWith('_url');
}

/**
 * `web-address`: every `url` cell is an http(s) address (the schema's URL check alone lets
 * `javascript:`, `data:` and `file:` addresses through, which the exports would then carry to a
 * reader's browser).
 */
export const webAddresses: CheckRule = {
  code: 'web-address',
  description: 'every url cell is an http(s) address without whitespace or control characters',
  run(ctx) {
    for (const t of ctx.tables()) {
      const columns = t.table.columns.filter((c) => c.kind === 'text' && isAddressColumn(c.name));
      for (const row of t.rows) {
        for (const column of columns) {
          const value = row.values[column.name];
          if (typeof value !== 'string' || isWebAddress(value)) continue;
          const { line, column: col } = cellLocation(t, row, column.name);
          ctx.collector.cell(
            'web-address',
            t.file,
            line,
            col,
            `${column.name}: expected an http(s) address, found ${JSON.stringify(value)}`,
          );
        }
      }
    }
  },
};
