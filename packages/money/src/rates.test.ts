import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIso } from '@vnsti/calendar';
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
      expect(rate.sourceUrl).toMatch(/^https:\/\/\S+$/);
      expect(rate.locator.length).toBeGreaterThan(3);
      expect(parseIso(rate.start), rate.start).not.toBeNull();
      expect(parseIso(rate.end), rate.end).not.toBeNull();
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
    expect(findReferenceRate('USD', 'VND', '2025-08-21')?.basis).toBe('same-day');
    expect(findReferenceRate('USD', 'VND', '2025-11-24')).toMatchObject({ rateDate: '2025-11-21', fallback: true });
    expect(findReferenceRate('VND', 'USD', '2020')?.inverse).toBe(true);
    expect(findReferenceRate('USD', 'VND', '2024-06-01')).toBeNull();
    expect(findReferenceRate('USD', 'VND', '2024-12-31')?.rate.rate).toBe('24327');
    expect(() => findReferenceRate('USD', 'VND', '2024-13-01')).toThrow(/calendar day/);
  });

  it('cover every year from 2022 to 2025 with State Bank of Vietnam daily rates', () => {
    for (const year of ['2022', '2023', '2024', '2025']) {
      const days = REFERENCE_RATES.filter((r) => r.kind === 'daily-central-rate' && r.start.startsWith(year));
      expect(days.length, year).toBeGreaterThan(0);
      for (const day of days) expect(day.source).toMatch(/State Bank of Vietnam/);
    }
  });

  it('refuse a table row without a locator or with two rates for one day', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rates-'));
    try {
      const header = 'period_start,period_end,kind,base,quote,rate,source,source_url,locator\n';
      const row = '2025-01-02,2025-01-02,daily-central-rate,USD,VND,25000,Some source,https://example.org/a,';
      for (const [csv, message] of [
        [`${header}${row}\n`, /locator/],
        [`${header}${row}p1\n${row}p2\n`, /two daily-central-rate rows/],
        [
          `${header}2025-01-02,2025-01-03,daily-central-rate,USD,VND,1,Some source,https://example.org/a,p1\n`,
          /one day/,
        ],
      ] as const) {
        const file = join(dir, 'rates.csv');
        writeFileSync(file, csv);
        expect(() =>
          execFileSync(process.execPath, ['scripts/generate-rates.mjs', '--check', '--csv', file], {
            cwd: root,
            encoding: 'utf8',
            stdio: 'pipe',
          }),
        ).toThrow(message);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
