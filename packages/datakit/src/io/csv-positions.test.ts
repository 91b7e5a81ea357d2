import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CellLocator, findInvalidUtf8, findQuoteProblem, recordPositions } from './csv-positions.js';

const columns = (positions: Array<{ line: number; column: number }>) => positions.map((p) => `${p.line}:${p.column}`);

describe('recordPositions', () => {
  it('counts columns in characters and stops at the end of the record', () => {
    expect(columns(recordPositions('x\na,Hà Nội,,b\nnext,line', 2, 3))).toEqual(['3:1', '3:3', '3:10', '3:11']);
  });
  it('follows quotes, doubled quotes and line ends inside quotes', () => {
    expect(columns(recordPositions('"a,b","x""y",z', 0, 1))).toEqual(['1:1', '1:7', '1:14']);
    expect(columns(recordPositions('a,"x\ny",z\nq', 0, 4))).toEqual(['4:1', '4:3', '5:4']);
  });
});

describe('CellLocator', () => {
  it("reads the file again only when asked, with the reader's rules (BOM dropped, CRLF as LF)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnsti-locate-'));
    try {
      const path = join(dir, 't.csv');
      writeFileSync(path, '\ufeffid,name\r\n\r\na,"x\r\ny"\r\nbb,Hà Nội\r\n');
      const locator = new CellLocator(path);
      expect(locator.at(1, 1)).toEqual({ line: 1, column: 4 });
      expect(locator.at(3, 1)).toEqual({ line: 3, column: 3 });
      expect(locator.at(5, 1)).toEqual({ line: 5, column: 4 });
      // A cell the record does not have, a line past the end, a file that is gone: the line, column 1.
      expect(locator.at(5, 7)).toEqual({ line: 5, column: 1 });
      expect(locator.at(99, 0)).toEqual({ line: 99, column: 1 });
      expect(new CellLocator(join(dir, 'missing.csv')).at(2, 1)).toEqual({ line: 2, column: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('findQuoteProblem', () => {
  it('finds unclosed quotes, stray quotes and text after a closing quote', () => {
    expect(findQuoteProblem('a,b\n1,"x\n2,3\n')).toMatchObject({ line: 2, column: 3 });
    expect(findQuoteProblem('a,b\n1,x"y\n')).toMatchObject({ line: 2, column: 4 });
    expect(findQuoteProblem('a,b\n1,"x"y\n')).toMatchObject({ line: 2, column: 6 });
    expect(findQuoteProblem('a,"b\n""c"""\n')).toBeNull();
  });
});

describe('findInvalidUtf8', () => {
  it('locates the first invalid byte by line and character column', () => {
    const bytes = Buffer.concat([Buffer.from('ab\nHà '), Buffer.from([0xff]), Buffer.from('x')]);
    expect(findInvalidUtf8(bytes)).toMatchObject({ line: 2, column: 4 });
    expect(findInvalidUtf8(Buffer.from('Hà Nội\n'))).toBeNull();
    expect(findInvalidUtf8(Buffer.from([0xe1, 0xbb]))).toMatchObject({ line: 1, column: 1 });
  });
});
