import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Writer } from './utf8-writer.js';

/** Everything written, as one buffer. */
function bytesOf(write: (w: Utf8Writer) => void, chunkBytes?: number): Buffer {
  const w = new Utf8Writer(chunkBytes);
  write(w);
  return Buffer.concat(w.end());
}

/** A reference CSV cell: RFC 4180 quoting. */
function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Strings with every kind of code unit: ASCII, controls, Vietnamese, astral pairs and lone surrogates. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', ',', '\n', '\r', '\t', '\u0000', '\u001f', 'đ', 'ệ', '\u2028', '😀', '\ud800', '\udfff'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
});
const jsonLike = fc.jsonValue().map((v) => v as unknown);

describe('Utf8Writer', () => {
  it('writes JSON strings byte for byte as JSON.stringify does, lone surrogates and controls included', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(bytesOf((w) => w.jsonString(text)).toString('latin1')).toBe(
          Buffer.from(JSON.stringify(text)).toString('latin1'),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('writes JSON values as JSON.stringify does (nested objects, arrays, numbers, undefined members)', () => {
    fc.assert(
      fc.property(jsonLike, (value) => {
        expect(bytesOf((w) => w.json(value)).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
      }),
      { numRuns: 300 },
    );
    const value = { a: undefined, b: [undefined, 1, Number.NaN, -0, 1e21, 0.1], c: { d: null, e: true, f: 'Hà Nội' } };
    expect(bytesOf((w) => w.json(value)).toString()).toBe(JSON.stringify(value));
  });

  it('writes text and CSV cells as UTF-8 with RFC 4180 quoting', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(bytesOf((w) => w.text(text)).equals(Buffer.from(text))).toBe(true);
        expect(bytesOf((w) => w.csvCell(text)).equals(Buffer.from(csvCell(text)))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(bytesOf((w) => w.csvCell('1,0%')).toString()).toBe('"1,0%"');
    expect(bytesOf((w) => w.csvCell('nói "không"')).toString()).toBe('"nói ""không"""');
    expect(bytesOf((w) => w.csvCell('Hà Nội')).toString()).toBe('Hà Nội');
  });

  it('splits into chunks without losing or reordering a byte, values longer than a chunk included', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (texts, size) => {
        const w = new Utf8Writer(size);
        const taken: Uint8Array[] = [];
        for (const text of texts) {
          w.jsonString(text);
          w.byte(10);
          taken.push(...w.take());
        }
        const expected = texts.map((t) => `${JSON.stringify(t)}\n`).join('');
        expect(w.length).toBe(Buffer.byteLength(expected));
        expect(Buffer.concat([...taken, ...w.end()]).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is empty after end, and take hands over full chunks only once', () => {
    const w = new Utf8Writer(4);
    w.text('abcdef'); // longer than a chunk: a chunk of its own size
    w.text('g'.repeat(20)); // no room left: the first chunk is full
    expect(Buffer.concat(w.take()).toString()).toBe('abcdef');
    expect(w.take()).toEqual([]);
    expect(Buffer.concat(w.end()).toString()).toBe('g'.repeat(20));
    expect(w.end()).toEqual([]);
  });
});
