import { describe, expect, it } from 'vitest';
import {
  boundOf,
  MAGNITUDES,
  MINUS_WORDS,
  NUMBER_WORDS,
  readNumberWords,
  readOrdinalWord,
  readUnitAt,
  UNIT_PHRASES,
} from './index.js';

describe('the lexicon', () => {
  it('reads number words, with "mười một" and "mười hai" as two words', () => {
    expect(readNumberWords('Ba')).toEqual({ value: 3, words: 1 });
    expect(readNumberWords('mười', 'mốt')).toEqual({ value: 11, words: 2 });
    expect(readNumberWords('mười', 'hai')).toEqual({ value: 12, words: 2 });
    expect(readNumberWords('mười', 'tháng')).toEqual({ value: 10, words: 1 });
    expect(readNumberWords('tháng')).toBeNull();
    expect(NUMBER_WORDS.get('tư')).toBe(4);
  });

  it('reads ordinal words after "thứ"', () => {
    expect(readOrdinalWord('nhất')).toBe(1);
    expect(readOrdinalWord('Nhì')).toBe(2);
    expect(readOrdinalWord('tư')).toBe(4);
    expect(readOrdinalWord('một')).toBeNull();
    expect(readOrdinalWord('hạng')).toBeNull();
  });

  it('knows both spellings of the magnitudes', () => {
    expect(MAGNITUDES.get('ngàn')?.exponent).toBe(MAGNITUDES.get('nghìn')?.exponent);
    expect(MAGNITUDES.get('tỉ')?.exponent).toBe(9);
    expect(MAGNITUDES.get('trăm')).toBeUndefined();
  });

  it('reads the longest unit phrase, and not a word that merely begins like one', () => {
    expect(readUnitAt(['7', 'biên', 'bản', 'ghi', 'nhớ'], 1)).toEqual({ unit: 'agreement', words: 4 });
    expect(readUnitAt(['7', 'biên', 'bản'], 1)).toEqual({ unit: 'agreement', words: 2 });
    expect(readUnitAt(['2026', 'dự', 'kiến'], 1)).toBeNull();
    expect(readUnitAt(['2027', 'dự', 'toán'], 1)).toBeNull();
    expect(readUnitAt(['2024', 'dự', 'án'], 1)).toEqual({ unit: 'project', words: 2 });
    expect(readUnitAt([], 0)).toBeNull();
    expect(readUnitAt(['120', 'tủ', 'rack'], 1)).toEqual({ unit: 'rack', words: 2 });
    expect(readUnitAt(['120', 'rack'], 1)).toEqual({ unit: 'rack', words: 1 });
    expect(readUnitAt(['5', 'bậc'], 1)).toEqual({ unit: 'rank-step', words: 1 });
    expect(readUnitAt(['150', 'nhà', 'khoa', 'học'], 1)).toEqual({ unit: 'person', words: 3 });
  });

  it('keeps every unit phrase lower-case NFC with single spaces', () => {
    for (const phrase of UNIT_PHRASES.keys()) {
      expect(phrase).toBe(phrase.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim());
    }
  });

  it('knows "âm" as a minus word, one lower-case NFC word each', () => {
    expect(MINUS_WORDS.has('âm')).toBe(true);
    expect(MINUS_WORDS.has('tâm')).toBe(false);
    for (const word of MINUS_WORDS) expect(word).toMatch(/^\p{Ll}+$/u);
    for (const word of MINUS_WORDS) expect(word).toBe(word.normalize('NFC'));
  });

  it('reads bound phrases', () => {
    expect(boundOf('gần')).toEqual({ bound: 'upper' });
    expect(boundOf('chưa đến')).toEqual({ bound: 'upper' });
    expect(boundOf('đạt')).toBeNull();
  });
});
