import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Problem } from '../problems.js';
import { cellPositions, findInvalidUtf8, findQuoteProblem } from './locate.js';

/**
 * One record of a CSV file, with where each cell starts.
 *
 * @example
 * ```ts
 * const row: CsvRow = { line: 2, cells: ['ha-noi', 'Hà Nội'], cols: [1, 8] };
 * ```
 */
export interface CsvRow {
  /** Line the record starts on. */
  readonly line: number;
  /** The cells, as csv-parse reads them (quotes removed, `""` unescaped). */
  readonly cells: string[];
  /** 1-based column where each cell starts. */
  readonly cols: number[];
  /** Line where each cell starts; only present when the record spans several lines. */
  readonly lines?: number[];
}

class NotUtf8 extends Error {}

/** Decodes a stream of bytes as strict UTF-8, drops a BOM and turns CRLF into LF. */
async function* decode(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pendingCr = false;
  const normalise = (text: string, last: boolean): string => {
    let t = pendingCr ? `\r${text}` : text;
    pendingCr = !last && t.endsWith('\r');
    if (pendingCr) t = t.slice(0, -1);
    return t.indexOf('\r') === -1 ? t : t.replaceAll('\r\n', '\n');
  };
  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    const out = normalise(text, false);
    if (out) yield out;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new NotUtf8();
  }
  const out = normalise(tail, true);
  if (out) yield out;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Reads a whole file as text with the same rules as the streaming reader (error path only). */
async function readText(path: string): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await readFile(path));
  return text.replaceAll('\r\n', '\n');
}

/**
 * Streams a CSV file through csv-parse and calls `onRow` for every record that is not blank, with
 * the line it starts on and the column of each cell. UTF-8 (with or without BOM), LF or CRLF.
 * Returns the problems that stop the file from being read at all: not UTF-8, broken quoting.
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
  const parser = parse({
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: '\n',
  });
  // Line numbers come from the raw text: csv-parse's raw output holds every character of the file
  // (skipped blank lines included), so counting its line ends is exact and cheaper than `info`.
  let nextLine = 1;
  const consume = (record: string[], raw: string) => {
    let from = 0;
    while (raw.charCodeAt(from) === 10) from++;
    let to = raw.length;
    if (raw.charCodeAt(to - 1) === 10) to--;
    const line = nextLine + from;
    nextLine = line + countNewlines(raw, from, raw.length);
    if (isBlank(record)) return;
    const body = from === 0 && to === raw.length ? raw : raw.slice(from, to);
    const positions = cellPositions(body, record, line);
    onRow({ line, cells: record, ...positions });
  };
  try {
    await pipeline(createReadStream(path), decode, parser, async (records: AsyncIterable<{ record: string[]; raw: string }>) => {
      for await (const { record, raw } of records) consume(record, raw);
    });
  } catch (error) {
    if (error instanceof NotUtf8) {
      const found = findInvalidUtf8(await readFile(path));
      return [{ file, line: found?.line ?? 1, column: found?.column ?? 1, message: found?.message ?? 'the file is not valid UTF-8' }];
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && (code.startsWith('CSV_') || code.startsWith('INVALID_'))) {
      const found = findQuoteProblem(await readText(path));
      const lines = (error as { lines?: number }).lines ?? 1;
      return [{ file, line: found?.line ?? lines, column: found?.column ?? 1, message: found?.message ?? `cannot read the CSV: ${(error as Error).message}` }];
    }
    throw error;
  }
  return [];
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}
