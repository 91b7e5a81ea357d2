import { describe, expect, it } from 'vitest';
import { type Money, MoneyError, formatMoney, parseMoney } from './index.js';

const m = (amount: number, currency: string, bound: Money['bound'] = 'exact', extra: Partial<Money> = {}): Money => ({
  amount,
  currency,
  bound,
  ...extra,
});

describe('formatMoney', () => {
  it('reads the TSDoc examples', () => {
    expect(formatMoney(m(16e12, 'VND'))).toBe('16.000 tỷ đồng');
    expect(formatMoney(m(138e9, 'VND', 'lower'))).toBe('hơn 138 tỷ đồng');
    expect(formatMoney(m(15.6e9, 'USD'))).toBe('15,6 tỷ USD');
    expect(formatMoney(m(16e12, 'VND'), { locale: 'en' })).toBe('VND 16 trillion');
    expect(formatMoney(m(138e9, 'VND', 'lower'), { locale: 'en' })).toBe('more than VND 138 billion');
    expect(formatMoney(m(15.6e9, 'USD'), { style: 'long' })).toBe('15.600.000.000 đô la Mỹ');
  });

  it('writes what news writes, in vi and en', () => {
    expect(formatMoney(m(15.6e9, 'USD'), { locale: 'en' })).toBe('USD 15.6 billion');
    expect(formatMoney(m(1.17e15, 'VND'))).toBe('1,17 triệu tỷ đồng');
    expect(formatMoney(m(1.17e15, 'VND'), { locale: 'en' })).toBe('VND 1,170 trillion');
    expect(formatMoney(m(3798254e6, 'VND'))).toBe('3.798,254 tỷ đồng');
    expect(formatMoney(m(9400, 'USD', 'lower', { per: 'người', estimated: true }))).toBe('ước hơn 9.400 USD/người');
    expect(formatMoney(m(10e9, 'VND', 'exact', { max: 15e9 }))).toBe('từ 10 đến 15 tỷ đồng');
    expect(formatMoney(m(10e9, 'USD', 'approximate', { max: 15e9 }), { locale: 'en' })).toBe('about USD 10–15 billion');
    expect(formatMoney(m(4.7e6, 'VND', 'upper'))).toBe('dưới 4,7 triệu đồng');
    expect(formatMoney(m(1234567, 'VND'))).toBe('1.234.567 đồng'); // 1,234567 triệu would be unreadable
    expect(formatMoney(m(0.25, 'USD'), { locale: 'en' })).toBe('USD 0.25');
    expect(formatMoney(m(2e9, 'JPY'), { style: 'long' })).toBe('2.000.000.000 yên');
  });

  it('never rounds like Intl compact notation does', () => {
    expect(formatMoney(m(15.6e9, 'VND'))).toBe('15,6 tỷ đồng');
    expect(formatMoney(m(15_649e6, 'VND'))).toBe('15,649 tỷ đồng');
  });

  it('writes `exact` when the amount is beyond 2^53', () => {
    const money = parseMoney('12.345.678.901.234.567 đồng')!;
    expect(formatMoney(money, { style: 'long' })).toBe('12.345.678.901.234.567 đồng');
  });

  it('writes a negative amount with a minus sign that parseMoney reads back', () => {
    expect(formatMoney(m(-5e9, 'VND'))).toBe('-5 tỷ đồng');
    expect(formatMoney(m(-1.2e6, 'USD'), { locale: 'en' })).toBe('USD -1.2 million');
    const range = m(-5e9, 'VND', 'exact', { max: 10e9 });
    expect(formatMoney(range)).toBe('từ -5 đến 10 tỷ đồng');
    expect(parseMoney(formatMoney(range))).toMatchObject({ amount: -5e9, max: 10e9 });
    expect(parseMoney(formatMoney(m(-7.5e12, 'VND'), { locale: 'en' }))?.amount).toBe(-7.5e12);
  });

  it('throws MoneyError on misuse', () => {
    expect(() => formatMoney(m(Number.NaN, 'VND'))).toThrow(MoneyError);
    expect(() => formatMoney(m(Number.POSITIVE_INFINITY, 'VND'))).toThrow(/finite/);
    expect(() => formatMoney(m(1, 'dong'))).toThrow(/ISO 4217/);
    expect(() => formatMoney(m(5, 'VND', 'exact', { max: 1 }))).toThrow(/max/);
    expect(() => formatMoney(m(1, 'VND', 'nearly' as Money['bound']))).toThrow(/bound/);
    expect(() => formatMoney(m(1, 'VND'), { locale: 'fr' as 'vi' })).toThrow(/locale/);
    expect(() => formatMoney(m(1, 'VND'), { style: 'tiny' as 'short' })).toThrow(/style/);
    expect(() => formatMoney(null as unknown as Money)).toThrow(MoneyError);
  });
});
