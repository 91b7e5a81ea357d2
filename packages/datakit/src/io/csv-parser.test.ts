import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvRecords } from './csv-parser.js';
import { findQuoteProblem } from './csv-positions.js';

/** Every record of a whole text, with the line ends inside its quoted cells. */
function records(text: string): Array<{ cells: string[]; inner: number }> {
  const out: Array<{ cells: string[]; inner: number }> = [];
  parseCsvRecords(Buffer.from(text), 0, true, (cells, inner) => out.push({ cells, inner }));
  return out;
}

/** The same, fed as two pieces split at byte `at` (the second call gets the carried bytes again). */
function recordsInTwo(text: string, at: number): string[][] {
  const bytes = Buffer.from(text);
  const out: string[][] = [];
  const first = bytes.subarray(0, at);
  const done = parseCsvRecords(first, 0, false, (cells) => out.push(cells));
  parseCsvRecords(Buffer.concat([first.subarray(done), bytes.subarray(at)]), 0, true, (cells) => out.push(cells));
  return out;
}

/** csv-parse with the options the reader used before it, cells with CRLF as LF: the reference. */
function reference(text: string): string[][] {
  const rows = parse(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as string[][];
  return rows.map((cells) => cells.map((c) => c.replaceAll('\r\n', '\n')));
}

describe('parseCsvRecords', () => {
  it('reads unquoted and quoted cells, doubled quotes, commas and line ends inside quotes', () => {
    const text = 'id,quote\nha-noi,"Hà Nội, ""thủ đô"""\nhue,"hai\r\ndòng"\r\n';
    expect(records(text)).toEqual([
      { cells: ['id', 'quote'], inner: 0 },
      { cells: ['ha-noi', 'Hà Nội, "thủ đô"'], inner: 0 },
      { cells: ['hue', 'hai\ndòng'], inner: 1 },
    ]);
  });

  it('gives a blank line as one empty cell, a trailing comma as an empty last cell, and no record after the last line end', () => {
    expect(records('a,\n\nb')).toEqual([
      { cells: ['a', ''], inner: 0 },
      { cells: [''], inner: 0 },
      { cells: ['b'], inner: 0 },
    ]);
    expect(records('a,b,')).toEqual([{ cells: ['a', 'b', ''], inner: 0 }]);
    expect(records('')).toEqual([]);
  });

  it('keeps a CR that does not end a line', () => {
    expect(records('a\rb,c\n').map((r) => r.cells)).toEqual([['a\rb', 'c']]);
  });

  it('refuses the quoting mistakes findQuoteProblem locates', () => {
    for (const text of ['a,"b\n', 'a,"b"c\n', 'a,b"c\n', ' "a",b\n', '"a" ,b\n']) {
      expect(() => records(text), text).toThrow(CsvSyntaxError);
      expect(findQuoteProblem(text), text).not.toBeNull();
    }
  });

  it('leaves a record the bytes end inside for the next call', () => {
    const bytes = Buffer.from('a,b\nc,"d\n');
    const seen: string[][] = [];
    const done = parseCsvRecords(bytes, 0, false, (cells) => seen.push(cells));
    expect(seen).toEqual([['a', 'b']]);
    expect(done).toBe(4);
  });

  it('waits for the byte after a quote or a CR before deciding', () => {
    // `"a"` then the chunk ends: a doubled quote or the field's end? `\r` then the end: CRLF?
    for (const text of ['x,"a""b"\n', 'x,y\r\nz\n', 'x,"y"\r\nz\n']) {
      for (let at = 0; at <= Buffer.byteLength(text); at++)
        expect(recordsInTwo(text, at), `${text} @${at}`).toEqual(reference(text));
    }
  });

  // Texts over a small alphabet hit every branch: quotes, commas, CR, LF, multi-byte characters.
  const alphabet = fc.constantFrom('a', 'ầ', '😀', ',', '"', '\n', '\r', ' ');
  const texts = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(''));

  it('reads every text as csv-parse did, and refuses the ones it refused (property)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let expected: string[][] | 'error';
        try {
          expected = reference(text);
        } catch {
          expected = 'error';
        }
        let actual: string[][] | 'error';
        try {
          actual = records(text).map((r) => r.cells);
        } catch (error) {
          if (!(error instanceof CsvSyntaxError)) throw error;
          actual = 'error';
        }
        expect(actual).toEqual(expected);
        // The same verdict as the locator that writes the message (which reads CRLF as LF).
        expect(actual === 'error').toBe(findQuoteProblem(text.replaceAll('\r\n', '\n')) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same records whatever byte a chunk ends on (property)', () => {
    const valid = fc
      .array(
        fc.array(
          fc.array(alphabet, { maxLength: 6 }).map((c) => c.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        {
          maxLength: 5,
        },
      )
      .map((rows) =>
        rows
          .map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','))
          .join('\r\n'),
      );
    fc.assert(
      fc.property(valid, fc.nat(), (text, n) => {
        const at = n % (Buffer.byteLength(text) + 1);
        expect(recordsInTwo(text, at)).toEqual(records(text).map((r) => r.cells));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the line ends inside quoted cells, so the next record’s line is known', () => {
    const text = 'a,"1\n2\r\n3"\nb,c\n';
    expect(records(text).map((r) => r.inner)).toEqual([2, 0]);
  });
});
