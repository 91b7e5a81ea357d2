import { describe, expect, it } from 'vitest';
import { DateError } from './errors.js';
import { formatDate } from './format.js';
import { parseDate } from './parse.js';
import type { DateValue } from './types.js';

const v = (
  start: string,
  end: string,
  precision: DateValue['precision'],
  extra: Partial<DateValue> = {},
): DateValue => ({
  start,
  end,
  precision,
  ...extra,
});

describe('formatDate', () => {
  it('mirrors its documented examples', () => {
    const morning = v('2025-11-24', '2025-11-24', 'day', { partOfDay: 'morning' });
    expect(formatDate(morning)).toBe('sáng 24/11/2025');
    expect(formatDate(morning, { locale: 'en' })).toBe('morning of 24 November 2025');
    expect(formatDate(v('2025-07-01', '2025-09-30', 'quarter'))).toBe('quý III/2025');
    expect(formatDate(v('2025-07-01', '2025-09-30', 'quarter'), { locale: 'en' })).toBe('Q3 2025');
    expect(formatDate(v('2023-01-01', '2023-09-30', 'span'))).toBe('9 tháng đầu năm 2023');
    expect(formatDate(v('2023-01-01', '2023-09-30', 'span'), { locale: 'en' })).toBe('first nine months of 2023');
  });

  it.each([
    ['tháng 8/2024', '2025-01-01', 'tháng 8/2024', 'August 2024'],
    ['nửa đầu năm 2023', '2025-01-01', '6 tháng đầu năm 2023', 'first half of 2023'],
    ['6 tháng cuối năm 2024', '2025-01-01', '6 tháng cuối năm 2024', 'second half of 2024'],
    ['năm 2025', '2025-01-01', 'năm 2025', '2025'],
    ['giai đoạn 2025-2030', '2025-01-01', 'giai đoạn 2025–2030', '2025–2030'],
    ['ba tháng cuối năm 2015', '2025-01-01', 'quý IV/2015', 'Q4 2015'],
    ['5 tháng cuối năm 2025', '2025-01-01', '5 tháng cuối năm 2025', 'last five months of 2025'],
    ['cuối năm 2024', '2025-01-01', 'cuối năm 2024', 'late 2024'],
    ['đầu năm 2025', '2025-01-01', 'đầu năm 2025', 'early 2025'],
    ['giữa tháng 9/2025', '2025-01-01', 'giữa tháng 9/2025', 'mid-September 2025'],
    ['trước năm 2030', '2025-11-24', 'đến hết năm 2029', 'through 2029'],
    ['đến ngày 15/12/2025', '2025-11-24', 'đến ngày 15/12/2025', 'until 15 December 2025'],
    ['từ năm 2026 trở đi', '2025-11-24', 'từ năm 2026', 'from 2026'],
    ['2/9/1945 - 2/9/2025', '2025-01-01', '2/9/1945 – 2/9/2025', '2 September 1945 – 2 September 2025'],
    ['ngày 5-7/11/2025', '2025-01-01', '5–7/11/2025', '5–7 November 2025'],
    ['từ tháng 10/2024 đến tháng 3/2025', '2025-01-01', 'tháng 10/2024 – tháng 3/2025', 'October 2024 – March 2025'],
    ['từ tháng 3 đến tháng 5/2025', '2025-01-01', 'tháng 3–5/2025', 'March–May 2025'],
  ])('%s → %s / %s', (text, reference, vi, en) => {
    const value = parseDate(text, { reference });
    expect(value).not.toBeNull();
    expect(formatDate(value!)).toBe(vi);
    expect(formatDate(value!, { locale: 'en' })).toBe(en);
  });

  it('writes a value whose bounds do not fit its precision as the span it covers', () => {
    expect(formatDate(v('2025-07-02', '2025-09-30', 'quarter'))).toBe('2/7/2025 – 30/9/2025');
  });

  it('throws DateError on misuse', () => {
    expect(() => formatDate(v('2025-02-30', '2025-03-01', 'span'))).toThrow(DateError);
    expect(() => formatDate(v('2025-03-02', '2025-03-01', 'span'))).toThrow(DateError);
    expect(() => formatDate(v('2025-03-01', '2025-03-01', 'week' as 'day'))).toThrow(DateError);
    expect(() => formatDate(v('2025-03-01', '2025-03-01', 'day'), { locale: 'fr' as 'en' })).toThrow(DateError);
    expect(() => formatDate(null as unknown as DateValue)).toThrow(DateError);
  });
});
