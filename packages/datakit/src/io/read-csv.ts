import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Problem } from '../problems.js';
import { CsvSyntaxError, parseCsvRecords } from './csv-parser.js';
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
  /** The cells (quotes removed, `""` unescaped, CRLF inside a cell as LF). */
  readonly cells: string[];
}

class NotUtf8 extends Error {}

/** Bytes read at a time; a record longer than that is read in growing pieces (see {@link readCsv}). */
const CHUNK_BYTES = 1 << 20;

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

/** Whether `bytes` start with the UTF-8 byte-order mark. */
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Reads a file a chunk at a time and parses its records ({@link parseCsvRecords}), checking each
 * chunk is UTF-8 first. The bytes of a record a chunk ends inside are carried into the next read,
 * which is at least as long as they are: a record of any length costs linear time.
 */
function parseFile(path: string, onRecord: (cells: string[], innerLineEnds: number) => void): void {
  const fd = openSync(path, 'r');
  try {
    let carry: Uint8Array = new Uint8Array(0);
    let first = true;
    let eof = false;
    while (!eof) {
      const buffer = Buffer.allocUnsafe(carry.length + Math.max(CHUNK_BYTES, carry.length));
      buffer.set(carry, 0);
      let filled = carry.length;
      while (filled < buffer.length) {
        const read = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (read === 0) {
          eof = true;
          break;
        }
        filled += read;
      }
      const bytes = buffer.subarray(0, filled);
      const body = eof ? bytes : bytes.subarray(0, filled - incompleteTail(bytes));
      if (!isUtf8(body)) throw new NotUtf8();
      const start = first && hasBom(body) ? 3 : 0;
      first = false;
      const done = parseCsvRecords(body, start, eof, onRecord);
      carry = bytes.subarray(done);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a CSV file and calls `onRow` for every record that is not blank, with the line it starts
 * on. UTF-8 (with or without BOM), LF or CRLF, quoting by RFC 4180 (see `csv-parser.ts`). Returns
 * the problems that stop the file from being read at all: not UTF-8, broken quoting.
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
  // Every record, blank ones included, is one line plus the line ends inside its quoted cells, so
  // line numbers come from the records alone.
  let line = 1;
  const onRecord = (cells: string[], innerLineEnds: number) => {
    const start = line;
    line += 1 + innerLineEnds;
    if (!isBlank(cells)) onRow({ line: start, cells });
  };
  try {
    parseFile(path, onRecord);
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
    if (error instanceof CsvSyntaxError) {
      const found = findQuoteProblem(csvText(await readFile(path)));
      return [
        {
          code: 'csv-quoting',
          file,
          line: found?.line ?? line,
          column: found?.column ?? 1,
          message: found?.message ?? `cannot read the CSV: ${error.message}`,
        },
      ];
    }
    throw error;
  }
  return [];
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}
