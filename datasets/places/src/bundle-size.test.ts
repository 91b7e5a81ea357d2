import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;

/** Resolves the entry's `./data.js` to the generated module, or leaves it out to weigh the code alone. */
const data = (external: boolean): Plugin => ({
  name: 'generated-data',
  setup(b) {
    b.onResolve({ filter: /^\.\/data\.js$/ }, () =>
      external ? { path: './data.js', external: true } : { path: `${packageDir}dist/data.js` },
    );
  },
});

/** Bundles `entry` as an app importing only it would, minified: gzip size and the files read. */
async function measure(entry: string, external: boolean): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@vnsti/source'],
    plugins: [data(external)],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory: made absolute to tell datasets apart.
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(path));
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, inputs };
}

describe('bundle budget', () => {
  it('resolvePlace pulls in no other dataset and no zod', async () => {
    const { inputs } = await measure("export { resolvePlace, provincesAsOf } from './src/index.ts';", false);
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
    const datasets = inputs.filter((path) => path.includes('/datasets/'));
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.every((path) => path.includes('/datasets/places/'))).toBe(true);
  });

  it('the resolver code, without the records, stays under 3 kB min+gzip', async () => {
    const { gzip, inputs } = await measure("export { resolvePlace, provincesAsOf } from './src/index.ts';", true);
    console.log(`resolvePlace + provincesAsOf (code, no records) min+gzip: ${gzip} bytes`);
    expect(gzip).toBeLessThan(3 * 1024);
    expect(inputs.some((path) => path.includes('packages/schema/src/records'))).toBe(false);
  });
});
