/**
 * Timing helpers for benchmarks that report ratios: a subject and its baseline are timed in the
 * same process, interleaved run by run, and compared by their medians.
 */

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one call of `fn` takes, repeating it until at least `minMs` have passed. */
export function timeOnce(fn: () => unknown, minMs = 20): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/** Result of {@link compare}: median milliseconds per call of each, and subject ÷ baseline. */
export interface Comparison {
  subjectMs: number;
  baselineMs: number;
  /** How many times slower the subject is than the baseline (subjectMs / baselineMs). */
  ratio: number;
}

/**
 * Times `subject` against `baseline` in the same run: `runs` interleaved rounds (after one warm-up
 * round each), medians compared.
 */
export function compare(subject: () => unknown, baseline: () => unknown, runs = 7, minMs = 20): Comparison {
  timeOnce(baseline, minMs);
  timeOnce(subject, minMs);
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(timeOnce(baseline, minMs));
    s.push(timeOnce(subject, minMs));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
}

/** Megabytes per second for `bytes` processed in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** A ratio as `3.2×`, with two significant digits below 10. */
export function formatRatio(ratio: number): string {
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}×`;
}
