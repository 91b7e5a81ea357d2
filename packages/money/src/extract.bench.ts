import { bench, describe } from 'vitest';
import { digitRunScan, seedText } from '../bench/extract-throughput.js';
import { extractMoney } from './index.js';

// The five seed articles repeated to ~1.5 MB. Read the ratio between the two lines: vitest prints
// how many times faster the baseline is ("digit-run regex scan" … x faster than extractMoney).
const text = seedText(1_500_000);

describe(`extractMoney over ${(Buffer.byteLength(text, 'utf8') / 1e6).toFixed(2)} MB of seed articles`, () => {
  bench('digit-run regex scan', () => {
    digitRunScan(text);
  });
  bench('extractMoney', () => {
    extractMoney(text);
  });
  bench('extractMoney (defaultCurrency VND)', () => {
    extractMoney(text, { defaultCurrency: 'VND' });
  });
});
