import { describe, expect, it } from 'vitest';
import { compare, formatRatio, mbPerSecond, median, timeOnce } from './stats.js';

describe('median', () => {
  it('takes the middle of odd and the mean of the two middles of even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('compare', () => {
  it('finds a subject doing ten times the work clearly slower than its baseline', () => {
    const work = (n: number) => () => {
      let x = 0;
      for (let i = 0; i < n; i++) x += Math.sqrt(i);
      return x;
    };
    // Seven windows of 20 ms each (the defaults): a window of 5 ms, three times, was too short on a
    // busy machine (CI runs two packages' tests at once): one preempted window moved the median.
    const { ratio } = compare(work(200_000), work(20_000));
    expect(ratio).toBeGreaterThan(4);
  });
  it('timeOnce repeats a fast call until the minimum time has passed', () => {
    let calls = 0;
    const ms = timeOnce(() => calls++, 5);
    expect(calls).toBeGreaterThan(1);
    expect(ms).toBeLessThan(5);
  });
});

describe('formatting', () => {
  it('formats ratios and throughput', () => {
    expect(formatRatio(3.1249)).toBe('3.12×');
    expect(formatRatio(42.42)).toBe('42.4×');
    expect(mbPerSecond(2_000_000, 500)).toBe(4);
  });
});
