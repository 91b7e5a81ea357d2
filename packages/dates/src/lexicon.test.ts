import { describe, expect, it } from 'vitest';
import { isQuantityWord, mayStartQuantity, partOfDay } from './lexicon.js';
import { parseRoman } from './numerals.js';
import { parseDate } from './parse.js';

describe('partOfDay', () => {
  it('reads the five parts of day', () => {
    expect(['sáng', 'trưa', 'chiều', 'tối', 'đêm'].map((w) => partOfDay(w, undefined))).toEqual([
      'morning',
      'noon',
      'afternoon',
      'evening',
      'night',
    ]);
  });

  it('does not read compounds as times', () => {
    expect(partOfDay('tối', 'ưu')).toBeNull();
    expect(partOfDay('chiều', 'dài')).toBeNull();
    expect(partOfDay('sáng', 'tạo')).toBeNull();
    expect(partOfDay('sáng', 'kiến')).toBeNull();
    expect(partOfDay('ngày', undefined)).toBeNull();
  });
});

describe('numerals', () => {
  it('reads Roman numerals I–XII only', () => {
    expect(parseRoman('III')).toBe(3);
    expect(parseRoman('iv')).toBe(4);
    expect(parseRoman('IIII')).toBeNull();
    expect(parseRoman('XIII')).toBeNull();
  });

  it('reads Vietnamese number words through the lexicon, in the expressions that use them', () => {
    const v = (text: string) => parseDate(text, { reference: '2025-11-24' });
    expect(v('ba tháng đầu năm 2025')).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(v('mười hai tháng năm 2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(v('quý tư năm 2024')).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('tells a unit phrase from a word that only begins like one', () => {
    expect(isQuantityWord('dự', ['án'])).toBe(true);
    expect(isQuantityWord('dự', ['kiến', 'đạt'])).toBe(false);
    expect(isQuantityWord('tỷ', [])).toBe(true);
    expect(isQuantityWord('usd', [])).toBe(true);
    expect(isQuantityWord('năm', [])).toBe(false);
    expect(mayStartQuantity('tháng')).toBe(false);
  });
});
