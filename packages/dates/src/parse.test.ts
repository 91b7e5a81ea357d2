import { describe, expect, it } from 'vitest';
import { DateError } from './errors.js';
import { extractDates } from './extract.js';
import { inferDayYear, inferPeriodYear } from './infer-year.js';
import { parseDate } from './parse.js';
import { toReference } from './resolve.js';

describe('parseDate', () => {
  it('mirrors its documented examples', () => {
    expect(parseDate('sáng 24/11', { reference: '2025-11-24' })).toEqual({
      start: '2025-11-24',
      end: '2025-11-24',
      precision: 'day',
      partOfDay: 'morning',
      text: 'sáng 24/11',
    });
    expect(parseDate('Ngày 22.12 vừa qua', { reference: '2025-01-13' })).toEqual({
      start: '2024-12-22',
      end: '2024-12-22',
      precision: 'day',
      text: 'Ngày 22.12 vừa qua',
    });
    expect(parseDate('trước năm 2030', { reference: '2025-11-24' })).toEqual({
      start: '2025-11-24',
      end: '2029-12-31',
      precision: 'span',
      open: 'start',
      text: 'trước năm 2030',
    });
    expect(parseDate('30/2/2025', { reference: '2025-01-01' })).toBeNull();
  });

  it('rejects impossible dates rather than rolling them over', () => {
    for (const t of ['30/2', '31/4/2025', '29/2/2023', 'ngày 31.6', 'ngày 0/5', 'tháng 13', 'quý 5', '32/1']) {
      expect(parseDate(t, { reference: '2025-01-01' }), t).toBeNull();
    }
    expect(parseDate('29/2', { reference: '2025-01-01' })?.start).toBe('2024-02-29');
  });

  it('returns null for text with no date', () => {
    expect(parseDate('', { reference: '2025-01-01' })).toBeNull();
    expect(parseDate('   ', { reference: '2025-01-01' })).toBeNull();
    expect(parseDate('tăng 21.8', { reference: '2025-01-01' })).toBeNull();
    expect(parseDate('16.000 tỷ đồng', { reference: '2025-01-01' })).toBeNull();
    expect(parseDate(42 as unknown as string, { reference: '2025-01-01' })).toBeNull();
  });

  it('reads decomposed (NFD) Vietnamese like composed', () => {
    const nfd = 'Chiều 29/9 vừa qua'.normalize('NFD');
    expect(parseDate(nfd, { reference: '2023-10-01' })?.start).toBe('2023-09-29');
    expect(parseDate('QUÝ III/2021', { reference: '2025-01-01' })?.start).toBe('2021-07-01');
  });

  it('throws DateError for a bad reference', () => {
    for (const reference of ['2025-13-01', '2025-02-29', '24/11/2025', '', undefined, 20251124]) {
      expect(() => parseDate('quý 2', { reference: reference as string })).toThrow(DateError);
      expect(() => extractDates('quý 2', { reference: reference as string })).toThrow(DateError);
    }
    expect(() => parseDate('quý 2', undefined as unknown as { reference: string })).toThrow(DateError);
  });
});

describe('year inference', () => {
  const ref = toReference('2025-01-13');
  it('takes the nearest year for a day, or the one the words point to', () => {
    expect(inferDayYear(12, 22, ref, undefined)).toBe(2024);
    expect(inferDayYear(12, 22, ref, 'past')).toBe(2024);
    expect(inferDayYear(12, 22, ref, 'future')).toBe(2025);
    expect(inferDayYear(1, 20, ref, 'past')).toBe(2024);
    expect(inferDayYear(1, 13, ref, 'past')).toBe(2025);
    expect(inferDayYear(2, 29, ref, undefined)).toBe(2024);
    expect(inferDayYear(2, 30, ref, undefined)).toBeNull();
  });

  it('takes the reference year for a period unless the words point away', () => {
    expect(inferPeriodYear(4, 6, ref, undefined)).toBe(2025);
    expect(inferPeriodYear(10, 12, ref, 'past')).toBe(2024);
    expect(inferPeriodYear(1, 3, ref, 'past')).toBe(2025);
    expect(inferPeriodYear(1, 1, toReference('2025-02-10'), 'future')).toBe(2026);
  });
});
