import { describe, expect, it } from 'vitest';
import { testHelperBudgets } from '../../../bundle-budget.shared.js';
import { HELPER_BUDGETS, measureHelper } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;

// Measured from dist/ as an app installs it, and from source: the budgets are in bundle.shared.ts.
describe('bundle budget', () => {
  testHelperBudgets('@vnsti/dates', packageDir);

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
