import { describe, expect, it } from 'vitest';
import { extractMoney, parseMoney } from './index.js';

const brief = (text: string, options = {}) =>
  extractMoney(text, options).map((m) => [m.text, m.value.amount, m.value.currency, m.value.bound]);

describe('extractMoney', () => {
  it('reads the TSDoc example', () => {
    expect(extractMoney('Tổng vốn cam kết hơn 15,6 tỉ USD, tăng 5%.')).toEqual([
      {
        text: 'hơn 15,6 tỉ USD',
        index: 17,
        value: { amount: 15600000000, currency: 'USD', bound: 'lower', text: 'hơn 15,6 tỉ USD' },
      },
    ]);
  });

  it('finds several amounts in order, without overlap', () => {
    const text = 'Thu ngân sách đạt 40.678 tỷ đồng; FDI hơn 2,5 tỷ USD và 300 tỷ yên, giá 50.000đ/kg.';
    expect(brief(text)).toEqual([
      ['40.678 tỷ đồng', 40678e9, 'VND', 'exact'],
      ['hơn 2,5 tỷ USD', 2.5e9, 'USD', 'lower'],
      ['300 tỷ yên', 300e9, 'JPY', 'exact'],
      ['50.000đ/kg', 50000, 'VND', 'exact'],
    ]);
  });

  it('decides a bare amount by the word that follows it', () => {
    const options = { defaultCurrency: 'VND' };
    expect(brief('dân số gần 4,7 triệu người', options)).toEqual([]);
    expect(brief('doanh thu gần 4,7 triệu.', options)).toEqual([['gần 4,7 triệu', 4.7e6, 'VND', 'upper']]);
    expect(brief('vốn 8.300 tỷ cho giáo dục', options)).toEqual([['8.300 tỷ', 8.3e12, 'VND', 'exact']]);
    expect(brief('vốn 8.300 tỷ cho giáo dục')).toEqual([]);
    expect(brief('có 3 triệu lượt khách', options)).toEqual([]);
    expect(brief('hơn 1.400 doanh nghiệp', options)).toEqual([]); // no magnitude word: a count
  });

  it('does not read "đô thị", "đồng chí", "tỷ lệ" as money words', () => {
    expect(brief('3 đô thị loại I và 2 đồng chí')).toEqual([]);
    expect(brief('5 tỷ lệ', { defaultCurrency: 'VND' })).toEqual([]);
  });

  it('reads English-style prefixed amounts', () => {
    expect(brief('Vốn đạt USD 15.6 billion, tức more than VND 360 trillion.')).toEqual([
      ['USD 15.6 billion', 15.6e9, 'USD', 'exact'],
      ['more than VND 360 trillion', 360e12, 'VND', 'lower'],
    ]);
  });

  it('keeps ranges whole and refuses ranges of years', () => {
    expect(brief('giai đoạn 2021-2025 cần từ 10 đến 15 tỷ đồng')).toEqual([
      ['từ 10 đến 15 tỷ đồng', 10e9, 'VND', 'exact'],
    ]);
    expect(extractMoney('cần 10-15 tỷ, tức khoảng', { defaultCurrency: 'VND' })[0]?.value.max).toBe(15e9);
    expect(brief('năm 2023 đạt 10 tỷ USD đến 2025')).toEqual([['10 tỷ USD', 10e9, 'USD', 'exact']]);
  });

  it('keeps index and text consistent with NFD input', () => {
    const text = 'Dự án trị giá 13.000 tỉ đồng'.normalize('NFD');
    const [match] = extractMoney(text);
    expect(match).toBeDefined();
    expect(text.slice(match!.index, match!.index + match!.text.length)).toBe(match!.text);
    expect(match!.value.amount).toBe(13e12);
  });

  it('keeps a minus sign glued to the number, and agrees with parseMoney', () => {
    expect(brief('Quý này công ty lỗ, lợi nhuận -5 tỷ đồng.')).toEqual([['-5 tỷ đồng', -5e9, 'VND', 'exact']]);
    expect(brief('biên độ từ -5 đến 10 tỷ đồng')).toEqual([['từ -5 đến 10 tỷ đồng', -5e9, 'VND', 'exact']]);
    expect(extractMoney('biên độ từ -5 đến 10 tỷ đồng')[0]?.value.max).toBe(10e9);
    expect(extractMoney('từ -10 đến -5 tỷ đồng')[0]?.value).toMatchObject({ amount: -10e9, max: -5e9 });
    expect(brief('khoản lỗ (−1,2 triệu USD)')).toEqual([['−1,2 triệu USD', -1.2e6, 'USD', 'exact']]);
    expect(parseMoney('-5 tỷ đồng')?.amount).toBe(-5e9);
    expect(parseMoney('hơn -5 tỷ đồng')).toMatchObject({ amount: -5e9, bound: 'lower' });
    expect(extractMoney('ghi -0 tỷ đồng')[0]?.value.amount).toBe(0);
    expect(Object.is(extractMoney('ghi -0 tỷ đồng')[0]?.value.amount, -0)).toBe(false);
  });

  it('reads the word "âm" right before a number as a minus sign, and agrees with parseMoney', () => {
    expect(brief('Quý III công ty báo lợi nhuận âm 5 tỷ đồng.')).toEqual([['âm 5 tỷ đồng', -5e9, 'VND', 'exact']]);
    expect(brief('vốn chủ sở hữu Âm 1,2 triệu USD')).toEqual([['Âm 1,2 triệu USD', -1.2e6, 'USD', 'exact']]);
    expect(brief('dòng tiền khoảng âm  40 tỷ đồng')).toEqual([['khoảng âm  40 tỷ đồng', -40e9, 'VND', 'approximate']]);
    expect(extractMoney('từ âm 10 đến âm 5 tỷ đồng')[0]?.value).toMatchObject({ amount: -10e9, max: -5e9 });
    expect(extractMoney('từ -10 đến âm 5 tỷ đồng')[0]?.value).toMatchObject({ amount: -10e9, max: -5e9 });
    const nfd = 'lãi ròng âm 3 tỷ đồng'.normalize('NFD');
    const [match] = extractMoney(nfd);
    expect(match?.value.amount).toBe(-3e9);
    expect(nfd.slice(match!.index, match!.index + match!.text.length)).toBe(match!.text);
    for (const text of ['lợi nhuận âm 5 tỷ đồng', 'âm 7,5 triệu USD', 'hơn âm 2 tỷ đồng', 'từ âm 3 đến 4 tỷ đồng']) {
      const [found] = extractMoney(text);
      expect(found, text).toBeDefined();
      expect(found!.value.amount, text).toBeLessThan(0);
      expect(parseMoney(found!.text), text).toEqual(found!.value);
    }
    expect(parseMoney('âm 5 tỷ đồng')).toEqual({ amount: -5e9, currency: 'VND', bound: 'exact', text: 'âm 5 tỷ đồng' });
    expect(parseMoney('âm 8.300 tỷ', { defaultCurrency: 'VND' })?.amount).toBe(-8300e9);
    expect(parseMoney('âm 0 tỷ đồng')?.amount).toBe(0);
    expect(Object.is(parseMoney('âm 0 tỷ đồng')?.amount, -0)).toBe(false);
  });

  it('leaves "âm" alone inside another word, before no number, and before a percentage', () => {
    expect(brief('dự án tâm 5 tỷ đồng')).toEqual([['5 tỷ đồng', 5e9, 'VND', 'exact']]);
    expect(brief('âm thanh 5 tỷ đồng')).toEqual([['5 tỷ đồng', 5e9, 'VND', 'exact']]);
    expect(brief('hệ thống âm5 tỷ đồng')).toEqual([]);
    expect(extractMoney('tăng trưởng âm 2%')).toEqual([]);
    expect(parseMoney('tăng trưởng âm 2%')).toBeNull();
    expect(parseMoney('âm')).toBeNull();
    expect(parseMoney('âm tỷ đồng')).toBeNull();
    // A dash and a space is a separator, not a sign.
    expect(brief('Doanh thu - 7 tỷ đồng')).toEqual([['7 tỷ đồng', 7e9, 'VND', 'exact']]);
    expect(parseMoney('- 7 tỷ đồng')).toBeNull();
  });

  it('reads a range of two negatives written with a dash and spaces', () => {
    for (const text of ['-5 – -3 tỷ đồng', '-5 - -3 tỷ đồng', 'âm 5 – âm 3 tỷ đồng']) {
      expect(extractMoney(text)[0]?.value, text).toMatchObject({ amount: -5e9, max: -3e9, text });
      expect(parseMoney(text), text).toMatchObject({ amount: -5e9, max: -3e9 });
    }
    expect(extractMoney('-3 – -5 tỷ đồng').map((m) => m.text)).toEqual(['-5 tỷ đồng']); // upper end first: no range
    expect(extractMoney('3--5 tỷ đồng')[0]?.value.max).toBeUndefined(); // no space: not a signed second end
  });

  it('reads a hyphen used as a dash between two numbers as a range, never as a minus sign', () => {
    for (const text of ['3 - 7 tỷ đồng', '3-7 tỷ đồng', '3 -7 tỷ đồng', '3 – 7 tỷ đồng']) {
      expect(extractMoney(text)[0]?.value).toMatchObject({ amount: 3e9, max: 7e9 });
    }
    expect(extractMoney('chủng COVID-19 tỷ lệ')).toEqual([]);
    expect(extractMoney('mã số A-5 tỷ đồng')).toEqual([]);
  });

  it('returns an empty array for text with no money and for non-strings', () => {
    expect(extractMoney('')).toEqual([]);
    expect(extractMoney('không có số nào')).toEqual([]);
    expect(extractMoney(undefined as unknown as string)).toEqual([]);
  });
});
