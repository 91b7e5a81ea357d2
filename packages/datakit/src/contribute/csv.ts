import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type DatasetName, datasets, type TableName, tables } from '@vnsti/schema';
import { parse } from 'csv-parse/sync';

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
 * @throws Error from csv-parse when the quoting is broken.
 * @example
 * ```ts
 * parseCsvTable('\uFEFFid,quote\r\na,"x, ""y"""\r\n').rows; // [{ id: 'a', quote: 'x, "y"' }]
 * ```
 */
export function parseCsvTable(text: string): CsvTable {
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
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

/** The line ending a file already uses: CRLF when its first line break is CRLF, else LF. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees half a file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Path of a table's CSV inside a repository: `datasets/<dataset>/data/<table>.csv`. */
export function tablePath(table: TableName): string {
  return `datasets/${tables[table].dataset}/data/${table}.csv`;
}

/**
 * Reads every known table of the working tree that exists (`datasets/<dataset>/data/<table>.csv`).
 * Unreadable or malformed files are skipped; the validator reports them.
 *
 * @param repoRoot - Repository root.
 * @returns The tables found, by table name.
 */
export function readWorkingTables(repoRoot: string): Partial<Record<TableName, CsvTable>> {
  const out: Partial<Record<TableName, CsvTable>> = {};
  for (const dataset of Object.keys(datasets) as DatasetName[]) {
    let files: string[];
    try {
      files = readdirSync(join(repoRoot, 'datasets', dataset, 'data'));
    } catch {
      continue;
    }
    for (const table of datasets[dataset].tables) {
      if (!files.includes(`${table.name}.csv`)) continue;
      try {
        out[table.name] = parseCsvTable(readFileSync(join(repoRoot, tablePath(table.name)), 'utf8'));
      } catch {
        // Broken CSV: `vnsti validate` says where.
      }
    }
  }
  return out;
}
