import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles `entry` from a dataset package's folder as an app importing only it would (minified
 * ESM, platform neutral): its gzip size and the files read. The entry's `./data.js` (the records'
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
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@vnsti/source'],
    plugins: [data],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory: made absolute to tell datasets apart.
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(path));
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, inputs };
}
