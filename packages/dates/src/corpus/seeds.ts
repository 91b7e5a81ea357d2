/**
 * The seed articles (copied to test/fixtures) with their publication dates, and the exact date
 * expressions `extractDates` must find in each. Test data only.
 *
 * @internal
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One seed article. */
export interface Seed {
  id: string;
  file: string;
  reference: string;
  /** Expected matches in order: text, start, end, and flags. */
  expected: ReadonlyArray<readonly [text: string, start: string, end: string, extra?: string]>;
}

export const SEEDS: readonly Seed[] = [
  {
    id: '000',
    file: '000_3ef6c133e912dfd7.txt',
    reference: '2025-11-24',
    expected: [
      ['2025-11-24', '2025-11-24', '2025-11-24'],
      ['Ngày 24/11/2025', '2025-11-24', '2025-11-24'],
    ],
  },
  {
    id: '001',
    file: '001_1f59e80a1a9a159a.txt',
    reference: '2025-11-25',
    expected: [
      ['2025-11-25', '2025-11-25', '2025-11-25'],
      ['năm 2025', '2025-01-01', '2025-12-31'],
    ],
  },
  {
    id: '002',
    file: '002_7df002e5da8b2698.txt',
    reference: '2025-11-24',
    expected: [
      ['sáng 24/11', '2025-11-24', '2025-11-24', 'morning'],
      ['trước năm 2030', '2025-11-24', '2029-12-31', 'open:start'],
    ],
  },
  {
    id: '003',
    file: '003_ab01890dbd214218.txt',
    reference: '2023-09-29',
    expected: [
      ['Chiều 29/9', '2023-09-29', '2023-09-29', 'afternoon'],
      ['năm 2023', '2023-01-01', '2023-12-31'],
      ['đến 2025', '2023-09-29', '2025-12-31', 'open:start'],
      ['giai đoạn 2025-2030', '2025-01-01', '2030-12-31'],
      ['đến 2030', '2023-09-29', '2030-12-31', 'open:start'],
      ['đến 2025', '2023-09-29', '2025-12-31', 'open:start'],
      ['giai đoạn 2025-2030', '2025-01-01', '2030-12-31'],
      ['đến 2030', '2023-09-29', '2030-12-31', 'open:start'],
      ['2016-2022', '2016-01-01', '2022-12-31'],
      ['9 tháng đầu năm', '2023-01-01', '2023-09-30'],
      ['Hết năm 2023', '2023-01-01', '2023-12-31'],
      ['đến 2025', '2023-09-29', '2025-12-31', 'open:start'],
      ['giai đoạn 2025-2030', '2025-01-01', '2030-12-31'],
      ['đến 2030', '2023-09-29', '2030-12-31', 'open:start'],
    ],
  },
  {
    id: '004',
    file: '004_bede4d90fee0264e.txt',
    reference: '2025-08-21',
    expected: [
      ['Ngày 21.8', '2025-08-21', '2025-08-21'],
      ['cuối năm 2024', '2024-10-01', '2024-12-31', 'approximate'],
      ['đến năm 2045', '2025-08-21', '2045-12-31', 'open:start'],
      ['năm 2025', '2025-01-01', '2025-12-31'],
      ['từ 1.7', '2025-07-01', '2025-07-01'],
      ['7 tháng năm 2025', '2025-01-01', '2025-07-31'],
      ['quý 2', '2025-04-01', '2025-06-30'],
      ['quý 3', '2025-07-01', '2025-09-30'],
      ['ngày 3.7 vừa qua', '2025-07-03', '2025-07-03'],
    ],
  },
];

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** The text of a seed article. */
export function seedText(seed: Seed): string {
  return readFileSync(FIXTURES + seed.file, 'utf8');
}
