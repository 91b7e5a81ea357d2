/**
 * The project's CSV grammar (RFC 4180 with LF or CRLF line ends), read straight from UTF-8 bytes.
 *
 * A record ends at LF or CRLF outside quotes; a field is either unquoted (no `"`, `,` or line end
 * in it; a CR not followed by LF is kept) or quoted (`"…"`, a quote inside written `""`, commas and
 * line ends allowed) and then followed by a comma, a line end or the end of the file. Anything else
 * is a quoting mistake (`findQuoteProblem` in `csv-positions.ts` locates it for the message).
 *
 * The parser scans bytes, not a decoded string: the delimiters are ASCII, which never occurs inside
 * a multi-byte UTF-8 character, and each cell is decoded once, on its own, so that a kept cell does
 * not hold on to the chunk it came from.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Thrown by {@link parseCsvRecords} on a quoting mistake (the message names what was expected, not
 * where: `findQuoteProblem` gives the line and column).
 *
 * @example
 * ```ts
 * try {
 *   parseCsvRecords(Buffer.from('a,"b\n'), 0, true, () => {});
 * } catch (error) {
 *   if (error instanceof CsvSyntaxError) console.error(error.message); // 'unclosed quote'
 * }
 * ```
 */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
}

/**
 * Called for each record: its cells (quotes removed, `""` as `"`, CRLF inside a quoted cell as LF)
 * and how many line ends its quoted cells hold (the next record starts that many lines further
 * down, plus one).
 */
export type CsvRecordHandler = (cells: string[], innerLineEnds: number) => void;

/**
 * Node's Buffer decoders without `toString`'s argument checks and encoding lookup (two to three
 * times faster per cell). They are not in Node's typings, so they are checked for once, and
 * `toString` is used where they are missing.
 */
interface BufferSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}
const HAS_SLICES =
  typeof (Buffer.prototype as unknown as Partial<BufferSlices>).utf8Slice === 'function' &&
  typeof (Buffer.prototype as unknown as Partial<BufferSlices>).latin1Slice === 'function';

/** Decodes bytes `[start, end)` of a chunk as one string of its own (ASCII bytes as a one-byte string). */
function decode(bytes: Buffer, start: number, end: number, ascii: boolean): string {
  if (start === end) return '';
  if (!HAS_SLICES) return bytes.toString(ascii ? 'latin1' : 'utf8', start, end);
  const slices = bytes as unknown as BufferSlices;
  return ascii ? slices.latin1Slice(start, end) : slices.utf8Slice(start, end);
}

/** Line ends in a quoted cell, and the cell with CRLF as LF. */
function innerLines(cell: string): { cell: string; lines: number } {
  let lines = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) lines++;
  return { cell: cell.indexOf('\r') === -1 ? cell : cell.replaceAll('\r\n', '\n'), lines };
}

/**
 * Parses the complete records of `bytes` from `start`, calling `onRecord` for each one (a blank
 * line is a record of one empty cell). Without `final`, a record the bytes end inside is left for
 * the next call: the returned offset is where it starts (give those bytes again, followed by more).
 * With `final`, the end of the bytes ends the last record.
 *
 * @param bytes - UTF-8 bytes (already checked to be UTF-8; a BOM is the caller's to skip).
 * @param start - Offset of the first record.
 * @param final - Whether the bytes end the file.
 * @param onRecord - Receives each record.
 * @returns The offset up to which records were read (`bytes.length` when all were).
 * @throws {@link CsvSyntaxError} on a quoting mistake.
 * @example
 * ```ts
 * const rows: string[][] = [];
 * parseCsvRecords(Buffer.from('id,quote\nha-noi,"Hà Nội, ""thủ đô"""\n'), 0, true, (cells) => rows.push(cells));
 * rows; // [['id', 'quote'], ['ha-noi', 'Hà Nội, "thủ đô"']]
 * ```
 */
export function parseCsvRecords(bytes: Buffer, start: number, final: boolean, onRecord: CsvRecordHandler): number {
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const recordStart = i;
    const cells: string[] = [];
    let inner = 0;
    for (;;) {
      if (bytes[i] === QUOTE) {
        // A quoted field: up to the quote that is not doubled.
        let j = i + 1;
        let ascii = true;
        let doubled = false;
        for (;;) {
          if (j >= n) {
            if (final) throw new CsvSyntaxError('unclosed quote');
            return recordStart;
          }
          const b = bytes[j]!;
          if (b === QUOTE) {
            if (j + 1 >= n && !final) return recordStart; // is it doubled? the next chunk says
            if (bytes[j + 1] === QUOTE) {
              doubled = true;
              j += 2;
              continue;
            }
            break;
          }
          if (b >= 0x80) ascii = false;
          j++;
        }
        let cell = decode(bytes, i + 1, j, ascii);
        if (doubled) cell = cell.replaceAll('""', '"');
        if (cell.indexOf('\n') !== -1) {
          const read = innerLines(cell);
          cell = read.cell;
          inner += read.lines;
        }
        cells.push(cell);
        i = j + 1;
        if (i >= n) {
          if (!final) return recordStart;
          onRecord(cells, inner);
          return n;
        }
        const next = bytes[i];
        if (next === COMMA) {
          i++;
          continue;
        }
        if (next === LF) {
          i++;
          break;
        }
        if (next === CR) {
          if (i + 1 >= n && !final) return recordStart;
          if (bytes[i + 1] === LF) {
            i += 2;
            break;
          }
        }
        throw new CsvSyntaxError('expected a comma or the end of the line after a closing quote');
      }
      // An unquoted field: up to a comma or a line end.
      let j = i;
      let ascii = true;
      let end = -1;
      while (j < n) {
        const b = bytes[j]!;
        if (b === COMMA || b === LF) break;
        if (b === QUOTE) throw new CsvSyntaxError('quote inside an unquoted field');
        if (b === CR) {
          if (j + 1 >= n && !final) return recordStart;
          if (bytes[j + 1] === LF) {
            end = j;
            break;
          }
        } else if (b >= 0x80) ascii = false;
        j++;
      }
      if (j >= n && !final) return recordStart;
      cells.push(decode(bytes, i, end < 0 ? j : end, ascii));
      if (j >= n) {
        onRecord(cells, inner);
        return n;
      }
      if (bytes[j] === COMMA) {
        i = j + 1;
        if (i >= n) {
          if (!final) return recordStart;
          cells.push('');
          onRecord(cells, inner);
          return n;
        }
        continue;
      }
      i = end < 0 ? j + 1 : j + 2; // past LF, or past CRLF
      break;
    }
    onRecord(cells, inner);
  }
  return n;
}
