import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.js';

const value = (text: string) => {
  const read = parseQuantity(text);
  if (!('value' in read)) throw new Error(read.error);
  return read.value;
};

describe('parseQuantity', () => {
  it('reads the TSDoc examples', () => {
    expect(parseQuantity('hơn 450 đại biểu')).toEqual({
      value: { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' },
    });
    expect(parseQuantity('gần 4,7 triệu người')).toEqual({
      value: { value: 4_700_000, unit: 'person', bound: 'upper', text: 'gần 4,7 triệu người' },
    });
    expect(parseQuantity('11,2%')).toEqual({ value: { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' } });
    expect(parseQuantity('thứ ba')).toEqual({ value: { value: 3, unit: 'rank', bound: 'exact', text: 'thứ ba' } });
    expect(parseQuantity('không còn hộ nghèo')).toEqual({
      value: { value: 0, unit: 'household', bound: 'exact', text: 'không còn hộ nghèo' },
    });
    expect(parseQuantity('không còn gì')).toHaveProperty('error');
  });

  it.each([
    ['1.234 doanh nghiệp', 1234, 'enterprise', 'exact'],
    ['hơn 86 ha', 86, 'ha', 'lower'],
    ['1.200 km²', 1200, 'km2', 'exact'],
    ['6.207,9 km2', 6207.9, 'km2', 'exact'],
    ['7 dự án', 7, 'project', 'exact'],
    ['vượt 12 biên bản ghi nhớ', 12, 'agreement', 'lower'],
    ['khoảng 30 năm', 30, 'year', 'approximate'],
    ['xấp xỉ 1,5 triệu người dân', 1_500_000, 'person', 'approximate'],
    ['chưa đến 100 người', 100, 'person', 'upper'],
    ['dưới 5 %', 5, 'percent', 'upper'],
    ['trên 2 nghìn doanh nghiệp', 2000, 'enterprise', 'lower'],
    ['thứ 9', 9, 'rank', 'exact'],
    ['xếp thứ 12', 12, 'rank', 'exact'],
    ['40.678 tỷ đồng', 40_678_000_000_000, 'VND', 'exact'],
    ['hơn 15,6 tỷ USD', 15_600_000_000, 'USD', 'lower'],
    ['-2,5%', -2.5, 'percent', 'exact'],
  ])('%s → %d %s (%s)', (text, expectedValue, unit, bound) => {
    expect(value(text)).toMatchObject({ value: expectedValue, unit, bound, text });
  });

  it('marks estimates (ước, ước đạt, dự kiến) and keeps a bound word after them', () => {
    expect(value('ước đạt 5 dự án')).toEqual({
      value: 5,
      unit: 'project',
      bound: 'exact',
      estimated: true,
      text: 'ước đạt 5 dự án',
    });
    expect(value('dự kiến hơn 500 đại biểu')).toEqual({
      value: 500,
      unit: 'person',
      bound: 'lower',
      estimated: true,
      text: 'dự kiến hơn 500 đại biểu',
    });
  });

  it('multiplies by magnitude words exactly', () => {
    expect(value('4,35 nghìn tỷ người').value).toBe(4_350_000_000_000);
    expect(value('1,17 triệu người').value).toBe(1_170_000);
  });

  it('says what it could not read', () => {
    expect(parseQuantity('')).toEqual({ error: 'cannot read "" as a quantity: the cell is empty' });
    expect(parseQuantity('12 con')).toEqual({
      error:
        'cannot read "12 con" as a quantity: unknown unit "con" (expected one of người, đại biểu, %, km², ha, doanh nghiệp, dự án, biên bản, năm, "thứ N" or a currency)',
    });
    expect(parseQuantity('hơn đại biểu')).toEqual({
      error: 'cannot read "hơn đại biểu" as a quantity: expected a number after "hơn", found "đại"',
    });
    expect(parseQuantity('thứ 9 cả nước')).toEqual({
      error: 'cannot read "thứ 9 cả nước" as a quantity: expected "thứ" followed by one number, e.g. "thứ 9"',
    });
    expect(parseQuantity('1.2.3 người')).toHaveProperty('error');
  });

  it('stays linear on adversarial input (100 kB)', () => {
    const inputs = [
      '1.'.repeat(50_000),
      `hơn ${'9'.repeat(100_000)}`,
      `${'hơn '.repeat(25_000)}1 người`,
      `1 ${'người '.repeat(16_000)}`,
    ];
    for (const input of inputs) {
      const start = performance.now();
      expect(parseQuantity(input)).toHaveProperty('error');
      expect(performance.now() - start).toBeLessThan(250);
    }
  });
});
