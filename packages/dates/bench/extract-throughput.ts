/**
 * Throughput of `extractDates`, with both baselines measured in the same run (tinybench): a plain
 * digit-run regex scan (the floor: any date extractor must at least look at every digit) and
 * chrono-node's Vietnamese parser (`chrono.vi.parse`, the peer). Imported by the repo-wide bench
 * runner; `npm run bench` in this package runs the vitest bench in `src/extract.bench.ts`.
 */
import * as chrono from 'chrono-node';
import { Bench } from 'tinybench';
import { extractDates } from '../src/index.js';

/** What {@link measureExtractDates} reports: one absolute rate, two ratios. */
export interface ExtractThroughput {
  /** MB (10^6 UTF-16 code units) of text `extractDates` reads per second. */
  mbPerSecond: number;
  /** extractDates time / digit-scan time per MB: how many times slower than the floor (lower is better). */
  ratioToDigitScan: number;
  /** chrono.vi.parse time / extractDates time per MB: how many times faster than chrono (higher is better). */
  ratioToChrono: number;
}

const DIGITS = /\d+/g;

function digitScan(text: string): number {
  let n = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.exec(text) !== null) n++;
  return n;
}

function medianMs(bench: Bench, name: string): number {
  const r = bench.getTask(name)?.result;
  if (r === undefined || !('latency' in r)) throw new Error(`bench task ${name} did not complete`);
  return r.latency.p50;
}

/**
 * Measures `extractDates` on `text` against a digit-run regex scan of the same text and against
 * `chrono.vi.parse` (on a slice of at most 60 000 characters, as chrono is much slower; its time is
 * scaled per MB), all in one tinybench run. Times are medians of the samples (robust to garbage
 * collection and to other processes on the machine).
 *
 * @param text - The text to read, e.g. news articles concatenated (a megabyte or more).
 * @param reference - The reference date, `YYYY-MM-DD`.
 * @returns MB/s for extractDates and the two ratios, per MB of text.
 * @example
 * ```ts
 * const { mbPerSecond, ratioToDigitScan, ratioToChrono } = measureExtractDates(corpus, '2025-11-24');
 * ```
 */
export function measureExtractDates(
  text: string,
  reference: string,
  options: { time?: number } = {},
): ExtractThroughput {
  const slice = text.slice(0, Math.min(text.length, 60_000));
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  // Noon local time, so that chrono's reference day is the same day in every time zone.
  const refDate = new Date(y, m - 1, d, 12);
  const time = options.time ?? 500;
  // The JIT needs about ten passes over a megabyte to settle: warm up well, report medians.
  const bench = new Bench({ time, iterations: 5, warmupIterations: 12, warmupTime: 300 });
  bench
    .add('extractDates', () => {
      extractDates(text, { reference });
    })
    .add('digit scan', () => {
      digitScan(text);
    })
    .add('chrono.vi.parse', () => {
      chrono.vi.parse(slice, refDate);
    });
  bench.runSync();
  const mb = text.length / 1e6;
  const ours = medianMs(bench, 'extractDates') / mb;
  const digits = medianMs(bench, 'digit scan') / mb;
  const peer = medianMs(bench, 'chrono.vi.parse') / (slice.length / 1e6);
  return { mbPerSecond: 1000 / ours, ratioToDigitScan: ours / digits, ratioToChrono: peer / ours };
}
