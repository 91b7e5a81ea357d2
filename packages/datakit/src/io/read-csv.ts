import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Problem } from '../problems.js';
import { csvText, findInvalidUtf8, findQuoteProblem } from './csv-positions.js';

/**
 * One record of a CSV file and the line it starts on (where each cell starts is found only when
 * a message needs it: see `CellLocator`).
 *
 * @example
 * ```ts
 * const row: CsvRow = { line: 2, cells: ['ha-noi', 'Hà Nội'] };
 * ```
 */
export interface CsvRow {
  /** Line the record starts on. */
  readonly line: number;
  /** The cells, as csv-parse reads them (quotes removed, `""` unescaped, CRLF inside a cell as LF). */
  readonly cells: string[];
}

class NotUtf8 extends Error {}

/** How many bytes at the end of `bytes` begin a UTF-8 character that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Passes the file's bytes on to csv-parse after checking they are UTF-8 (the parser decodes them
 * itself; decoding here too would cost a second pass). A character split across two chunks is
 * checked with the next one.
 */
async function* strictUtf8(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  for await (const read of source) {
    const chunk: Buffer = carry ? Buffer.concat([carry, read]) : read;
    const tail = incompleteTail(chunk);
    const body = tail === 0 ? chunk : chunk.subarray(0, chunk.length - tail);
    if (!isUtf8(body)) throw new NotUtf8();
    carry = tail === 0 ? null : chunk.subarray(chunk.length - tail);
    if (body.length > 0) yield body;
  }
  if (carry) throw new NotUtf8();
}

/**
 * Streams a CSV file through csv-parse and calls `onRow` for every record that is not blank, with
 * the line it starts on. UTF-8 (with or without BOM), LF or CRLF. Returns the problems that stop
 * the file from being read at all: not UTF-8, broken quoting.
 *
 * @param path - Absolute path of the file.
 * @param file - The path problems name (relative to the repository root).
 * @param onRow - Called for each record, header included, in file order.
 * @returns The problems; empty when the whole file was read.
 * @example
 * ```ts
 * const rows: CsvRow[] = [];
 * const problems = await readCsv('/repo/datasets/places/data/places.csv', 'datasets/places/data/places.csv', (r) => rows.push(r));
 * ```
 */
export async function readCsv(path: string, file: string, onRow: (row: CsvRow) => void): Promise<Problem[]> {
  // Blank lines are not skipped: every record is then one line plus the line ends inside its
  // cells, so line numbers come from the records alone (csv-parse's `info` and `raw` options
  // cost a fifth more time).
  const parser = parse({ bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] });
  let line = 1;
  const consume = (cells: string[]) => {
    const start = line;
    line++;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.indexOf('\n') === -1) continue;
      line += countNewlines(cell);
      if (cell.indexOf('\r') !== -1) cells[i] = cell.replaceAll('\r\n', '\n');
    }
    if (!isBlank(cells)) onRow({ line: start, cells });
  };
  try {
    // Records are taken as the parser emits them ('data'), not through an async iterator, which
    // costs a promise per record.
    parser.on('data', consume);
    await pipeline(createReadStream(path), strictUtf8, parser);
  } catch (error) {
    if (error instanceof NotUtf8) {
      const found = findInvalidUtf8(await readFile(path));
      return [
        {
          code: 'not-utf8',
          file,
          line: found?.line ?? 1,
          column: found?.column ?? 1,
          message: found?.message ?? 'the file is not valid UTF-8',
        },
      ];
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && (code.startsWith('CSV_') || code.startsWith('INVALID_'))) {
      const found = findQuoteProblem(csvText(await readFile(path)));
      const lines = (error as { lines?: number }).lines ?? 1;
      return [
        {
          code: 'csv-quoting',
          file,
          line: found?.line ?? lines,
          column: found?.column ?? 1,
          message: found?.message ?? `cannot read the CSV: ${(error as Error).message}`,
        },
      ];
    }
    throw error;
  }
  return [];
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}
