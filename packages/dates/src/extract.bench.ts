import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { bench, describe } from 'vitest';
import { extractDates } from './extract.js';

// The seed articles concatenated and repeated to about 1.5 MB. chrono.vi is far slower: it reads a
// 60 kB slice, and vitest's per-operation times are compared per MB (time / size), never raw.
const dir = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(dir + f, 'utf8'))
  .join('\n\n');
const big = seeds.repeat(Math.ceil(1_500_000 / seeds.length));
const slice = big.slice(0, 60_000);
const reference = '2025-11-24';
const refDate = new Date(2025, 10, 24, 12);
const DIGITS = /\d+/g;

describe(`extract dates — full text ${(big.length / 1e6).toFixed(2)} MB`, () => {
  bench('extractDates (1.5 MB)', () => {
    extractDates(big, { reference });
  });
  bench('digit-run regex baseline (1.5 MB)', () => {
    DIGITS.lastIndex = 0;
    while (DIGITS.exec(big) !== null);
  });
});

describe(`extract dates — ${slice.length / 1000} kB slice (multiply chrono by ${(big.length / slice.length).toFixed(1)} for per-MB)`, () => {
  bench('extractDates (60 kB)', () => {
    extractDates(slice, { reference });
  });
  bench('chrono.vi.parse (60 kB)', () => {
    chrono.vi.parse(slice, refDate);
  });
});
