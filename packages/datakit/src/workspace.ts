import { relative, resolve, sep } from 'node:path';
import { type DatasetName, datasets, type TableName, tables } from '@vnsti/schema';
import { findWorkspaceRoot } from './io/root.js';

/** The datasets in the order they are read: sources first (other rows need its dates). */
const datasetNames = Object.keys(datasets) as DatasetName[];

/**
 * The datasets a dataset reads ids from (its `ref` columns and its citations), itself excluded.
 *
 * @example
 * ```ts
 * referencedDatasets('metrics'); // ['sources', 'places', 'documents']
 * ```
 */
export function referencedDatasets(name: DatasetName): DatasetName[] {
  const found = new Set<DatasetName>();
  for (const table of datasets[name].tables) {
    if (table.citation !== 'none') found.add('sources');
    for (const column of table.columns) {
      if (column.kind === 'ref' && column.references) found.add(tables[column.references as TableName].dataset);
    }
  }
  found.delete(name);
  return datasetNames.filter((d) => found.has(d));
}

/**
 * A dataset and everything it references, directly or not, in reading order.
 *
 * @example
 * ```ts
 * datasetClosure(['metrics']); // ['sources', 'places', 'organizations', 'documents', 'metrics']
 * ```
 */
export function datasetClosure(names: readonly DatasetName[]): DatasetName[] {
  const found = new Set<DatasetName>();
  const visit = (name: DatasetName) => {
    if (found.has(name)) return;
    found.add(name);
    for (const ref of referencedDatasets(name)) visit(ref);
  };
  for (const name of names) visit(name);
  return datasetNames.filter((d) => found.has(d));
}

/**
 * What a folder given on the command line stands for.
 *
 * @example
 * ```ts
 * const target: Target = { root: '/repo', datasets: ['events'] };
 * ```
 */
export interface Target {
  /** The repository root. */
  root: string;
  /** The datasets asked for: all of them from the root, one from a dataset folder. */
  datasets: DatasetName[];
}

/**
 * Resolves a folder to the repository root and the datasets it stands for: the root (or a folder
 * that is not inside a dataset) means every dataset; `datasets/<name>` or anything inside it
 * means that one. `null` when no repository root is found above the folder.
 *
 * @example
 * ```ts
 * resolveTarget('/repo/datasets/events'); // { root: '/repo', datasets: ['events'] }
 * ```
 */
export function resolveTarget(dir: string): Target | null {
  const root = findWorkspaceRoot(dir);
  if (!root) return null;
  const parts = relative(root, resolve(dir)).split(sep);
  if (parts[0] === 'datasets' && parts[1] && (datasetNames as string[]).includes(parts[1])) {
    return { root, datasets: [parts[1] as DatasetName] };
  }
  return { root, datasets: [...datasetNames] };
}

/**
 * What a dataset package must declare so that turbo builds it after, and again whenever, the
 * datasets it reads change: derived from the `references` of `@vnsti/schema`'s tables.
 *
 * @example
 * ```ts
 * const graph: DatasetPackageGraph = { devDependencies: ['@vnsti/datakit', '@vnsti/sources'], buildInputs: ['package.json', 'data/**'] };
 * ```
 */
export interface DatasetPackageGraph {
  /** `devDependencies` names: datakit (which builds it) and each dataset it references directly. */
  readonly devDependencies: readonly string[];
  /**
   * turbo `build` inputs: its own `package.json` and `data/**`, the `data/**` of every dataset it
   * reads (references, directly or not) and the sources' texts (for the quote and hash rules).
   */
  readonly buildInputs: readonly string[];
}

/**
 * The dependency declarations a dataset package must carry, from the schema's references: what
 * the test of the dataset graph compares each `package.json` and `turbo.json` with, and what
 * `npm run graph:datasets -w @vnsti/datakit` writes into them.
 *
 * @example
 * ```ts
 * datasetPackageGraph('metrics').devDependencies; // ['@vnsti/datakit', '@vnsti/sources', '@vnsti/places', '@vnsti/documents']
 * ```
 */
export function datasetPackageGraph(name: DatasetName): DatasetPackageGraph {
  const read = datasetClosure([name]).filter((d) => d !== name);
  const inputs = ['package.json', 'data/**', ...read.map((d) => `$TURBO_ROOT$/datasets/${d}/data/**`)];
  if (name === 'sources') inputs.push('text/**');
  else if (read.includes('sources')) inputs.push('$TURBO_ROOT$/datasets/sources/text/**');
  return {
    devDependencies: ['@vnsti/datakit', ...referencedDatasets(name).map((d) => `@vnsti/${d}`)],
    buildInputs: inputs,
  };
}
