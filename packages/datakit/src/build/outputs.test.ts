import { tables } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import type { LoadedRow } from '../load.js';
import { sortedRows } from './outputs.js';

const row = (line: number, values: Record<string, unknown>, source?: string, quote?: string): LoadedRow => ({
  line,
  values,
  source,
  quote,
});

describe('sortedRows', () => {
  it('orders rows by a one-field key in code-unit order, not by number or locale', () => {
    const rows = ['metric-2', 'metric-10', 'Metric-9', 'metric-1'].map((id, i) => row(i + 2, { id }));
    expect(sortedRows(tables.metrics, rows).map((r) => r.values['id'])).toEqual([
      'Metric-9',
      'metric-1',
      'metric-10',
      'metric-2',
    ]);
  });
  it('returns rows already in order as they are', () => {
    const rows = ['a', 'b', 'c'].map((id, i) => row(i + 2, { id }));
    expect(sortedRows(tables.metrics, rows)).toBe(rows);
  });
  it('orders by each field of a composite key in turn, the citation columns included', () => {
    const table = tables['metric-sources'];
    const rows = [
      row(2, { metric: 'b' }, 's1', 'q'),
      row(3, { metric: 'a' }, 's2', 'q'),
      row(4, { metric: 'a' }, 's1', 'z'),
      row(5, { metric: 'a' }, 's1', 'y'),
    ];
    expect(sortedRows(table, rows).map((r) => r.line)).toEqual([5, 4, 3, 2]);
  });
});
