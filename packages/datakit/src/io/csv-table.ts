import { parseCsvRecords } from './csv-parser.js';

/**
 * A CSV table read whole: its header and its rows as objects keyed by header.
 *
 * @example
 * ```ts
 * parseCsvTable('id,name_vi\nha-noi,Hà Nội\n').rows; // [{ id: 'ha-noi', name_vi: 'Hà Nội' }]
 * ```
 */
export interface CsvTable {
  /** Header cells in file order. */
  readonly headers: string[];
  /** One object per non-blank record after the header; missing cells are `''`. */
  readonly rows: Record<string, string>[];
}

/**
 * Parses CSV text (BOM, CRLF and quoted fields with commas or newlines allowed) into a header and
 * rows keyed by it. Blank lines are skipped.
 *
 * @param text - The whole file.
 * @returns The table; an empty text gives no headers and no rows.
 * @throws `CsvSyntaxError` when the quoting is broken.
 * @example
 * ```ts
 * parseCsvTable('\uFEFFid,quote\r\na,"x, ""y"""\r\n').rows; // [{ id: 'a', quote: 'x, "y"' }]
 * ```
 */
export function parseCsvTable(text: string): CsvTable {
  const records: string[][] = [];
  const bytes = Buffer.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  parseCsvRecords(bytes, 0, true, (cells) => {
    if (cells.length > 1 || cells[0] !== '') records.push(cells);
  });
  const [headers = [], ...body] = records;
  const rows = body
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
  return { headers, rows };
}

/**
 * Formats one CSV field by RFC 4180: quoted (with `"` doubled) when it holds a comma, a quote, CR
 * or LF, or starts or ends with a space; as is otherwise.
 *
 * @example
 * ```ts
 * csvField('Hội nghị, sáng 24/11'); // '"Hội nghị, sáng 24/11"'
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField('ha-noi'); // 'ha-noi'
 * ```
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Formats one CSV record (no line ending) from values in the order of `headers`.
 *
 * @example
 * ```ts
 * csvLine(['id', 'name_vi'], { id: 'ha-noi', name_vi: 'Hà Nội, thủ đô' }); // 'ha-noi,"Hà Nội, thủ đô"'
 * ```
 */
export function csvLine(headers: readonly string[], row: Readonly<Record<string, string | undefined>>): string {
  return headers.map((h) => csvField(row[h] ?? '')).join(',');
}

/**
 * The line ending a file already uses: CRLF when its first line break is CRLF, else LF.
 *
 * @example
 * ```ts
 * lineEnding('id\r\na\r\n'); // '\r\n'
 * ```
 */
export function lineEnding(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
