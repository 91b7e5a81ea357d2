import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** The build every publishable package shares: ESM + CJS, `.d.ts` + `.d.cts`, source maps. */
export function tsupConfig(options: Partial<Options> = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    splitting: false,
    ...options,
  });
}

/**
 * The build of a dataset package's hand-written entry (`src/index.ts`, resolvers over the records):
 * `vnsti build` writes the records' module as `dist/data.{js,cjs,d.ts,d.cts}`, which the entry
 * imports as `./data.js`; it stays a separate file (`./data.cjs` from the CJS build), so the data is
 * never copied into the entry. `clean` is off: `dist/` also holds what `vnsti build` wrote.
 */
export function datasetTsupConfig(options: Partial<Options> = {}) {
  return tsupConfig({
    clean: false,
    sourcemap: false,
    treeshake: false, // esbuild then builds each format itself, so the plugin below sees `cjs`
    dts: false, // written by scripts/dataset-entry-types.mjs
    esbuildPlugins: [
      {
        name: 'generated-data-module',
        setup(build) {
          build.onResolve({ filter: /^\.\/data\.js$/ }, () => ({
            path: build.initialOptions.format === 'cjs' ? './data.cjs' : './data.js',
            external: true,
          }));
        },
      },
    ],
    ...options,
  });
}

/**
 * The build of a helper package that apps bundle (`@vnsti/calendar`, `@vnsti/money`,
 * `@vnsti/dates`). ESM is one file per source module, imports kept: an app's bundler then drops the
 * modules it does not use (`sideEffects: false`) exactly as it does from source, where one
 * single-file bundle would keep every top-level table and namespace object that esbuild cannot
 * prove unused. CJS, for `require`, which no bundler tree-shakes, stays one file per entry. Types
 * are one `.d.ts` and one `.d.cts` per entry. The two builds run side by side, where tsup's own
 * `clean` would race, so `dist/` is emptied once before either starts.
 *
 * @param entries - The package's entry points (its `exports`), as source paths.
 * @param unpublished - Globs under `src/` that are not shipped (test corpora, test helpers).
 * @example
 * ```ts
 * export default moduleTsupConfig(['src/index.ts'], ['src/corpus/**']);
 * ```
 */
export function moduleTsupConfig(entries: string[] = ['src/index.ts'], unpublished: string[] = []) {
  rmSync('dist', { recursive: true, force: true });
  const shared = { dts: true, sourcemap: true, clean: false, target: 'node20', splitting: false } as const;
  return defineConfig([
    {
      ...shared,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.bench.ts', ...unpublished.map((glob) => `!${glob}`)],
      dts: { entry: entries },
      format: ['esm'],
      bundle: false,
    },
    { ...shared, entry: entries, format: ['cjs'], treeshake: true },
  ]);
}
