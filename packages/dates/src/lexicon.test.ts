import { describe, expect, it } from 'vitest';
import { partOfDay } from './lexicon.js';
import { parseRoman, parseVietnameseNumberWord, parseVietnameseNumberWords } from './numerals.js';

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

  it('reads Vietnamese number words', () => {
    expect(parseVietnameseNumberWord('ba')).toBe(3);
    expect(parseVietnameseNumberWord('Sáu')).toBe(6);
    expect(parseVietnameseNumberWord('tháng')).toBeNull();
    expect(parseVietnameseNumberWords('mười', 'hai')).toEqual({ value: 12, words: 2 });
    expect(parseVietnameseNumberWords('mười', 'một')).toEqual({ value: 11, words: 2 });
    expect(parseVietnameseNumberWords('chín', 'tháng')).toEqual({ value: 9, words: 1 });
  });
});
