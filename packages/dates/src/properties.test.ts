import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIso } from '@vnsti/calendar';
import { extractDates } from './extract.js';
import { parseDate } from './parse.js';
import { bundleProbe, type Probe, SRC } from './testing/probe.js';
import type { DateValue } from './types.js';

const TOKENS = [
  'ngày',
  'Ngày',
  'tháng',
  'năm',
  'quý',
  'III',
  'IV',
  'sáng',
  'Chiều',
  'tối',
  'ưu',
  'đêm',
  'hôm',
  'nay',
  'qua',
  'vừa',
  'tới',
  'sắp',
  'từ',
  'đến',
  'trước',
  'sau',
  'giai',
  'đoạn',
  'cuối',
  'đầu',
  'giữa',
  'nửa',
  'hết',
  'thứ',
  'Hai',
  'ba',
  '9',
  '24',
  '11',
  '2025',
  '2030',
  '29',
  '2',
  '30',
  '31',
  '12',
  '0',
  '1945',
  '16.000',
  '13,92',
  '%',
  'tỷ',
  '/',
  '.',
  '-',
  '–',
  '(',
  ')',
  ',',
  ' ',
  ' ',
  ' ',
  '\n',
  'NQ/TW',
  'trở',
  'đi',
  'mai',
  'kia',
];

function checkValue(v: DateValue): void {
  expect(parseIso(v.start), v.start).not.toBeNull();
  expect(parseIso(v.end), v.end).not.toBeNull();
  expect(v.start <= v.end, `${v.start} <= ${v.end}`).toBe(true);
}

function checkAll(text: string): void {
  const found = extractDates(text, { reference: '2025-08-21' });
  const nfc = text.normalize('NFC');
  let last = -1;
  for (const m of found) {
    checkValue(m.value);
    expect(nfc.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(m.index).toBeGreaterThan(last);
    last = m.index;
  }
  const v = parseDate(text, { reference: '2025-01-13' });
  if (v !== null) checkValue(v);
}

describe('properties', () => {
  it('never throws on arbitrary strings, and every value is a real, ordered range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => checkAll(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkAll(s)),
      { numRuns: 500 },
    );
  });

  it('never throws on date-like token soup, and every value is a real, ordered range', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((a) => a.join(' '));
    const glued = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(soup, (s) => checkAll(s)),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(glued, (s) => checkAll(s)),
      { numRuns: 1000 },
    );
  });

  it('reads any real day written D/M/YYYY back as itself, and rejects days past the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const v = parseDate(`ngày ${d}/${m}/${y}`, { reference: '2025-01-01' });
          const valid = d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
          if (valid) expect(v?.start).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
          else expect(v).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Timing runs in a fresh \`node\` process (the package bundled by esbuild): a test worker's heap,
// full of fast-check's garbage and shared with other test files, makes the collector — not the
// scanner — dominate the clock. Times are CPU milliseconds (user + system), best of 15, measured
// alternately for both sizes, so that load from other processes hits both alike.
const TIMING = `
import { extractDates, parseDate } from ${JSON.stringify(join(SRC, 'index.ts'))};
const [small, large] = JSON.parse(process.argv[2]).map((u, i) => {
  const size = i === 0 ? 100000 : 400000;
  return JSON.parse(JSON.stringify(u.repeat(Math.ceil(size / u.length)).slice(0, size)));
});
function once(text) {
  const t0 = process.cpuUsage();
  extractDates(text, { reference: '2025-08-21' });
  parseDate(text, { reference: '2025-08-21' });
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
let a = Infinity, b = Infinity;
for (let i = 0; i < 20; i++) { const x = once(small), y = once(large); if (i >= 5) { a = Math.min(a, x); b = Math.min(b, y); } }
process.stdout.write(JSON.stringify([a, b]));
`;

let timing: Probe | undefined;
beforeAll(async () => {
  timing = await bundleProbe(TIMING);
}, 60_000);
afterAll(() => timing?.dispose());

const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['"1 tháng " repeated', '1 tháng '],
  ['"1/1/1/1…"', '1/'],
  ['digits and dots', '1.2.3.45.6789.'],
  ['"sáng sáng "', 'sáng sáng '],
  ['"ngày 1 tháng 1 năm "', 'ngày 1 tháng 1 năm '],
  ['"từ 1.7 đến "', 'từ 1.7 đến '],
  ['"quý quý III/"', 'quý quý III/'],
  ['"năm năm 2025 – "', 'năm năm 2025 – '],
  ['spaces and dashes', '2024 -  - 2025   – '],
  ['lists of days without a month', 'ngày 1, 2, 3, 4, 5 và 6 '],
  // Start words with and without the year after them: the scan reads ahead from each.
  ['"trong vào …" with and without a year', 'trong vào dịp trong vào khi trong vào 2030 trong vào lúc trong vào '],
  // Dense with results (27 000 at 400 kB, 107 000 at 1.6 MB): the matches stay alive, so the collector
  // moves them; the scan hands each hit over as it finds it and the values share their day strings,
  // which keeps that work in proportion to the results.
  ['"trong vào 2030 " (a result every 15 characters)', 'trong vào 2030 '],
];

// 4× the input takes about 4× the time when the scan is linear and 16× when it is quadratic: the
// bound of 8× sits between the two, far enough from both that load on a shared CI machine does not
// flip it. A run that still trips on noise is retried; a quadratic scan fails every attempt.
describe('linear time on adversarial input', { retry: 2 }, () => {
  it.each(ADVERSARIAL)(
    '%s: 100 kB < 50 ms, 400 kB < 8 × 100 kB',
    (_name, unit) => {
      const [t100, t400] = JSON.parse(timing!.run([JSON.stringify([unit, unit])])) as [number, number];
      expect(t100).toBeLessThan(50);
      // A few milliseconds are the clock's and the garbage collector's: compare against at least 2 ms.
      expect(t400).toBeLessThan(8 * Math.max(t100, 2));
    },
    60_000,
  );
});
