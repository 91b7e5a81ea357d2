import { HELPER_BUDGETS, measureBundle } from '../../../bundle.shared.js';
import type { Row } from '../table.js';
import { datasetExports } from './import-cost.js';

/** Bundles `code` from the built `dist/` files, as a user's bundler would (ESM, minified, tree-shaken): gzip bytes and the files read. */
async function bundle(code: string, repoRoot: string): Promise<{ gzip: number; inputs: string[] }> {
  const { gzip, inputs } = await measureBundle(repoRoot, code, [], 'dist');
  return { gzip, inputs };
}

/** Bundle size of each helper entry alone, and proof that one dataset does not pull in another. */
export async function bundleRows(repoRoot: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { pkg, name, budget } of HELPER_BUDGETS) {
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
