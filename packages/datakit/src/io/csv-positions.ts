/**
 * Positions for messages: where the cells of a record start, the first invalid UTF-8 byte of a
 * buffer, and the first quoting mistake of a CSV text. None of it runs on the normal path: only
 * when something is already wrong.
 */
import { readFileSync } from 'node:fs';

/**
 * A CSV file's bytes as the reader sees them: UTF-8 (a BOM dropped), CRLF as LF. For the error
 * paths and positions that read a file again.
 * @internal
 */
export function csvText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replaceAll('\r\n', '\n');
}

/** Where a cell starts: its line and 1-based column. */
export interface CellPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Where each cell of the record that starts at offset `from` of a CSV text (LF line ends) begins,
 * following quotes, doubled quotes and line ends inside quotes, up to the record's end.
 * @internal
 */
export function recordPositions(text: string, from: number, firstLine: number): CellPosition[] {
  const positions: CellPosition[] = [{ line: firstLine, column: 1 }];
  let line = firstLine;
  let col = 1;
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          i++;
          col += 2;
          continue;
        }
        inQuotes = false;
      } else if (c === 10 /* \n */) {
        line++;
        col = 1;
        continue;
      }
    } else if (c === 34) inQuotes = true;
    else if (c === 44 /* , */) positions.push({ line, column: col + 1 });
    else if (c === 10) break;
    col++;
  }
  return positions;
}

/**
 * Finds where the cells of a CSV file start, for messages. Reading keeps no positions (they cost
 * time and memory on every row and are needed only for the rows with a problem): the first
 * question reads the file again, with the reader's rules (BOM dropped, CRLF as LF), and each
 * answer scans one record.
 *
 * @example
 * ```ts
 * const locator = new CellLocator('/repo/datasets/places/data/places.csv');
 * locator.at(3, 2); // { line: 3, column: 17 }: the third cell of the record on line 3
 * ```
 */
export class CellLocator {
  private text: string | undefined;
  private lineStarts: number[] | undefined;
  private lastLine = 0;
  private last: CellPosition[] = [];

  /** @param path - The file, read again only when a position is asked for. */
  constructor(private readonly path: string) {}

  /**
   * Where cell `index` (0-based) of the record starting on `line` begins; the record's first
   * column when the file cannot be read again or the record has fewer cells.
   */
  at(line: number, index: number): CellPosition {
    if (line !== this.lastLine) {
      this.lastLine = line;
      this.last = this.positions(line);
    }
    return this.last[index] ?? { line, column: 1 };
  }

  private positions(line: number): CellPosition[] {
    if (this.text === undefined) {
      try {
        this.text = csvText(readFileSync(this.path));
      } catch {
        this.text = '';
      }
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const from = this.lineStarts![line - 1];
    return from === undefined ? [] : recordPositions(this.text, from, line);
  }
}

/** A location and message for a broken CSV text. @internal */
export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds the first quoting mistake in a CSV text (LF line ends): an unclosed quoted field, a quote
 * inside an unquoted field, or text after a closing quote. `null` when the quoting is sound.
 * @internal
 */
export function findQuoteProblem(text: string): TextProblem | null {
  let line = 1;
  let col = 1;
  let fieldStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === 34) {
      const openLine = line;
      const openCol = col;
      i++;
      col++;
      let closed = false;
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          closed = true;
          break;
        }
        if (ch === 10) {
          line++;
          col = 1;
        } else col++;
        i++;
      }
      if (!closed) {
        return {
          line: openLine,
          column: openCol,
          message:
            'unclosed quote: the quoted field that starts here never ends (write a quote inside a quoted field as "")',
        };
      }
      if (i < n && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 10) {
        return {
          line,
          column: col,
          message: `unexpected ${JSON.stringify(text[i])} after a closing quote: expected a comma or the end of the line (write a quote inside a quoted field as "")`,
        };
      }
      fieldStart = false;
      continue;
    }
    if (c === 44) fieldStart = true;
    else if (c === 10) {
      fieldStart = true;
      line++;
      col = 1;
      i++;
      continue;
    } else if (c === 34) {
      return {
        line,
        column: col,
        message: 'unexpected quote inside an unquoted field: quote the whole field and double the quote ("…""…")',
      };
    } else fieldStart = false;
    i++;
    col++;
  }
  return null;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot start one. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * Finds the first byte of `bytes` that is not valid UTF-8, as a line, a column (characters of the
 * valid text before it on its line) and a message; `null` when the bytes are valid UTF-8.
 * @internal
 */
export function findInvalidUtf8(bytes: Uint8Array): TextProblem | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  let bad = -1;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0 || i + length > bytes.length) {
      bad = i;
      break;
    }
    if (length > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + length));
      } catch {
        bad = i;
        break;
      }
    }
    i += length;
  }
  if (bad < 0) return null;
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < bad; k++) {
    if (bytes[k] === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  let before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad));
  if (line === 1 && before.charCodeAt(0) === 0xfeff) before = before.slice(1);
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    line,
    column: before.replace(/\r$/, '').length + 1,
    message: `the file is not valid UTF-8: byte 0x${hex} cannot start or continue a UTF-8 character (save the file as UTF-8)`,
  };
}
