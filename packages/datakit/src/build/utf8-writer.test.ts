import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreFormulaText } from './formula.js';
import { UnsafeOutputError, Utf8Writer } from './utf8-writer.js';

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
/** The same without NUL, which only JSON can escape. */
const textWithoutNul = anyText.filter((text) => !text.includes('\u0000'));
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
      fc.property(textWithoutNul, (text) => {
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

  it('refuses NUL in CSV cells and plain text, and escapes it in JSON', () => {
    for (const write of [(w: Utf8Writer) => w.csvCell('a\u0000b'), (w: Utf8Writer) => w.text('\u0000')])
      expect(() => bytesOf(write)).toThrow(UnsafeOutputError);
    expect(bytesOf((w) => w.jsonString('a\u0000b')).toString()).toBe('"a\\u0000b"');
    expect(bytesOf((w) => w.json({ k: '\u0000' })).includes(0)).toBe(false);
  });

  it('neutralises formula cells on request, inside the quotes when the cell is quoted', () => {
    const cell = (text: string) => bytesOf((w) => w.csvCell(text, true)).toString();
    expect(cell('=HYPERLINK("http://example.com/x","bấm")')).toBe('"\'=HYPERLINK(""http://example.com/x"",""bấm"")"');
    expect(cell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(cell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(cell('-5 tỷ đồng')).toBe("'-5 tỷ đồng");
    expect(cell('\t=1')).toBe("'\t=1");
    expect(cell('\r=1')).toBe('"\'\r=1"');
    expect(cell("'=1")).toBe("''=1");
    expect(cell("'quoted")).toBe("'quoted");
    expect(cell('Hà Nội - Việt Nam')).toBe('Hà Nội - Việt Nam');
    // Without the flag (numbers, dates, headers), nothing changes.
    expect(bytesOf((w) => w.csvCell('-5')).toString()).toBe('-5');
  });

  it('neutralises reversibly: restoring the unquoted cell gives back every text', () => {
    const formulaish = fc
      .tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', "'-"), fc.string({ unit: 'grapheme' }))
      .map(([head, tail]) => head + tail);
    fc.assert(
      fc.property(formulaish, (text) => {
        const w = new Utf8Writer();
        w.csvCell(text.replace(/[",\n\r]/g, ' '), true); // unquoted cells: the bytes are the cell
        const written = Buffer.concat(w.end()).toString();
        expect(restoreFormulaText(written)).toBe(text.replace(/[",\n\r]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});
