import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** What {@link measureBundle} gives: the minified bundle's gzip size, the files read, and those it keeps bytes of. */
export interface BundleMeasure {
  /** Gzip size (level 9) of the minified bundle, in bytes. */
  gzip: number;
  /** Every file esbuild read, as absolute paths. */
  inputs: string[];
  /** The files that put bytes into the bundle (not the entry; files tree-shaken to nothing left out), absolute. */
  bundled: string[];
}

/**
 * Bundles `entry` from a package's folder as an app importing it would (minified ESM, platform
 * neutral, the packages' `@vnsti/source` condition, `module` before `main`) and measures it.
 * Shared by the packages' bundle tests.
 *
 * @example
 * ```ts
 * const { bundled } = await measureBundle(packageDir, "export { buildGraph } from '@vnsti/data';");
 * bundled.some((path) => path.includes('zod')); // false
 * ```
 */
export async function measureBundle(packageDir: string, entry: string, plugins: Plugin[] = []): Promise<BundleMeasure> {
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@vnsti/source'],
    mainFields: ['module', 'main'],
    plugins,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory: made absolute to tell datasets apart.
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(path));
  const output = Object.values(result.metafile.outputs)[0]!;
  const bundled = Object.entries(output.inputs)
    .filter(([path, input]) => input.bytesInOutput > 0 && path !== '<stdin>')
    .map(([path]) => resolve(path));
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, inputs, bundled };
}

/**
 * Bundles `entry` from a dataset package's folder as an app importing only it would
 * ({@link measureBundle}): its gzip size and the files read. The entry's `./data.js` (the records'
 * module `vnsti build` writes) resolves to `dist/data.js`, or stays outside the bundle with
 * `external` to weigh the code alone. Shared by the resolver packages' bundle-size tests.
 *
 * @example
 * ```ts
 * const { gzip } = await measureDatasetBundle(packageDir, "export { resolvePlace } from './src/index.ts';", true);
 * ```
 */
export async function measureDatasetBundle(
  packageDir: string,
  entry: string,
  external: boolean,
): Promise<{ gzip: number; inputs: string[] }> {
  const data: Plugin = {
    name: 'generated-data',
    setup(b) {
      b.onResolve({ filter: /^\.\/data\.js$/ }, () =>
        external ? { path: './data.js', external: true } : { path: `${packageDir}dist/data.js` },
      );
    },
  };
  const { gzip, inputs } = await measureBundle(packageDir, entry, [data]);
  return { gzip, inputs };
}
