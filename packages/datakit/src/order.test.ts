import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, sortedByKey, sortedIndexes } from './order.js';

describe('sortedByKey', () => {
  it('sorts by code units, not by locale or numerically', () => {
    const ids = ['metric-10', 'metric-9', 'Metric-1', 'métric-0', 'metric-1'];
    const sorted = sortedByKey(
      ids.map((id) => ({ id })),
      (item) => item.id,
    ).map((item) => item.id);
    expect(sorted).toEqual(['Metric-1', 'metric-1', 'metric-10', 'metric-9', 'métric-0']);
  });

  it('gives back the same array when it is in order already', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'b' }];
    expect(sortedByKey(items, (item) => item.id)).toBe(items);
  });

  it('keeps items with equal keys in their order (stable)', () => {
    const items = [
      { id: 'b', n: 1 },
      { id: 'a', n: 2 },
      { id: 'b', n: 3 },
      { id: 'a', n: 4 },
    ];
    expect(sortedByKey(items, (item) => item.id).map((item) => item.n)).toEqual([2, 4, 1, 3]);
  });

  it('agrees with a stable sort by compareCodeUnits on random keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4, unit: 'binary' })), (keys) => {
        const items = keys.map((key, n) => ({ key, n }));
        const expected = [...items].sort((a, b) => compareCodeUnits(a.key, b.key) || a.n - b.n);
        expect(sortedByKey(items, (item) => item.key)).toEqual(expected);
      }),
    );
  });

  it('handles nothing and one item', () => {
    expect(sortedByKey([], String)).toEqual([]);
    expect(sortedByKey(['x'], String)).toEqual(['x']);
  });
});

describe('sortedIndexes', () => {
  it('gives the indexes in code-unit order of the keys, equal keys in their first order', () => {
    expect(sortedIndexes(['b', 'a', 'b', 'A'])).toEqual([3, 1, 0, 2]);
    expect(sortedIndexes(['metric-10', 'metric-9', 'metric-10'])).toEqual([0, 2, 1]);
  });

  it('gives the identity for keys in order, and nothing for no keys', () => {
    expect(sortedIndexes(['a', 'a', 'b'])).toEqual([0, 1, 2]);
    expect(sortedIndexes([])).toEqual([]);
  });
});
