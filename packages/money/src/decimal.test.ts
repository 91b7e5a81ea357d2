import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  compareDecimal,
  digitCount,
  divideDecimal,
  isDecimalString,
  losesPrecision,
  multiplyDecimal,
  numberToDecimal,
  shiftDecimal,
} from './decimal.js';

describe('exact decimal arithmetic', () => {
  it('scales by shifting digits, never by floating-point products', () => {
    expect(shiftDecimal('1', '34', 9)).toBe('1340000000');
    expect(shiftDecimal('4', '35', 12)).toBe('4350000000000');
    expect(Number(shiftDecimal('4', '35', 12))).toBe(4350000000000);
    expect(4.35 * 1e12).not.toBe(4350000000000); // the trap this module avoids
    expect(shiftDecimal('3798', '254', 9)).toBe('3798254000000');
    expect(shiftDecimal('1', '23456', 3)).toBe('1234.56');
    expect(shiftDecimal('007', '500', 0)).toBe('7.5');
  });

  it('canonicalises', () => {
    expect(canonicalDecimal('000', '')).toBe('0');
    expect(canonicalDecimal('', '50')).toBe('0.5');
  });

  it('writes numbers without exponent notation', () => {
    expect(numberToDecimal(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimal(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimal(15.6e9)).toBe('15600000000');
    expect(numberToDecimal(-2.5)).toBe('-2.5');
    expect(numberToDecimal(1.17e15)).toBe('1170000000000000');
  });

  it('tells when a number cannot hold a decimal exactly', () => {
    expect(losesPrecision('9007199254740993', Number('9007199254740993'))).toBe(true);
    expect(losesPrecision('9007199254740992', 9007199254740992)).toBe(false);
    expect(losesPrecision('15.6', 15.6)).toBe(false);
    expect(losesPrecision('0.12345678901234567891', Number('0.12345678901234567891'))).toBe(true);
  });

  it('multiplies and divides exactly, rounding half away from zero', () => {
    expect(multiplyDecimal('1.5', '23208.37', 0)).toBe('34813');
    expect(multiplyDecimal('1000', '23208.37', 0)).toBe('23208370');
    expect(multiplyDecimal('0.5', '1', 0)).toBe('1');
    expect(multiplyDecimal('-0.5', '1', 0)).toBe('-1');
    expect(divideDecimal('23670', '23670', 2)).toBe('1');
    expect(divideDecimal('100000', '23670', 2)).toBe('4.22');
    expect(divideDecimal('1', '3', 2)).toBe('0.33');
    expect(divideDecimal('2', '3', 2)).toBe('0.67');
  });
});

describe('checking and comparing decimal strings', () => {
  it('recognises plain decimals only', () => {
    for (const ok of ['0', '-5', '12.50', '23208370000000023208', '9'.repeat(500)])
      expect(isDecimalString(ok), ok).toBe(true);
    for (const bad of ['', '-', '1.', '.5', '+1', '1e5', ' 1', '1 ', '--1', '1,5', '٣', 5, null, undefined]) {
      expect(isDecimalString(bad), String(bad)).toBe(false);
    }
  });

  it('counts digits without the sign and the point', () => {
    expect(digitCount('-12.50')).toBe(4);
    expect(digitCount('7')).toBe(1);
    expect(digitCount('1'.repeat(90))).toBe(90);
  });

  it('compares exactly, past what a number can tell apart', () => {
    expect(compareDecimal('-5', '-3')).toBeLessThan(0);
    expect(compareDecimal('3', '-5')).toBeGreaterThan(0);
    expect(compareDecimal('2.50', '2.5')).toBe(0);
    expect(compareDecimal('0.1', '0.09')).toBeGreaterThan(0);
    expect(compareDecimal('-0.1', '-0.09')).toBeLessThan(0);
    expect(Number('10000000000000001')).toBe(Number('10000000000000000'));
    expect(compareDecimal('10000000000000001', '10000000000000000')).toBeGreaterThan(0);
  });
});
