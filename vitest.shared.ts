import { basename, dirname, join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The one vitest configuration every workspace shares: tests run on source (the `@vnsti/source`
 * export condition, as in tsconfig's `customConditions`), and each package writes a JSON report
 * that `scripts/test-summary.mjs` sums into one closing line.
 */
export function vitestConfig(packageDir: string) {
  return defineConfig({
    resolve: { conditions: ['@vnsti/source', 'module', 'node', 'import', 'default'] },
    ssr: { resolve: { conditions: ['@vnsti/source', 'module', 'node', 'import', 'default'] } },
    test: {
      name: basename(dirname(join(packageDir, 'x'))),
      root: packageDir,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: join(packageDir, 'test-results.json') },
      testTimeout: 30_000,
    },
  });
}
