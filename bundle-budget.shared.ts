import { expect, it } from 'vitest';
import { DIST_OVER_SOURCE, HELPER_BUDGETS, type HelperBudget, measureHelper } from './bundle.shared.js';

/**
 * The files of a bundle that are zod or a dataset: a helper's bundle reads none.
 *
 * @example
 * ```ts
 * expect(heavyInputs(inputs)).toEqual([]);
 * ```
 */
export const heavyInputs = (paths: readonly string[]): string[] =>
  paths.filter((path) => path.includes('zod') || path.includes('datasets/'));

/**
 * Declares one test per budgeted function of `pkg` (from {@link HELPER_BUDGETS}): bundled alone from
 * `dist/` as an app installs it, it stays under its budget (or its documented ceiling), is no
 * bigger than from source, and reads no zod and no dataset. Shared by the money and dates bundle
 * tests (call it inside a `describe`).
 *
 * @example
 * ```ts
 * describe('bundle budget', () => testHelperBudgets('@vnsti/money', new URL('..', import.meta.url).pathname));
 * ```
 */
export function testHelperBudgets(pkg: HelperBudget['pkg'], packageDir: string): void {
  for (const budget of HELPER_BUDGETS.filter((b) => b.pkg === pkg)) {
    const limit = budget.overBudget?.ceiling ?? budget.budget;
    const over = budget.overBudget ? ` (over its ${budget.budget}-byte budget: ${budget.overBudget.why})` : '';
    it(`${budget.name} alone stays under ${limit} bytes min+gzip from dist/, as small as from source, with no zod and no dataset${over}`, async () => {
      const { dist, source } = await measureHelper(packageDir, budget);
      console.log(`${budget.name} min+gzip: ${dist.gzip} bytes from dist/, ${source.gzip} from source`);
      expect(dist.gzip).toBeLessThan(limit);
      expect(dist.gzip).toBeLessThanOrEqual(source.gzip * DIST_OVER_SOURCE);
      expect(heavyInputs(dist.inputs)).toEqual([]);
    });
  }
}
