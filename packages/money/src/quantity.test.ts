import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse.js';
import { parseQuantity, readQuantity } from './quantity.js';

describe('parseQuantity', () => {
  it.each([
    ['hơn 450 đại biểu', 450, 'person', 'lower'],
    ['gần 4,7 triệu người', 4_700_000, 'person', 'upper'],
    ['11,2%', 11.2, 'percent', 'exact'],
    ['dưới 5 %', 5, 'percent', 'upper'],
    ['1.234 doanh nghiệp', 1234, 'enterprise', 'exact'],
    ['6.207,9 km2', 6207.9, 'km2', 'exact'],
    ['hơn 3.190 km²', 3190, 'km2', 'lower'],
    ['7 dự án', 7, 'project', 'exact'],
    ['khoảng 30 năm', 30, 'year', 'approximate'],
    ['vượt 12 biên bản ghi nhớ', 12, 'agreement', 'lower'],
    ['trên 2 nghìn doanh nghiệp', 2000, 'enterprise', 'lower'],
    ['thứ 9', 9, 'rank', 'exact'],
    ['xếp thứ ba', 3, 'rank', 'exact'],
    ['top 10', 10, 'rank', 'exact'],
    ['40.678 tỷ đồng', 40_678_000_000_000, 'VND', 'exact'],
    ['hơn 15,6 tỉ USD', 15_600_000_000, 'USD', 'lower'],
    ['-2,5%', -2.5, 'percent', 'exact'],
    ['−3 điểm', -3, 'point', 'exact'],
    ['âm 2%', -2, 'percent', 'exact'],
    ['khoảng âm 1,5 %', -1.5, 'percent', 'approximate'],
    ['âm 5 tỷ đồng', -5_000_000_000, 'VND', 'exact'],
    ['30 MW', 30, 'MW', 'exact'],
    ['khoảng 3,2 triệu TEU', 3_200_000, 'TEU', 'approximate'],
    ['1.000 tủ rack', 1000, 'rack', 'exact'],
    ['3 bậc', 3, 'rank-step', 'exact'],
    ['hơn 150 nhà khoa học', 150, 'person', 'lower'],
    ['140 MWp', 140, 'MWp', 'exact'],
  ])('%s → %d %s (%s)', (text, value, unit, bound) => {
    expect(parseQuantity(text)).toMatchObject({ value, unit, bound, text });
  });

  it('takes "âm" for a sign only right before a number', () => {
    expect(readQuantity('âm')).toEqual({ problem: { reason: 'no-number', found: 'âm' } });
    expect(readQuantity('âm người')).toEqual({ problem: { reason: 'no-number', found: 'âm' } });
    expect(parseQuantity('âm -2%')).toBeNull();
    expect(parseQuantity('âm 2 người', { anyUnit: true })?.value).toBe(-2);
    for (const zero of ['âm 0%', '-0%', '−0 điểm']) expect(Object.is(parseQuantity(zero)?.value, 0), zero).toBe(true);
  });

  it('gives one unit id for every way of writing it', () => {
    const units = ['120 người', '120 người dân', '120 đại biểu'].map((t) => parseQuantity(t)?.unit);
    expect(new Set(units)).toEqual(new Set(['person']));
    expect(parseQuantity('8 héc-ta')?.unit).toBe(parseQuantity('8 ha')?.unit);
  });

  it('marks estimates and keeps the bound word after them', () => {
    expect(parseQuantity('dự kiến hơn 500 đại biểu')).toEqual({
      value: 500,
      unit: 'person',
      bound: 'lower',
      estimated: true,
      text: 'dự kiến hơn 500 đại biểu',
    });
  });

  it('reads a money range as a quantity with its currency', () => {
    expect(parseQuantity('từ 10 đến 15 tỷ đồng')).toEqual({
      value: 10_000_000_000,
      unit: 'VND',
      bound: 'exact',
      max: 15_000_000_000,
      text: 'từ 10 đến 15 tỷ đồng',
    });
  });

  it('takes a bare amount as money only with a default currency', () => {
    expect(parseQuantity('8.300 tỷ')).toBeNull();
    expect(parseQuantity('8.300 tỷ', { defaultCurrency: 'VND' })).toMatchObject({
      value: 8_300_000_000_000,
      unit: 'VND',
    });
  });

  it('keeps unknown unit words as written only when asked', () => {
    expect(parseQuantity('hơn 200 gian hàng trưng bày')).toBeNull();
    expect(parseQuantity('hơn 200 Gian hàng trưng bày', { anyUnit: true })).toMatchObject({
      value: 200,
      unit: 'gian hàng trưng bày',
      bound: 'lower',
    });
    expect(parseQuantity('12', { anyUnit: true })?.unit).toBe('number');
  });

  it('reads "không còn" and a unit word as none left (0)', () => {
    expect(parseQuantity('không còn hộ nghèo')).toEqual({
      value: 0,
      unit: 'household',
      bound: 'exact',
      text: 'không còn hộ nghèo',
    });
    expect(parseQuantity('không còn gì')).toBeNull();
    expect(parseQuantity('không còn')).toBeNull();
  });

  it('refuses what is not one figure', () => {
    for (const bad of ['', '   ', 'hơn đại biểu', 'thứ 9 cả nước', '1.2.3 người', 'thứ một', 'người 12']) {
      expect(parseQuantity(bad)).toBeNull();
    }
    expect(parseQuantity(42 as unknown as string)).toBeNull();
  });
});

describe('readQuantity', () => {
  it('says why a figure could not be read', () => {
    expect(readQuantity('')).toEqual({ problem: { reason: 'empty' } });
    expect(readQuantity('12 con')).toEqual({ problem: { reason: 'unknown-unit', unit: 'con' } });
    expect(readQuantity('12')).toEqual({ problem: { reason: 'no-unit' } });
    expect(readQuantity('hơn đại biểu')).toEqual({ problem: { reason: 'no-number', after: 'hơn', found: 'đại' } });
    expect(readQuantity('thứ 9 cả nước')).toEqual({ problem: { reason: 'rank-form' } });
    expect(readQuantity('thứ mây')).toEqual({ problem: { reason: 'not-ordinal', word: 'mây' } });
    expect(readQuantity(`1 ${'người '.repeat(500)}`)).toEqual({ problem: { reason: 'too-long', length: 3001 } });
  });
  it('gives an amount of money also as parseMoney reads it (per and exact decimals kept), and nothing more for other units', () => {
    for (const text of ['trên 9.400 USD/người', '12.345.678.901.234.567 đồng', 'từ 1,1 đến 1,7 tỷ USD', '-5 tỷ đồng']) {
      const reading = readQuantity(text);
      expect('quantity' in reading && reading.money, text).toEqual(parseMoney(text));
    }
    expect(readQuantity('trên 9.400 USD/người')).toMatchObject({ money: { per: 'người' } });
    expect(readQuantity('12.345.678.901.234.567 đồng')).toMatchObject({ money: { exact: '12345678901234567' } });
    expect(readQuantity('11,2%')).not.toHaveProperty('money');
    expect(readQuantity('hơn 450 đại biểu')).not.toHaveProperty('money');
  });
});
