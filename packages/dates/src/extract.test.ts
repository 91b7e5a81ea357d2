import { describe, expect, it } from 'vitest';
import { extractDates } from './extract.js';

const text = 'Ngày 21.8, tại Hải Phòng … từ 1.7, quý 2 tăng 11,2%';

describe('extractDates', () => {
  it('mirrors its documented example', () => {
    expect(extractDates(text, { reference: '2025-08-21' })).toEqual([
      {
        text: 'Ngày 21.8',
        index: 0,
        value: { start: '2025-08-21', end: '2025-08-21', precision: 'day', text: 'Ngày 21.8' },
      },
      {
        text: 'từ 1.7',
        index: 27,
        value: { start: '2025-07-01', end: '2025-07-01', precision: 'day', text: 'từ 1.7' },
      },
      {
        text: 'quý 2',
        index: 35,
        value: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', text: 'quý 2' },
      },
    ]);
  });

  it('keeps the part of day before a date, also across a weekday', () => {
    const found = extractDates('Sáng thứ Hai (24/11), hội nghị khai mạc; chiều 25/11 bế mạc.', {
      reference: '2025-11-25',
    });
    expect(found.map((m) => [m.text, m.value.start, m.value.partOfDay])).toEqual([
      ['Sáng thứ Hai (24/11)', '2025-11-24', 'morning'],
      ['chiều 25/11', '2025-11-25', 'afternoon'],
    ]);
  });

  it('reads a dotted day only in a date context', () => {
    const found = extractDates('GRDP tăng 21.8 điểm; ngày 21.8 họp; 3.7 lần; từ 3.7.', { reference: '2025-08-21' });
    expect(found.map((m) => m.text)).toEqual(['ngày 21.8', 'từ 3.7']);
  });

  it('reads a bare four-digit number as a year only in a year context', () => {
    const found = extractDates('Vietnam 2023, đạt 2025 điểm, đến 2030 đạt 15.000 USD, năm 2024.', {
      reference: '2023-09-29',
    });
    expect(found.map((m) => m.text)).toEqual(['đến 2030', 'năm 2024']);
  });

  it('finds dates glued to sentence ends and drops impossible ones', () => {
    const found = extractDates('họp sáng 24/11.Tại hội nghị ngày 30/2 và ngày 1/3/2025.', { reference: '2025-11-24' });
    expect(found.map((m) => m.text)).toEqual(['sáng 24/11', 'ngày 1/3/2025']);
  });

  it('returns an empty array for empty or non-string text', () => {
    expect(extractDates('', { reference: '2025-01-01' })).toEqual([]);
    expect(extractDates(null as unknown as string, { reference: '2025-01-01' })).toEqual([]);
  });

  it('reports indices in the NFC text', () => {
    const nfd = 'Hội nghị ngày 24/11'.normalize('NFD');
    const [m] = extractDates(nfd, { reference: '2025-11-24' });
    expect(m?.text).toBe('ngày 24/11');
    expect(m?.index).toBe('Hội nghị '.length);
  });

  it('reads coordinated days as one span, and a bare year after vào or trong', () => {
    const brief = (t: string, reference = '2025-04-02') =>
      extractDates(t, { reference }).map((m) => [m.text, m.value.start, m.value.end, m.value.precision]);
    expect(brief('Diễn đàn họp ngày 20 và 21/5 tại Đà Nẵng.')).toEqual([
      ['ngày 20 và 21/5', '2025-05-20', '2025-05-21', 'span'],
    ]);
    expect(brief('Hội chợ mở các ngày 5, 6 và 7/11/2024 ở Cần Thơ.')).toEqual([
      ['ngày 5, 6 và 7/11/2024', '2024-11-05', '2024-11-07', 'span'],
    ]);
    expect(brief('Nhà máy sẽ vận hành vào 2030, còn trong 2026 xong phần móng.')).toEqual([
      ['2030', '2030-01-01', '2030-12-31', 'year'],
      ['2026', '2026-01-01', '2026-12-31', 'year'],
    ]);
  });

  it('keeps a year before a word that only begins like a unit, and drops a count', () => {
    const years = (t: string) => extractDates(t, { reference: '2025-04-02' }).map((m) => m.text);
    expect(years('Năm 2026 dự kiến đạt mức tăng 8%.')).toEqual(['Năm 2026']);
    expect(years('năm 2027 dự toán chi giảm nhẹ')).toEqual(['năm 2027']);
    expect(years('Thành phố có 2024 dự án đang triển khai.')).toEqual([]);
    expect(years('vào 2025 người tham gia')).toEqual([]);
  });
});
