import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Row } from '../table.js';
import { datasetExports } from './import-cost.js';

/** Each helper entry point a user may import alone, with its size budget in bytes (min + gzip). */
export const helperEntries: ReadonlyArray<{ pkg: string; name: string; budget: number }> = [
  { pkg: '@vnsti/money', name: 'parseMoney', budget: 5 * 1024 },
  { pkg: '@vnsti/money', name: 'parseNumber', budget: 5 * 1024 },
  { pkg: '@vnsti/money', name: 'extractMoney', budget: 8 * 1024 },
  { pkg: '@vnsti/money', name: 'formatMoney', budget: 8 * 1024 },
  { pkg: '@vnsti/money', name: 'convertMoney', budget: 12 * 1024 },
  { pkg: '@vnsti/dates', name: 'parseDate', budget: 8 * 1024 },
  { pkg: '@vnsti/dates', name: 'extractDates', budget: 8 * 1024 },
  { pkg: '@vnsti/dates', name: 'formatDate', budget: 8 * 1024 },
];

/** Bundles `code` as a user's bundler would (ESM, minified, tree-shaken) and returns gzip bytes and the files it pulled in. */
export async function bundle(code: string, repoRoot: string): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzip: gzipSync(output, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

/** Bundle size of each helper entry alone, and proof that one dataset does not pull in another. */
export async function bundleRows(repoRoot: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { pkg, name, budget } of helperEntries) {
    const { gzip, inputs } = await bundle(`export { ${name} } from '${pkg}';`, repoRoot);
    const heavy = inputs.filter((i) => /node_modules\/zod|datasets\//.test(i));
    rows.push({
      group: 'bundle size',
      name: `${name} from ${pkg}, alone`,
      value: `${(gzip / 1024).toFixed(2)} kB min+gzip`,
      versus: `budget ${(budget / 1024).toFixed(0)} kB`,
      ratio: `${((gzip / budget) * 100).toFixed(0)}% of budget`,
      target: `< ${(budget / 1024).toFixed(0)} kB, no zod, no dataset`,
      pass: gzip < budget && heavy.length === 0,
    });
  }
  for (const [name, exportName] of Object.entries(datasetExports)) {
    const { gzip, inputs } = await bundle(`export { ${exportName} } from '@vnsti/${name}';`, repoRoot);
    const others = inputs.filter((i) => i.includes('datasets/') && !i.includes(`datasets/${name}/`));
    rows.push({
      group: 'bundle size',
      name: `${exportName} from @vnsti/${name}, alone`,
      value: `${(gzip / 1024).toFixed(2)} kB min+gzip`,
      versus: 'files of other datasets pulled in',
      ratio: `${others.length} other-dataset files`,
      target: 'pulls in no other dataset',
      pass: others.length === 0,
    });
  }
  return rows;
}
