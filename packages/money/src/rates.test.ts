import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferenceRate, REFERENCE_RATES } from './index.js';

const root = new URL('..', import.meta.url);

describe('reference rates', () => {
  it('are generated from data/fx-usd-vnd.csv and up to date', () => {
    const out = execFileSync(process.execPath, ['scripts/generate-rates.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
    const csvRows = readFileSync(new URL('data/fx-usd-vnd.csv', root), 'utf8').trim().split('\n').length - 1;
    expect(REFERENCE_RATES.length).toBe(csvRows);
  });

  it('each name a source with an https address, have valid periods and exact decimal rates', () => {
    for (const rate of REFERENCE_RATES) {
      expect(rate.source.length).toBeGreaterThan(10);
      expect(rate.sourceUrl).toMatch(/^https:\/\//);
      expect(rate.start <= rate.end).toBe(true);
      expect(rate.rate).toMatch(/^\d+(\.\d*[1-9])?$/);
      if (rate.kind === 'daily-central-rate') expect(rate.start).toBe(rate.end);
    }
  });

  it('have no two rates of one kind for the same pair and day', () => {
    const keys = REFERENCE_RATES.map((r) => `${r.kind}|${r.base}|${r.quote}|${r.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads the findReferenceRate TSDoc examples', () => {
    expect(findReferenceRate('USD', 'VND', '2020-06-01')?.rate.rate).toBe('23208.37');
    expect(findReferenceRate('USD', 'VND', '2023-05-23')?.rate.kind).toBe('daily-central-rate');
    expect(findReferenceRate('VND', 'USD', '2020-06-01')?.inverse).toBe(true);
    expect(findReferenceRate('USD', 'VND', '2024-01-01')).toBeNull();
    expect(findReferenceRate('USD', 'VND', '2024-12-31')?.rate.rate).toBe('24327');
  });
});
