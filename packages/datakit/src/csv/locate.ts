/**
 * Positions for messages: cell columns from a record's raw text, the first invalid UTF-8 byte of a
 * buffer, and the first quoting mistake of a CSV text. Only cell columns run on the normal path;
 * the rest runs when something is already wrong.
 */

/** Where each cell of a record starts. */
export interface CellPositions {
  /** 1-based column of each cell. */
  cols: number[];
  /** Line of each cell, only when the record spans several lines. */
  lines?: number[];
}

/**
 * Computes where each cell of a record starts, from its raw text (LF line ends, no trailing line
 * end, no leading blank lines) and its first line.
 * @internal
 */
export function cellPositions(body: string, cells: readonly string[], firstLine: number): CellPositions {
  const cols: number[] = [];
  if (body.indexOf('"') === -1) {
    // No quotes: every cell is exactly its text followed by a comma.
    let col = 1;
    for (const cell of cells) {
      cols.push(col);
      col += cell.length + 1;
    }
    return { cols };
  }
  const lines: number[] = [];
  let multiline = false;
  let line = firstLine;
  let col = 1;
  let inQuotes = false;
  cols.push(1);
  lines.push(line);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inQuotes) {
      if (c === 34 /* " */) {
        if (body.charCodeAt(i + 1) === 34) {
          i++;
          col += 2;
          continue;
        }
        inQuotes = false;
      } else if (c === 10 /* \n */) {
        line++;
        col = 1;
        multiline = true;
        continue;
      }
    } else if (c === 34) {
      inQuotes = true;
    } else if (c === 44 /* , */) {
      cols.push(col + 1);
      lines.push(line);
    }
    col++;
  }
  return multiline ? { cols, lines } : { cols };
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
          message: 'unclosed quote: the quoted field that starts here never ends (write a quote inside a quoted field as "")',
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
