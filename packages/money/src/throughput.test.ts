import { describe, expect, it } from 'vitest';
import { digitRunScan, measureExtractMoney, seedText } from '../bench/extract-throughput.js';
import { extractMoney } from './index.js';

describe('bench/extract-throughput', () => {
  it('builds the seed text to the size asked', () => {
    const text = seedText(300_000);
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(bytes).toBeGreaterThan(250_000);
    expect(bytes).toBeLessThan(350_000);
    expect(digitRunScan('24/11, 16.000 tỷ')).toBe(4);
    // Each copy of the five articles holds the same nine amounts (001: 1, 002: 1, 003: 5, 004: 2).
    const copies = text.split(' date 2025-11-25 ').length - 1;
    expect(copies).toBeGreaterThan(5);
    expect(extractMoney(text).length).toBe(9 * copies);
  });

  it('measures extractMoney against the digit-run scan in the same run', () => {
    const { mbPerSecond, ratioToDigitScan } = measureExtractMoney(seedText(100_000), 100);
    console.log(`extractMoney: ${mbPerSecond.toFixed(1)} MB/s, ${ratioToDigitScan.toFixed(2)}× the digit-run scan`);
    expect(mbPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(ratioToDigitScan)).toBe(true);
    expect(ratioToDigitScan).toBeGreaterThan(0.5); // it does at least the baseline's work
    expect(ratioToDigitScan).toBeLessThan(10); // the target of issue #4
  });
});
