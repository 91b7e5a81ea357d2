import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDates } from '@vnsti/dates';
import { extractMoney } from '@vnsti/money';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { readWorkingTables } from './csv.js';
import { draftRecords } from './extract.js';

/**
 * `vnsti extract` drafts a 10 kB article in under 50 ms once warm. Measured on the evaluation
 * corpus's articles joined to 10 kB, with the repository's datasets as known names; reported with
 * the ratio to a baseline measured in the same run (reading the same text's dates and money alone).
 */
const repoRoot = resolve(import.meta.dirname, '../../../..');
const data = readWorkingTables(repoRoot);
const articles = [
  ...readCorpus(resolve(import.meta.dirname, '../../eval/articles/test')),
  ...readCorpus(resolve(import.meta.dirname, '../../eval/articles/tune')),
];
let text = '';
for (const a of articles) {
  if (text.length >= 10_000) break;
  text += `${a.text}\n\n`;
}
text = text.slice(0, 10_000);

/**
 * Extract may take at most this many times the time of reading the same text's dates and money: measured
 * 6–107× under vitest on a machine shared by other test runs, so the bound catches a change of complexity,
 * not noise; `node eval/speed.mjs` (after `npm run build`) gives the absolute figure outside vitest.
 */
const RATIO_LIMIT = 400;

const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

describe('extract speed', () => {
  it('drafts a 10 kB article within a bounded multiple of reading its dates and money', () => {
    expect(text.length).toBe(10_000);
    let drafts = 0;
    let found = 0;
    const extractRun = () => {
      drafts = draftRecords('s', text, '2025-01-01', data).length;
    };
    // Baseline, same run: the date and money readers extract builds on, over the same text.
    const baselineRun = () => {
      found = extractDates(text, { reference: '2025-01-01' }).length;
      found += extractMoney(text, { defaultCurrency: 'VND' }).length;
    };
    for (let i = 0; i < 5; i++) {
      extractRun();
      baselineRun();
    }
    const timed = (run: () => void) => {
      const t0 = performance.now();
      run();
      return performance.now() - t0;
    };
    // Back to back, so that a change of the machine's load between runs moves both alike.
    const runs = Array.from({ length: 15 }, () => {
      const base = timed(baselineRun);
      const ext = timed(extractRun);
      return { base, ext, ratio: ext / base };
    });
    const extractMs = medianOf(runs.map((r) => r.ext));
    const ratio = medianOf(runs.map((r) => r.ratio));
    console.log(
      `extract 10 kB: ${extractMs.toFixed(1)} ms median (${drafts} drafts); dates+money alone: ${medianOf(runs.map((r) => r.base)).toFixed(1)} ms; median ratio ${ratio.toFixed(1)}×`,
    );
    expect(drafts).toBeGreaterThan(50);
    expect(found).toBeGreaterThan(50);
    expect(ratio).toBeLessThan(RATIO_LIMIT);
  });
});
