import { describe, expect, it } from 'vitest';
import { parseMoney } from './index.js';

describe('parseMoney', () => {
  it('reads the TSDoc examples', () => {
    expect(parseMoney('hơn 16.000 tỷ đồng')).toEqual({
      amount: 16000000000000,
      currency: 'VND',
      bound: 'lower',
      text: 'hơn 16.000 tỷ đồng',
    });
    expect(parseMoney('1,34 tỷ USD')?.amount).toBe(1340000000);
    expect(parseMoney('8.300 tỷ', { defaultCurrency: 'VND' })?.amount).toBe(8300000000000);
    expect(parseMoney('4,7 triệu người', { defaultCurrency: 'VND' })).toBeNull();
  });

  it('needs a currency: a bare amount is money only with defaultCurrency', () => {
    expect(parseMoney('8.300 tỷ')).toBeNull();
    expect(parseMoney('16000')).toBeNull();
    expect(parseMoney('16000', { defaultCurrency: 'VND' })?.amount).toBe(16000);
  });

  it('reads one expression only: other words around it make it null', () => {
    expect(parseMoney('vốn hơn 138 tỷ đồng')).toBeNull();
    expect(parseMoney('138 tỷ đồng và 5 tỷ USD')).toBeNull();
    expect(parseMoney('hơn 138 tỷ đồng.')).toEqual({
      amount: 138e9,
      currency: 'VND',
      bound: 'lower',
      text: 'hơn 138 tỷ đồng',
    });
    expect(parseMoney('  13.000 tỉ đồng  ')?.text).toBe('13.000 tỉ đồng');
  });

  it('keeps amounts beyond 2^53 exactly in `exact`', () => {
    const money = parseMoney('12.345.678.901.234.567 đồng');
    expect(money?.exact).toBe('12345678901234567');
    expect(money?.amount).toBe(12345678901234568); // the nearest double
    expect(parseMoney('9 triệu tỷ đồng')?.exact).toBeUndefined(); // 9e15 < 2^53: exact already
    expect(parseMoney('9,0071992547409931 triệu tỷ đồng')?.exact).toBe('9007199254740993.1');
    const range = parseMoney('từ 1 đến 12.345.678.901.234.567 đồng');
    expect(range?.exactMax).toBe('12345678901234567');
  });

  it('reads NFD text as NFC', () => {
    expect(parseMoney('hơn 15,6 tỉ USD'.normalize('NFD'))?.amount).toBe(15.6e9);
  });

  it('returns null for empty, non-money and non-string input', () => {
    for (const text of ['', '   ', 'tỷ đồng', 'hơn', '13,92%', '24/11', '4G', 'USD'])
      expect(parseMoney(text), text).toBeNull();
    expect(parseMoney(null as unknown as string)).toBeNull();
    expect(parseMoney(138 as unknown as string)).toBeNull();
  });

  it('refuses a range whose ends are reversed or in different currencies', () => {
    expect(parseMoney('từ 15 đến 10 tỷ đồng')).toBeNull();
    expect(parseMoney('10 USD - 15 EUR')).toBeNull();
  });
});
