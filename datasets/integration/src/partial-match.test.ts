import { describe, expect, it } from 'vitest';
import { mismatch } from './partial-match.js';

describe('mismatch', () => {
  it('accepts extra keys and finds expected items anywhere in a list', () => {
    expect(
      mismatch({ a: 1, b: { c: 2, d: 3 }, l: [{ x: 1 }, { x: 2, y: 3 }] }, { b: { c: 2 }, l: [{ x: 2 }] }),
    ).toBeNull();
  });
  it('names the path of the first difference', () => {
    expect(mismatch({ a: { b: 1 } }, { a: { b: 2 } })).toBe('a.b: expected 2, found 1');
    expect(mismatch({ l: [{ x: 1 }] }, { l: [{ x: 2 }] })).toBe('l[0]: no item matches {"x":2}');
    expect(mismatch({ a: 'x' }, { a: { b: 1 } })).toBe('a: expected an object, found "x"');
    expect(mismatch(undefined, [1])).toBe(': expected a list, found undefined');
  });
  it('compares numbers exactly (no float tolerance)', () => {
    expect(mismatch(1340000000.0000002, 1340000000)).not.toBeNull();
  });
});
