import { describe, expect, it } from 'vitest';
import { Money } from './values.js';

describe('Money exact decimals', () => {
  // 9 007 199 254 740 993 has no number of its own: it is read as 2^53.
  const big = { amount: 2 ** 53, currency: 'VND', bound: 'exact' } as const;

  it('accepts the exact decimal an amount beyond 2^53 stands for', () => {
    expect(Money.parse({ ...big, exact: '9007199254740993' }).exact).toBe('9007199254740993');
    expect(Money.safeParse({ ...big, max: 1e17, exactMax: '100000000000000001' }).success).toBe(true);
  });

  it('refuses an exact decimal that disagrees with the amount, or is not a plain decimal', () => {
    expect(Money.safeParse({ ...big, exact: '9007199254740999' }).success).toBe(false);
    for (const exact of ['9.007199254740993e15', '09007199254740993', ' 1', '1,5', ''])
      expect(Money.safeParse({ ...big, exact }).success, exact).toBe(false);
    expect(Money.safeParse({ ...big, max: 1e17, exactMax: '1' }).success).toBe(false);
  });
});
