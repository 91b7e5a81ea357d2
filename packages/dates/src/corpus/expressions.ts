/**
 * The test corpus: date expressions as Vietnamese news writes them, each with the date of the
 * article (`reference`) and the value it means. Entries marked `seed` come from the articles in
 * /work/shared/seeds; the others are realistic phrasing written for these tests. Test data only:
 * not part of the published package.
 *
 * @internal
 * @packageDocumentation
 */
import type { PartOfDay, Precision } from '../types.js';

/** What an expression must read as. */
export interface Expected {
  start: string;
  end: string;
  precision: Precision;
  partOfDay?: PartOfDay;
  open?: 'start' | 'end';
  approximate?: true;
}

/** One corpus entry. */
export interface CorpusEntry {
  text: string;
  reference: string;
  expected: Expected;
  /** Where the expression comes from: a seed article id, or 'written'. */
  source: 'seed-000' | 'seed-001' | 'seed-002' | 'seed-003' | 'seed-004' | 'written';
}

type Extra = Pick<Expected, 'partOfDay' | 'open' | 'approximate'>;

function e(
  text: string,
  reference: string,
  start: string,
  end: string,
  precision: Precision,
  extra: Extra = {},
  source: CorpusEntry['source'] = 'written',
): CorpusEntry {
  return { text, reference, expected: { start, end, precision, ...extra }, source };
}

const day = (text: string, reference: string, iso: string, extra: Extra = {}, source?: CorpusEntry['source']) =>
  e(text, reference, iso, iso, 'day', extra, source);

const S0 = '2025-11-24';
const S1 = '2025-11-25';
const S3 = '2023-09-29';
const S4 = '2025-08-21';

/** Expressions from the five seed articles, each against its publication date. */
export const SEED_EXPRESSIONS: readonly CorpusEntry[] = [
  day('2025-11-24', S0, '2025-11-24', {}, 'seed-000'),
  day('Ngày 24/11/2025', S0, '2025-11-24', {}, 'seed-000'),
  day('2025-11-25', S1, '2025-11-25', {}, 'seed-001'),
  e('năm 2025', S1, '2025-01-01', '2025-12-31', 'year', {}, 'seed-001'),
  day('sáng 24/11', S0, '2025-11-24', { partOfDay: 'morning' }, 'seed-002'),
  e('trước năm 2030', S0, '2025-11-24', '2029-12-31', 'span', { open: 'start' }, 'seed-002'),
  day('Chiều 29/9', S3, '2023-09-29', { partOfDay: 'afternoon' }, 'seed-003'),
  e('Việt Nam năm 2023', S3, '2023-01-01', '2023-12-31', 'year', {}, 'seed-003'),
  e('đến 2025', S3, '2023-09-29', '2025-12-31', 'span', { open: 'start' }, 'seed-003'),
  e('giai đoạn 2025-2030', S3, '2025-01-01', '2030-12-31', 'span', {}, 'seed-003'),
  e('đến 2030', S3, '2023-09-29', '2030-12-31', 'span', { open: 'start' }, 'seed-003'),
  e('7 năm liên tiếp (2016-2022)', S3, '2016-01-01', '2022-12-31', 'span', {}, 'seed-003'),
  e('9 tháng đầu năm', S3, '2023-01-01', '2023-09-30', 'span', {}, 'seed-003'),
  e('Hết năm 2023', S3, '2023-01-01', '2023-12-31', 'year', {}, 'seed-003'),
  day('Ngày 21.8', S4, '2025-08-21', {}, 'seed-004'),
  e('cuối năm 2024', S4, '2024-10-01', '2024-12-31', 'span', { approximate: true }, 'seed-004'),
  e('đến năm 2045', S4, '2025-08-21', '2045-12-31', 'span', { open: 'start' }, 'seed-004'),
  e('luật năm 2025', S4, '2025-01-01', '2025-12-31', 'year', {}, 'seed-004'),
  day('từ 1.7', S4, '2025-07-01', {}, 'seed-004'),
  e('7 tháng năm 2025', S4, '2025-01-01', '2025-07-31', 'span', {}, 'seed-004'),
  e('quý 2', S4, '2025-04-01', '2025-06-30', 'quarter', {}, 'seed-004'),
  e('quý 3 ước đạt', S4, '2025-07-01', '2025-09-30', 'quarter', {}, 'seed-004'),
  day('ngày 3.7 vừa qua', S4, '2025-07-03', {}, 'seed-004'),
];

/** Realistic news phrasing written for these tests, across references and year boundaries. */
export const WRITTEN_EXPRESSIONS: readonly CorpusEntry[] = [
  // Year-boundary inference for yearless days
  day('Ngày 22.12 vừa qua', '2025-01-13', '2024-12-22'),
  day('Ngày 22.12', '2025-01-13', '2024-12-22'),
  day('ngày 5/1 tới', '2024-12-28', '2025-01-05'),
  day('ngày 28/12', '2025-01-02', '2024-12-28'),
  day('ngày 3/1', '2024-12-30', '2025-01-03'),
  day('tối 31/12', '2025-01-13', '2024-12-31', { partOfDay: 'evening' }),
  day('sáng 2/1 tới', '2024-12-20', '2025-01-02', { partOfDay: 'morning' }),
  day('ngày 20/12 vừa qua', '2025-01-05', '2024-12-20'),
  day('ngày 10/3 sắp tới', '2025-03-15', '2026-03-10'),
  day('ngày 29/2', '2025-03-10', '2024-02-29'),
  day('ngày 29/2 tới', '2025-03-10', '2028-02-29'),
  day('24/11 vừa qua', '2025-11-30', '2025-11-24'),
  day('ngày 15/8 tới đây', '2025-08-01', '2025-08-15'),
  // Days with a year, in every spelling
  day('ngày 24-11-2025', S0, '2025-11-24'),
  day('24.11.2025', S0, '2025-11-24'),
  day('ngày 01/07/2025', S4, '2025-07-01'),
  day('2/9/2025', S4, '2025-09-02'),
  day('ngày 22 tháng 10 năm 2014', '2025-01-01', '2014-10-22'),
  day('Ngày 1 tháng 7 năm 2025', S4, '2025-07-01'),
  day('22 tháng 12 năm 2024', '2025-01-13', '2024-12-22'),
  day('ngày 5 tháng 9', S4, '2025-09-05'),
  day('sáng ngày 24/11/2025', S0, '2025-11-24', { partOfDay: 'morning' }),
  day('2025-02-28', '2025-03-01', '2025-02-28'),
  day('ngày 29/2/2024', '2025-03-01', '2024-02-29'),
  day('Ngày 15/3/2024,', '2025-03-01', '2024-03-15'),
  // Part of day
  day('Trưa 12/3', '2025-03-15', '2025-03-12', { partOfDay: 'noon' }),
  day('đêm 30/4', '2025-05-02', '2025-04-30', { partOfDay: 'night' }),
  day('Tối 31/12/2024', '2025-01-02', '2024-12-31', { partOfDay: 'evening' }),
  day('Sáng 15/3, tại Hà Nội', '2025-03-15', '2025-03-15', { partOfDay: 'morning' }),
  day('Chiều 20-5', '2025-05-20', '2025-05-20', { partOfDay: 'afternoon' }),
  day('sáng 9.10', '2025-10-09', '2025-10-09', { partOfDay: 'morning' }),
  day('Sáng thứ Hai (24/11)', S1, '2025-11-24', { partOfDay: 'morning' }),
  day('chiều thứ 6 (21/11)', S0, '2025-11-21', { partOfDay: 'afternoon' }),
  day('Thứ Ba, ngày 25/11/2025', S1, '2025-11-25'),
  day('tối Chủ nhật, 23/11', S0, '2025-11-23', { partOfDay: 'evening' }),
  day('hôm 3/7', S4, '2025-07-03'),
  day('vào 15/8', S4, '2025-08-15'),
  day('(24/11)', S0, '2025-11-24'),
  // Relative days
  day('hôm nay', S0, '2025-11-24'),
  day('hôm qua', S0, '2025-11-23'),
  day('hôm qua', '2025-01-01', '2024-12-31'),
  day('ngày mai', '2024-12-31', '2025-01-01'),
  day('hôm kia', S0, '2025-11-22'),
  day('sáng nay', S0, '2025-11-24', { partOfDay: 'morning' }),
  day('chiều qua', S0, '2025-11-23', { partOfDay: 'afternoon' }),
  day('tối mai', S0, '2025-11-25', { partOfDay: 'evening' }),
  day('sáng hôm qua', S0, '2025-11-23', { partOfDay: 'morning' }),
  // Ranges of days
  e('ngày 5-7/11', '2025-11-01', '2025-11-05', '2025-11-07', 'span'),
  e('từ ngày 5 đến ngày 7/11/2025', '2025-11-01', '2025-11-05', '2025-11-07', 'span'),
  e('từ 1.7 đến 31.12', S4, '2025-07-01', '2025-12-31', 'span'),
  e('2/9/1945 - 2/9/2025', S4, '1945-09-02', '2025-09-02', 'span'),
  e('từ 20/12/2024 đến 5/1/2025', '2025-01-13', '2024-12-20', '2025-01-05', 'span'),
  e('từ ngày 28/12 đến ngày 3/1', '2024-12-20', '2024-12-28', '2025-01-03', 'span'),
  e('ngày 10-12/3/2025', '2025-03-01', '2025-03-10', '2025-03-12', 'span'),
  e('từ 1.7 đến nay', S4, '2025-07-01', '2025-08-21', 'span'),
  // Horizons
  e('đến ngày 31/12/2025', S0, '2025-11-24', '2025-12-31', 'span', { open: 'start' }),
  e('trước ngày 1/7', '2025-03-15', '2025-03-15', '2025-06-30', 'span', { open: 'start' }),
  e('đến hết năm 2025', S0, '2025-11-24', '2025-12-31', 'span', { open: 'start' }),
  e('tới năm 2030', S0, '2025-11-24', '2030-12-31', 'span', { open: 'start' }),
  e('cho tới năm 2035', S0, '2025-11-24', '2035-12-31', 'span', { open: 'start' }),
  e('cho đến năm 2050', S0, '2025-11-24', '2050-12-31', 'span', { open: 'start' }),
  e('trước 2030', S0, '2025-11-24', '2029-12-31', 'span', { open: 'start' }),
  e('đến tháng 6/2026', S0, '2025-11-24', '2026-06-30', 'span', { open: 'start' }),
  e('đến năm 2020', S0, '2020-12-31', '2020-12-31', 'span', { open: 'start' }),
  e('sau năm 2030', S0, '2031-01-01', '2031-01-01', 'span', { open: 'end' }),
  e('từ năm 2020 trở đi', S0, '2020-01-01', '2025-11-24', 'span', { open: 'end' }),
  e('kể từ năm 2026 trở đi', S0, '2026-01-01', '2026-01-01', 'span', { open: 'end' }),
  e('tầm nhìn đến năm 2050', S0, '2025-11-24', '2050-12-31', 'span', { open: 'start' }),
  // Months
  e('tháng 8/2024', S0, '2024-08-01', '2024-08-31', 'month'),
  e('tháng 9 năm 2024', S0, '2024-09-01', '2024-09-30', 'month'),
  e('tháng 10', S4, '2025-10-01', '2025-10-31', 'month'),
  e('Tháng 12/2023', S0, '2023-12-01', '2023-12-31', 'month'),
  e('tháng 08-2024', S0, '2024-08-01', '2024-08-31', 'month'),
  e('tháng 2/2024', S0, '2024-02-01', '2024-02-29', 'month'),
  e('tháng 3 năm nay', '2025-03-15', '2025-03-01', '2025-03-31', 'month'),
  e('tháng 7 năm ngoái', '2025-03-15', '2024-07-01', '2024-07-31', 'month'),
  e('tháng 12 vừa qua', '2025-01-13', '2024-12-01', '2024-12-31', 'month'),
  e('tháng 1 tới', '2024-12-28', '2025-01-01', '2025-01-31', 'month'),
  e('tháng 2 vừa qua', '2025-03-15', '2025-02-01', '2025-02-28', 'month'),
  e('từ 8/2024', S0, '2024-08-01', '2024-08-31', 'month'),
  e('từ tháng 1 đến tháng 6/2025', S0, '2025-01-01', '2025-06-30', 'span'),
  e('từ tháng 10/2024 đến tháng 3/2025', S0, '2024-10-01', '2025-03-31', 'span'),
  e('đầu tháng 7', S4, '2025-07-01', '2025-07-10', 'span', { approximate: true }),
  e('giữa tháng 9/2025', S4, '2025-09-11', '2025-09-20', 'span', { approximate: true }),
  e('cuối tháng 2/2024', S0, '2024-02-21', '2024-02-29', 'span', { approximate: true }),
  // Quarters
  e('Quý III/2021', S0, '2021-07-01', '2021-09-30', 'quarter'),
  e('quý I/2025', S0, '2025-01-01', '2025-03-31', 'quarter'),
  e('quý IV năm 2024', S0, '2024-10-01', '2024-12-31', 'quarter'),
  e('quý 1 năm 2025', S0, '2025-01-01', '2025-03-31', 'quarter'),
  e('quý 3/2025', S0, '2025-07-01', '2025-09-30', 'quarter'),
  e('quý II-2024', S0, '2024-04-01', '2024-06-30', 'quarter'),
  e('quý 4', S4, '2025-10-01', '2025-12-31', 'quarter'),
  e('quý 4 vừa qua', '2025-01-13', '2024-10-01', '2024-12-31', 'quarter'),
  e('quý IV năm ngoái', '2025-01-13', '2024-10-01', '2024-12-31', 'quarter'),
  e('quý ba năm nay', S4, '2025-07-01', '2025-09-30', 'quarter'),
  e('quý I năm sau', S0, '2026-01-01', '2026-03-31', 'quarter'),
  e('trong quý 4', S4, '2025-10-01', '2025-12-31', 'quarter'),
  e('3 tháng đầu năm 2025', S0, '2025-01-01', '2025-03-31', 'quarter'),
  e('ba tháng cuối năm 2015', S0, '2015-10-01', '2015-12-31', 'quarter'),
  // Halves
  e('6 tháng đầu năm', '2024-06-10', '2024-01-01', '2024-06-30', 'half'),
  e('6 tháng đầu năm nay', '2024-07-10', '2024-01-01', '2024-06-30', 'half'),
  e('nửa đầu năm 2023', S0, '2023-01-01', '2023-06-30', 'half'),
  e('6 tháng cuối năm', S4, '2025-07-01', '2025-12-31', 'half'),
  e('nửa cuối năm 2024', S0, '2024-07-01', '2024-12-31', 'half'),
  e('sáu tháng đầu năm 2025', S0, '2025-01-01', '2025-06-30', 'half'),
  e('6 tháng năm 2025', S4, '2025-01-01', '2025-06-30', 'half'),
  // Runs of months
  e('9 tháng đầu năm 2023', S0, '2023-01-01', '2023-09-30', 'span'),
  e('10 tháng', S0, '2025-01-01', '2025-10-31', 'span'),
  e('11 tháng năm 2025', '2025-12-05', '2025-01-01', '2025-11-30', 'span'),
  e('hai tháng đầu năm', '2025-03-15', '2025-01-01', '2025-02-28', 'span'),
  e('4 tháng đầu năm 2024', S0, '2024-01-01', '2024-04-30', 'span'),
  e('8 tháng năm 2024', S0, '2024-01-01', '2024-08-31', 'span'),
  e('5 tháng cuối năm 2025', S0, '2025-08-01', '2025-12-31', 'span'),
  e('chín tháng đầu năm nay', S3, '2023-01-01', '2023-09-30', 'span'),
  e('mười một tháng năm 2024', S0, '2024-01-01', '2024-11-30', 'span'),
  e('12 tháng năm 2024', S0, '2024-01-01', '2024-12-31', 'year'),
  e('Trong 10 tháng đầu năm, kim ngạch', S0, '2025-01-01', '2025-10-31', 'span'),
  // Parts of a year
  e('đầu năm 2025', S0, '2025-01-01', '2025-03-31', 'span', { approximate: true }),
  e('giữa năm 2026', S0, '2026-04-01', '2026-09-30', 'span', { approximate: true }),
  e('đầu năm', S4, '2025-01-01', '2025-03-31', 'span', { approximate: true }),
  e('cuối năm nay', '2025-01-13', '2025-10-01', '2025-12-31', 'span', { approximate: true }),
  e('cuối 2024', S0, '2024-10-01', '2024-12-31', 'span', { approximate: true }),
  e('từ đầu năm đến nay', S4, '2025-01-01', '2025-08-21', 'span'),
  // Years and spans of years
  e('năm 2025', S4, '2025-01-01', '2025-12-31', 'year'),
  e('Năm 1945', S4, '1945-01-01', '1945-12-31', 'year'),
  e('năm nay', '2025-01-13', '2025-01-01', '2025-12-31', 'year'),
  e('năm ngoái', '2025-01-13', '2024-01-01', '2024-12-31', 'year'),
  e('giai đoạn 2021-2025', S0, '2021-01-01', '2025-12-31', 'span'),
  e('giai đoạn 2025 - 2030', S0, '2025-01-01', '2030-12-31', 'span'),
  e('2024 – 2029', S0, '2024-01-01', '2029-12-31', 'span'),
  e('2025–2030', S0, '2025-01-01', '2030-12-31', 'span'),
  e('2016-2022', S3, '2016-01-01', '2022-12-31', 'span'),
  e('năm 2024-2025', S0, '2024-01-01', '2025-12-31', 'span'),
  e('thời kỳ 2021-2030', S0, '2021-01-01', '2030-12-31', 'span'),
  e('nhiệm kỳ 2020-2025', S0, '2020-01-01', '2025-12-31', 'span'),
  e('từ năm 2021 đến năm 2025', S0, '2021-01-01', '2025-12-31', 'span'),
  e('từ 2020 đến 2025', S0, '2020-01-01', '2025-12-31', 'span'),
  e('năm 2023 – 2024', S0, '2023-01-01', '2024-12-31', 'span'),
  e('giai đoạn 2021 - 2025, tầm nhìn', S0, '2021-01-01', '2025-12-31', 'span'),
  e('hết năm 2024', S0, '2024-01-01', '2024-12-31', 'year'),
  // A bare year after a preposition
  e('vào 2030', S0, '2030-01-01', '2030-12-31', 'year'),
  e('trong 2026', S0, '2026-01-01', '2026-12-31', 'year'),
  e('Trong 2024, tỉnh đã', S0, '2024-01-01', '2024-12-31', 'year'),
  e('đến 2030', S0, S0, '2030-12-31', 'span', { open: 'start' }),
  // Coordinated days: one span from the first day listed to the last
  e('ngày 20 và 21/5', '2025-05-10', '2025-05-20', '2025-05-21', 'span'),
  e('ngày 5, 6 và 7/11', S0, '2025-11-05', '2025-11-07', 'span'),
  e('các ngày 12, 13/9/2024', S0, '2024-09-12', '2024-09-13', 'span'),
  e('ngày 8 và 9 tháng 10 năm 2023', S0, '2023-10-08', '2023-10-09', 'span'),
  e('sáng ngày 3 và 5/12', S0, '2025-12-03', '2025-12-05', 'span'),
];

/** The whole corpus. */
export const CORPUS: readonly CorpusEntry[] = [...SEED_EXPRESSIONS, ...WRITTEN_EXPRESSIONS];
