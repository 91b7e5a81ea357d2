import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heavyInputs, testHelperBudgets } from '../../../bundle-budget.shared.js';
import { assertBuilt, HELPER_BUDGETS, measureBundle, measureHelper } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;

// Measured from dist/ as an app installs it, and from source: the budgets are in bundle.shared.ts.
describe('bundle budget', () => {
  testHelperBudgets('@vnsti/money', packageDir);

  it('parseMoney alone pulls in no rate table (conversion data only when converting)', async () => {
    const budget = HELPER_BUDGETS.find((b) => b.name === 'parseMoney')!;
    const { dist } = await measureHelper(packageDir, budget);
    expect(dist.bundled.some((path) => path.includes('packages/money/dist/'))).toBe(true);
    expect(dist.bundled.some((path) => path.includes('rates.generated'))).toBe(false);
  });

  // 12 kB until the lexicon, parseQuantity and the cited 2022–2025 rate rows joined (13 590 bytes then);
  // 14 kB until six more cited rate rows (2023-09-15, 2023-09-25, 2024-03-11, three of September 2025)
  // joined: the rate rows are data a converting app needs; each function alone stays under its own budget above.
  it('the whole package stays small too', async () => {
    const { gzip, inputs } = await measureBundle(packageDir, "export * from '@vnsti/money';", [], 'dist');
    console.log(`@vnsti/money (everything) min+gzip: ${gzip} bytes from dist/`);
    expect(gzip).toBeLessThan(15 * 1024);
    expect(heavyInputs(inputs)).toEqual([]);
  });
});

describe('assertBuilt (a bundle test never measures a stale dist/)', () => {
  it('accepts a dist/ built after its sources, refuses one missing or older than a built module', () => {
    const dir = `${mkdtempSync(join(tmpdir(), 'vnsti-built-'))}/`;
    try {
      expect(() => assertBuilt(dir)).toThrow(/dist\/index\.js is missing/);
      mkdirSync(join(dir, 'src'));
      mkdirSync(join(dir, 'dist'));
      for (const file of ['src/index.ts', 'src/index.test.ts', 'dist/index.js']) writeFileSync(join(dir, file), '');
      const before = new Date(Date.now() - 60_000);
      const after = new Date(Date.now() + 60_000);
      utimesSync(join(dir, 'src/index.ts'), before, before);
      utimesSync(join(dir, 'src/index.test.ts'), after, after);
      expect(() => assertBuilt(dir)).not.toThrow(); // a test file newer than dist/ is not built, so it does not count
      utimesSync(join(dir, 'src/index.ts'), after, after);
      expect(() => assertBuilt(dir)).toThrow(/src\/index\.ts is newer than dist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
