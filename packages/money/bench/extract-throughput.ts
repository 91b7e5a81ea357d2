/**
 * Throughput of `extractMoney`, as a ratio against one digit-run regex scan (`/\d+/g`) over the
 * same text in the same run — the least any scanner anchored on digits must do. A repo-wide bench
 * runner can import {@link measureExtractMoney}; `npm run bench` in this package runs the vitest
 * version (src/extract.bench.ts).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { extractMoney } from '../src/index.js';

/** The five seed articles, concatenated and repeated to about `bytes` bytes of UTF-8 (default 1.5 MB). */
export function seedText(bytes = 1_500_000): string {
  const dir = new URL('../test/fixtures/seeds/', import.meta.url);
  const once = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
    .join('\n\n');
  const times = Math.max(1, Math.round(bytes / Buffer.byteLength(once, 'utf8')));
  return Array.from({ length: times }, () => once).join('\n\n');
}

/** One pass of the baseline: every run of digits, as a plain regex scan finds them. */
export function digitRunScan(text: string): number {
  let count = 0;
  const digits = /\d+/g;
  while (digits.exec(text) !== null) count++;
  return count;
}

/**
 * Measures `extractMoney` on `text` with tinybench, next to the digit-run regex scan baseline in
 * the same run.
 *
 * @param text - the text to scan (e.g. {@link seedText}())
 * @param time - milliseconds per task (default 500)
 * @returns `mbPerSecond`: MB (10^6 bytes of UTF-8) of text read per second by extractMoney;
 *   `ratioToDigitScan`: how many times longer extractMoney takes than the baseline (lower is better)
 */
export function measureExtractMoney(text: string, time = 500): { mbPerSecond: number; ratioToDigitScan: number } {
  const bench = new Bench({ time, warmupTime: Math.min(200, time) });
  let sink = 0;
  bench.add('digit-run regex scan', () => {
    sink += digitRunScan(text);
  });
  bench.add('extractMoney', () => {
    sink += extractMoney(text).length;
  });
  bench.runSync();
  const mean = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (result === undefined || !('latency' in result)) throw new Error(`bench task ${name} did not complete`);
    return result.latency.mean;
  };
  if (sink < 0) throw new Error('unreachable: keeps the work observable');
  const extractMs = mean('extractMoney');
  const baselineMs = mean('digit-run regex scan');
  return {
    mbPerSecond: Buffer.byteLength(text, 'utf8') / 1e6 / (extractMs / 1000),
    ratioToDigitScan: extractMs / baselineMs,
  };
}
