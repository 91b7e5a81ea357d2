import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkingTables } from './csv.js';
import { evaluateDrafts, formatScores } from './evaluate.js';
import { type Draft, extract } from './extract.js';

/**
 * Measures `extract` on the registered seed articles against the curated records in
 * datasets/*\/data/*.csv. The figures are computed here, printed, and held to a floor.
 */
const repoRoot = resolve(import.meta.dirname, '../../../..');
const data = readWorkingTables(repoRoot);
const sources = new Map((data.sources?.rows ?? []).map((r) => [r['id'] ?? '', r['published'] ?? '']));

describe.skipIf(sources.size === 0 || !data.positions)('extract on the seed articles', () => {
  const drafts: Draft[] = [...sources.keys()].flatMap((sourceId) => extract({ repoRoot, sourceId, write: false }).drafts);
  const scores = evaluateDrafts(drafts, data, sources);

  it('prints precision and recall per kind', () => {
    console.log(`extract on ${sources.size} sources (${drafts.length} drafts):\n${formatScores(scores)}`);
    for (const s of Object.values(scores)) {
      expect(s.correct).toBeLessThanOrEqual(s.drafted);
      expect(s.found).toBeLessThanOrEqual(s.curated);
    }
  });

  it('reaches its floor on people with titles', () => {
    expect(scores.position.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.position.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores['position-title'].recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches its floor on amounts, metrics and event dates', () => {
    expect(scores.amount.recall).toBeGreaterThanOrEqual(0.7);
    expect(scores.amount.precision).toBeGreaterThanOrEqual(0.5);
    expect(scores.metric.recall).toBeGreaterThanOrEqual(0.6);
    expect(scores.metric.precision).toBeGreaterThanOrEqual(0.5);
    expect(scores.event.recall).toBeGreaterThanOrEqual(0.5);
  });
});
