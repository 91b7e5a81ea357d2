import { describe, expect, it } from 'vitest';
import { parseNumber } from './index.js';
import { readNumberParts } from './number.js';

describe('parseNumber', () => {
  it('reads the TSDoc examples', () => {
    expect(parseNumber('16.000')).toBe(16000);
    expect(parseNumber('15,6')).toBe(15.6);
    expect(parseNumber('3.798,254')).toBe(3798.254);
    expect(parseNumber('4622,54')).toBe(4622.54);
    expect(parseNumber('24.11.2025')).toBeNull();
  });

  it("groups thousands with '.', and reads ',' as the decimal mark", () => {
    expect(parseNumber('40.678')).toBe(40678);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseNumber('1,34')).toBe(1.34);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('12345')).toBe(12345);
    expect(parseNumber(' 138 ')).toBe(138);
  });

  it("reads a lone '.' before one or two digits as a decimal point (sloppy text)", () => {
    expect(parseNumber('15.6')).toBe(15.6);
    expect(parseNumber('4.35')).toBe(4.35);
    expect(parseNumber('21.8')).toBe(21.8);
    expect(parseNumber('4622.54')).toBe(4622.54);
  });

  it('refuses what the rules do not allow instead of guessing', () => {
    for (const bad of [
      '',
      ' ',
      '1.2345',
      '1,234,567',
      '1.2.3',
      '12.34.567',
      '1.000.00',
      '1,5,6',
      '15.6,5',
      '1,',
      ',5',
      '.5',
      '5.',
      '1..2',
      '1 000',
      '-5',
      '+5',
      '5%',
      'abc',
      '1e5',
      '٣',
    ]) {
      expect(parseNumber(bad), bad).toBeNull();
    }
  });

  it('returns null for numbers too large to be finite, and for non-strings', () => {
    expect(parseNumber('9'.repeat(400))).toBeNull();
    expect(parseNumber(undefined as unknown as string)).toBeNull();
    expect(parseNumber(16 as unknown as string)).toBeNull();
  });

  it('reads English-style numbers only when asked to (internal)', () => {
    expect(readNumberParts('1,170', 'en')).toEqual({ integer: '1170', fraction: '' });
    expect(readNumberParts('15.6', 'en')).toEqual({ integer: '15', fraction: '6' });
    expect(readNumberParts('3,798.254', 'en')).toEqual({ integer: '3798', fraction: '254' });
    expect(readNumberParts('1,08', 'en')).toBeNull();
    expect(readNumberParts('1.170', 'vi')).toEqual({ integer: '1170', fraction: '' });
  });
});
