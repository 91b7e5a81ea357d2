import { describe, expect, it } from 'vitest';
import { cellPositions, findInvalidUtf8, findQuoteProblem } from './locate.js';

describe('cellPositions', () => {
  it('counts columns from the cells when nothing is quoted', () => {
    expect(cellPositions('a,Hà Nội,,b', ['a', 'Hà Nội', '', 'b'], 3)).toEqual({ cols: [1, 3, 10, 11] });
  });
  it('follows quotes, doubled quotes and line ends inside quotes', () => {
    expect(cellPositions('"a,b","x""y",z', ['a,b', 'x"y', 'z'], 1)).toEqual({ cols: [1, 7, 14] });
    expect(cellPositions('a,"x\ny",z', ['a', 'x\ny', 'z'], 4)).toEqual({ cols: [1, 3, 4], lines: [4, 4, 5] });
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
