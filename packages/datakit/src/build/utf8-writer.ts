/**
 * Writes output files as UTF-8 bytes directly: JSON values, JSON string literals, CSV cells and
 * plain text go into fixed-size byte chunks, each character encoded (and escaped) once, with no
 * intermediate JavaScript string. Building the exports as strings and encoding them afterwards
 * cost about three times as much for 100 000 rows (`npm run bench`, pipeline rows).
 */

import { isFormulaText } from './formula.js';

/** Default chunk size: large enough that writes are few, small enough that memory stays bounded. */
const CHUNK_BYTES = 1 << 20;
/** Bytes one UTF-16 code unit takes at most: 3 in UTF-8, 6 as a JSON `\u00XX` escape. */
const MAX_BYTES_PER_UNIT = 6;
const HEX = '0123456789abcdef';

/**
 * Thrown when a value cannot be written safely: a NUL character in CSV or plain text, where no
 * escape exists (JSON escapes it as `\u0000`). The loader refuses NUL in cells, so this is a bug
 * guard: the build stops and leaves the previous `dist/` in place.
 *
 * @example
 * ```ts
 * try {
 *   new Utf8Writer().csvCell('a\u0000b');
 * } catch (error) {
 *   error instanceof UnsafeOutputError; // true
 * }
 * ```
 */
export class UnsafeOutputError extends Error {
  override name = 'UnsafeOutputError';
}

/**
 * How {@link encode} treats ASCII: as is, JSON-escaped, with `"` doubled (inside a quoted CSV
 * cell), or as an unquoted CSV cell (given up at a character that needs the quotes).
 */
type Mode = typeof PLAIN | typeof CSV_QUOTED | typeof JSON_STRING | typeof CSV_PLAIN;
const PLAIN = 1;
const CSV_QUOTED = 2;
const JSON_STRING = 3;
/** An unquoted CSV cell: {@link encode} gives up (returns -1) at a comma, a quote or a line end. */
const CSV_PLAIN = 4;

/**
 * A UTF-8 writer filling byte chunks. Full chunks wait in {@link Utf8Writer.take} until the caller
 * writes them to a file, so memory is bounded by what the caller leaves untaken.
 *
 * @example
 * ```ts
 * const w = new Utf8Writer();
 * w.text('{"name":');
 * w.jsonString('Hà Nội');
 * w.text('}\n');
 * Buffer.concat(w.end()).toString(); // '{"name":"Hà Nội"}\n'
 * ```
 */
export class Utf8Writer {
  private chunk: Uint8Array;
  private pos = 0;
  private ready: Uint8Array[] = [];
  /** Bytes in the chunks already full (taken or not). */
  private flushed = 0;

  /** @param chunkBytes - Size of each chunk in bytes (a longer value gets a chunk of its own size). */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.flushed + this.pos;
  }

  /** Full chunks not taken yet; the writer no longer touches them. */
  take(): Uint8Array[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  /** Every chunk not taken yet, the last one trimmed to what was written; the writer is then empty. */
  end(): Uint8Array[] {
    if (this.pos > 0) this.flush(this.chunkBytes);
    return this.take();
  }

  /** Makes room for `bytes` more bytes in the current chunk. */
  private room(bytes: number): void {
    if (this.pos + bytes > this.chunk.length) this.flush(Math.max(this.chunkBytes, bytes));
  }

  private flush(nextSize: number): void {
    if (this.pos > 0) {
      this.ready.push(this.chunk.subarray(0, this.pos));
      this.flushed += this.pos;
    }
    // Not zero-filled (a megabyte each time): only the bytes written are ever handed out.
    this.chunk = Buffer.allocUnsafe(nextSize);
    this.pos = 0;
  }

  /** Writes text as UTF-8, unescaped (a lone surrogate becomes U+FFFD, as `Buffer.from` does). */
  text(value: string): void {
    this.room(value.length * 3);
    this.pos = encode(value, this.chunk, this.pos, PLAIN);
  }

  /** Writes a string as a JSON string literal, byte for byte what `JSON.stringify` gives. */
  jsonString(value: string): void {
    this.room(value.length * MAX_BYTES_PER_UNIT + 2);
    const out = this.chunk;
    out[this.pos] = 34;
    const end = encode(value, out, this.pos + 1, JSON_STRING);
    out[end] = 34;
    this.pos = end + 1;
  }

  /**
   * Writes a CSV cell: the text as is, or in double quotes (inner quotes doubled) when it holds a
   * comma, a quote or a line end. With `neutralise`, a text a spreadsheet could read as a formula
   * gets a `'` before it (see `formula.ts`).
   *
   * @returns Whether the cell got that `'`.
   */
  csvCell(value: string, neutralise = false): boolean {
    this.room(value.length * 3 + 3); // a doubled quote takes 2 bytes, any other unit at most 3; `'` and two quotes
    const out = this.chunk;
    const start = this.pos;
    const formula = neutralise && isFormulaText(value);
    let p = start;
    if (formula) out[p++] = 39;
    // Written as it is in one pass; a comma, quote or line end met on the way starts it again quoted.
    p = encode(value, out, p, CSV_PLAIN);
    if (p < 0) {
      p = start;
      out[p++] = 34;
      if (formula) out[p++] = 39;
      p = encode(value, out, p, CSV_QUOTED);
      out[p++] = 34;
    }
    this.pos = p;
    return formula;
  }

  /**
   * Writes a JSON value exactly as `JSON.stringify` does for plain data: objects (own enumerable
   * keys in order, `undefined` members left out), arrays (`undefined` as `null`), strings, finite
   * numbers (others as `null`), booleans and `null`.
   */
  json(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.jsonString(value);
        return;
      case 'number':
        this.text(Number.isFinite(value) ? String(value) : 'null');
        return;
      case 'boolean':
        this.text(value ? 'true' : 'false');
        return;
      case 'object':
        if (value === null) this.text('null');
        else if (Array.isArray(value)) this.jsonArray(value);
        else this.jsonObject(value as Record<string, unknown>);
        return;
      default:
        this.text('null');
    }
  }

  private jsonArray(values: readonly unknown[]): void {
    this.byte(91);
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.byte(44);
      const item = values[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.text('null');
      else this.json(item);
    }
    this.byte(93);
  }

  private jsonObject(object: Record<string, unknown>): void {
    this.byte(123);
    let first = true;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      const item = object[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) this.byte(44);
      first = false;
      this.jsonString(key);
      this.byte(58);
      this.json(item);
    }
    this.byte(125);
  }

  /** Writes bytes as they are (text encoded beforehand, such as a JSON key written on every row). */
  bytes(value: Uint8Array): void {
    this.room(value.length);
    this.chunk.set(value, this.pos);
    this.pos += value.length;
  }

  /** Writes one ASCII byte. */
  byte(code: number): void {
    if (this.pos >= this.chunk.length) this.flush(this.chunkBytes);
    this.chunk[this.pos++] = code;
  }
}

/**
 * Encodes `value` as UTF-8 into `out` from `p`. `JSON_STRING` escapes as `JSON.stringify` does
 * (`\"`, `\\`, short escapes for \b \f \n \r \t, `\u00XX` for other controls and lone
 * surrogates); `CSV_QUOTED` doubles `"`; `PLAIN` writes a lone surrogate as U+FFFD, as
 * `Buffer.from` does; `CSV_PLAIN` returns -1 at a comma, a quote or a line end (the cell needs
 * quotes). Outside JSON a NUL throws {@link UnsafeOutputError}. Returns the position after the
 * last byte; `out` must have room for 3 bytes per code unit (6 for `JSON_STRING`).
 */
function encode(value: string, out: Uint8Array, p: number, mode: Mode): number {
  const length = value.length;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 34 && c !== 92 && c !== 44) out[p++] = c;
      else if (c === 44) {
        if (mode === CSV_PLAIN) return -1;
        out[p++] = c;
      } else if (mode === JSON_STRING) p = escapeAscii(c, out, p);
      else {
        if (c === 0)
          throw new UnsafeOutputError(`NUL character at offset ${i} of ${JSON.stringify(value.slice(0, 40))}`);
        if (mode === CSV_PLAIN && (c === 34 || c === 10 || c === 13)) return -1;
        out[p++] = c;
        if (c === 34 && mode === CSV_QUOTED) out[p++] = 34;
      }
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      const next = i + 1 < length ? value.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        out[p++] = 0xf0 | (point >> 18);
        out[p++] = 0x80 | ((point >> 12) & 0x3f);
        out[p++] = 0x80 | ((point >> 6) & 0x3f);
        out[p++] = 0x80 | (point & 0x3f);
        i++;
      } else if (mode === JSON_STRING) {
        p = escapeUnit(c, out, p);
      } else {
        // U+FFFD REPLACEMENT CHARACTER
        out[p++] = 0xef;
        out[p++] = 0xbf;
        out[p++] = 0xbd;
      }
    }
  }
  return p;
}

function escapeAscii(c: number, out: Uint8Array, p: number): number {
  out[p++] = 92;
  switch (c) {
    case 34:
      out[p++] = 34;
      return p;
    case 92:
      out[p++] = 92;
      return p;
    case 8:
      out[p++] = 98;
      return p;
    case 12:
      out[p++] = 102;
      return p;
    case 10:
      out[p++] = 110;
      return p;
    case 13:
      out[p++] = 114;
      return p;
    case 9:
      out[p++] = 116;
      return p;
    default:
      return escapeUnit(c, out, p - 1);
  }
}

/** `\uXXXX` with lowercase hex digits, as `JSON.stringify` writes it. */
function escapeUnit(c: number, out: Uint8Array, p: number): number {
  out[p++] = 92;
  out[p++] = 117;
  out[p++] = HEX.charCodeAt((c >> 12) & 15);
  out[p++] = HEX.charCodeAt((c >> 8) & 15);
  out[p++] = HEX.charCodeAt((c >> 4) & 15);
  out[p++] = HEX.charCodeAt(c & 15);
  return p;
}
