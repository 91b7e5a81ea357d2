import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkingTables } from './csv.js';
import { evaluateDrafts, formatScores } from './evaluate.js';
import { type Draft, draftRecords, extract } from './extract.js';

/**
 * Measures `extract` on the registered seed articles against the curated records in
 * datasets/*\/data/*.csv. The figures are computed here, printed, and held to a floor.
 */
const repoRoot = resolve(import.meta.dirname, '../../../..');
const data = readWorkingTables(repoRoot);
// Only the articles: legal documents and pages are kept without text (cited by locator).
const articles = (data.sources?.rows ?? []).filter((r) => r['text_file']);
const sources = new Map(articles.map((r) => [r['id'] ?? '', r['published'] ?? '']));

describe.skipIf(sources.size === 0 || !data.positions)('extract on the seed articles', () => {
  const drafts: Draft[] = [...sources.keys()].flatMap(
    (sourceId) => extract({ repoRoot, sourceId, write: false }).drafts,
  );
  const texts = new Map(
    articles.map((r) => [
      r['id'] ?? '',
      readFileSync(join(repoRoot, 'datasets/sources', r['text_file'] ?? ''), 'utf8'),
    ]),
  );
  const scores = evaluateDrafts(drafts, data, sources, texts);
  // Cold start: no officials, organizations or places known, names found by family name alone.
  const cold = evaluateDrafts(
    [...sources].flatMap(([id, published]) => draftRecords(id, texts.get(id) ?? '', published, {})),
    data,
    sources,
    texts,
  );

  it('prints precision and recall per kind', () => {
    console.log(
      `extract on ${sources.size} sources (${drafts.length} drafts), names known from the datasets:\n${formatScores(scores)}`,
    );
    console.log(`cold start (no dataset names):\n${formatScores(cold)}`);
    for (const s of Object.values(scores)) {
      expect(s.correct).toBeLessThanOrEqual(s.drafted);
      expect(s.found).toBeLessThanOrEqual(s.curated);
    }
  });

  it('reaches its floor on people with titles', () => {
    expect(scores.position.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.position.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores['position-title'].recall).toBeGreaterThanOrEqual(0.8);
    expect(cold.position.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches its floor on amounts, metrics and event dates', () => {
    expect(scores.amount.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.amount.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.metric.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.metric.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.event.recall).toBeGreaterThanOrEqual(0.7);
    expect(scores.event.precision).toBeGreaterThanOrEqual(0.7);
  });
});
