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
});
