import { describe, expect, it } from 'vitest';
import { amountDecimal, fitsAmountDecimal } from './amount-decimal.js';

describe('amountDecimal', () => {
  it('gives the exact decimal when there is one, else the number without an exponent', () => {
    expect(amountDecimal(2 ** 53, '9007199254740993')).toBe('9007199254740993');
    expect(amountDecimal(1e-7, undefined)).toBe('0.0000001');
    expect(amountDecimal(-2.5e21, undefined)).toBe('-2500000000000000000000');
    expect(amountDecimal(16_000_000_000_000, undefined)).toBe('16000000000000');
  });

  it('gives undefined for what is not a finite number', () => {
    for (const value of [undefined, null, '5', Number.NaN, Number.POSITIVE_INFINITY, {}])
      expect(amountDecimal(value, undefined)).toBeUndefined();
  });
});

describe('fitsAmountDecimal', () => {
  it('takes 29 digits before the point and 9 after, and no more', () => {
    expect(fitsAmountDecimal('9'.repeat(29))).toBe(true);
    expect(fitsAmountDecimal(`-${'9'.repeat(29)}.${'9'.repeat(9)}`)).toBe(true);
    expect(fitsAmountDecimal('9'.repeat(30))).toBe(false);
    expect(fitsAmountDecimal('1.0000000001')).toBe(false);
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['1e-7', '', '-', '.5', '5.', '1,5', ' 5', '0x10'])
      expect(fitsAmountDecimal(text), text).toBe(false);
  });
});
