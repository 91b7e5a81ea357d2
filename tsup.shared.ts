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
