import { describe, expect, it } from 'vitest';
import { DIST_OVER_SOURCE, HELPER_BUDGETS, measureHelper } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;

/** Files read that are zod or a dataset: a helper bundle reads none. */
const heavy = (paths: string[]) => paths.filter((path) => path.includes('zod') || path.includes('datasets/'));

// Measured from dist/ as an app installs it, and from source: the budgets are in bundle.shared.ts.
describe('bundle budget', () => {
  for (const budget of HELPER_BUDGETS.filter((b) => b.pkg === '@vnsti/dates')) {
    const limit = budget.overBudget?.ceiling ?? budget.budget;
    const over = budget.overBudget ? ` (over its ${budget.budget}-byte budget: ${budget.overBudget.why})` : '';
    it(`${budget.name} alone stays under ${limit} bytes min+gzip from dist/, as small as from source, with no zod and no dataset${over}`, async () => {
      const { dist, source } = await measureHelper(packageDir, budget);
      console.log(`${budget.name} min+gzip: ${dist.gzip} bytes from dist/, ${source.gzip} from source`);
      expect(dist.gzip).toBeLessThan(limit);
      expect(dist.gzip).toBeLessThanOrEqual(source.gzip * DIST_OVER_SOURCE);
      expect(heavy(dist.inputs)).toEqual([]);
    });
  }

  it("reads @vnsti/money's word lists by name: its bound words and the rest of the lexicon stay out", async () => {
    const { dist } = await measureHelper(packageDir, HELPER_BUDGETS.find((b) => b.name === 'parseDate')!);
    const money = dist.bundled.filter((path) => path.includes('packages/money/'));
    expect(money.some((path) => path.endsWith('dist/lexicon/units.js'))).toBe(true);
    expect(money.some((path) => path.endsWith('dist/lexicon/bounds.js') || path.endsWith('dist/extract.js'))).toBe(
      false,
    );
  });

  it('formatDate reads no word list of @vnsti/money (the tables dates derives from them are dropped unused)', async () => {
    const { dist } = await measureHelper(packageDir, HELPER_BUDGETS.find((b) => b.name === 'formatDate')!);
    expect(dist.bundled.some((path) => path.includes('packages/dates/dist/format.js'))).toBe(true);
    expect(dist.bundled.filter((path) => path.includes('packages/money/'))).toEqual([]);
  });
});
