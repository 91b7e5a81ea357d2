import { describe, expect, it } from 'vitest';
import { boundOf, currencyCode, currencyMinorUnits, isCurrencyCode, MINOR_UNITS } from './index.js';

describe('currencyCode', () => {
  it('reads the TSDoc examples', () => {
    expect(currencyCode('VNĐ')).toBe('VND');
    expect(currencyCode('đô la Mỹ')).toBe('USD');
    expect(currencyCode('nhân dân tệ')).toBe('CNY');
    expect(currencyCode('người')).toBeNull();
  });

  it('knows every currency word of the issue', () => {
    const words: Record<string, string> = {
      đồng: 'VND',
      VND: 'VND',
      vnđ: 'VND',
      đ: 'VND',
      '₫': 'VND',
      USD: 'USD',
      'đô la': 'USD',
      đô: 'USD',
      $: 'USD',
      EUR: 'EUR',
      euro: 'EUR',
      '€': 'EUR',
      JPY: 'JPY',
      yên: 'JPY',
      'yên Nhật': 'JPY',
      KRW: 'KRW',
      won: 'KRW',
      CNY: 'CNY',
      NDT: 'CNY',
    };
    for (const [word, code] of Object.entries(words)) expect(currencyCode(word), word).toBe(code);
    // NFD input is read as NFC.
    expect(currencyCode('đồng'.normalize('NFD'))).toBe('VND');
  });

  it('returns null for other words and non-strings', () => {
    for (const word of ['', 'tỷ', 'đô thị', 'yuan', 'GBP']) expect(currencyCode(word), word).toBeNull();
    expect(currencyCode(null as unknown as string)).toBeNull();
  });

  it('gives minor units: VND has none', () => {
    expect(MINOR_UNITS.VND).toBe(0);
    expect(MINOR_UNITS.USD).toBe(2);
    expect(Object.isFrozen(MINOR_UNITS)).toBe(true);
  });

  it('takes the minor units from the one ISO 4217 table, which knows every active code', () => {
    for (const [code, digits] of Object.entries(MINOR_UNITS)) expect(currencyMinorUnits[code], code).toBe(digits);
    expect(currencyMinorUnits.BHD).toBe(3);
    expect(isCurrencyCode('GBP')).toBe(true);
    expect(isCurrencyCode('VNĐ')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode(undefined as unknown as string)).toBe(false);
    expect(Object.isFrozen(currencyMinorUnits)).toBe(true);
  });
});

describe('boundOf', () => {
  it('reads the TSDoc examples', () => {
    expect(boundOf('vượt mốc')).toEqual({ bound: 'lower' });
    expect(boundOf('gần')).toEqual({ bound: 'upper' });
    expect(boundOf('ước đạt')).toEqual({ estimated: true });
    expect(boundOf('tổng')).toBeNull();
  });

  it('follows the bounds table of the README', () => {
    const table: Record<string, ReturnType<typeof boundOf>> = {
      hơn: { bound: 'lower' },
      trên: { bound: 'lower' },
      vượt: { bound: 'lower' },
      dưới: { bound: 'upper' },
      'chưa đến': { bound: 'upper' },
      'chưa tới': { bound: 'upper' },
      khoảng: { bound: 'approximate' },
      'xấp xỉ': { bound: 'approximate' },
      chừng: { bound: 'approximate' },
      tầm: { bound: 'approximate' },
      'trên dưới': { bound: 'approximate' },
      ước: { estimated: true },
      'ước tính': { estimated: true },
      'dự kiến': { estimated: true },
      'ước khoảng': { bound: 'approximate', estimated: true },
      'more than': { bound: 'lower' },
      about: { bound: 'approximate' },
    };
    for (const [phrase, expected] of Object.entries(table)) expect(boundOf(phrase), phrase).toEqual(expected);
    expect(boundOf('đạt')).toBeNull(); // a filler, not a qualifier
    expect(boundOf(42 as unknown as string)).toBeNull();
  });
});
