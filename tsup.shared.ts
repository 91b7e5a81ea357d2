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
