import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWhitespace } from './rows/fold.js';
import { formatProblem, sortProblems, summarize } from './problems.js';
import { findWorkspaceRoot } from './io/root.js';
import { datasetClosure, referencedDatasets, resolveTarget } from './workspace.js';

describe('workspace', () => {
  it('finds the root and the datasets a folder stands for (the TSDoc examples)', () => {
    const root = mkdtempSync(join(tmpdir(), 'vnsti-ws-'));
    try {
      writeFileSync(join(root, 'package.json'), '{"workspaces":["datasets/*"]}');
      mkdirSync(join(root, 'datasets', 'events', 'data'), { recursive: true });
      writeFileSync(join(root, 'datasets', 'events', 'package.json'), '{"name":"@vnsti/events"}');
      expect(findWorkspaceRoot(join(root, 'datasets', 'events', 'data'))).toBe(root);
      expect(resolveTarget(join(root, 'datasets', 'events'))).toEqual({ root, datasets: ['events'] });
      expect(resolveTarget(root)?.datasets).toEqual([
        'sources',
        'places',
        'organizations',
        'documents',
        'officials',
        'events',
        'projects',
        'metrics',
      ]);
      expect(findWorkspaceRoot(tmpdir())).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('follows references from the schema layout', () => {
    expect(referencedDatasets('metrics')).toEqual(['sources', 'places', 'documents']);
    expect(referencedDatasets('sources')).toEqual([]);
    expect(referencedDatasets('documents')).toEqual(['sources', 'organizations']);
    expect(datasetClosure(['metrics'])).toEqual(['sources', 'places', 'organizations', 'documents', 'metrics']);
    expect(datasetClosure(['projects'])).toEqual([
      'sources',
      'places',
      'organizations',
      'documents',
      'officials',
      'events',
      'projects',
    ]);
  });
});

describe('problems', () => {
  it('formats, sorts and summarises (the TSDoc examples)', () => {
    expect(
      formatProblem({
        code: 'required',
        file: 'datasets/places/data/places.csv',
        line: 2,
        column: 1,
        message: 'id: required, found an empty cell',
      }),
    ).toBe('datasets/places/data/places.csv:2:1: id: required, found an empty cell');
    const a = { code: 'schema' as const, file: 'b.csv', line: 1, column: 1, message: 'x' };
    const b = { code: 'schema' as const, file: 'a.csv', line: 9, column: 2, message: 'y' };
    const c = { code: 'schema' as const, file: 'a.csv', line: 9, column: 1, message: 'z' };
    expect(sortProblems([a, b, c, a]).map(formatProblem)).toEqual(['a.csv:9:1: z', 'a.csv:9:2: y', 'b.csv:1:1: x']);
    expect(summarize([a])).toBe('Found 1 problem in 1 file.');
    expect(summarize([a, b, c])).toBe('Found 3 problems in 2 files.');
    expect(summarize([])).toBe('No problems found.');
  });
  it('folds whitespace for quote search', () => {
    expect(foldWhitespace('cho  7\n dự án ')).toBe('cho 7 dự án');
    expect(foldWhitespace('\ufeffa\tb \t c\r\n\r\nd\u00a0e  f g')).toBe('a b c d e f g');
    for (const text of ['x', ' x ', 'a\u2003\u2003b', 'a \nb', 'a\n b', 'a\t\tb c'])
      expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
    // Any mix of whitespace folds as "every \s run becomes one space" does.
    const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\ufeff', 'a', 'đ', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
    expect(foldWhitespace('Ha\u0300 No\u0323\u0302i')).toBe('Hà Nội');
  });
});
