import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type DatasetName, datasets, type TableName, tables } from '@vnsti/schema';

/** The datasets in the order they are read: sources first (other rows need its dates). */
export const datasetNames = Object.keys(datasets) as DatasetName[];

/**
 * Finds the repository root above `dir`: the nearest folder whose `package.json` declares
 * `workspaces`. `null` when there is none.
 *
 * @example
 * ```ts
 * findWorkspaceRoot('/work/main/datasets/events/data'); // '/work/main'
 * ```
 */
export function findWorkspaceRoot(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest)) {
      try {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
        if (json.workspaces) return current;
      } catch {
        // An unreadable package.json is not the root; keep walking up.
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

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
 * const target: Target = { root: '/work/main', datasets: ['events'] };
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
 * resolveTarget('/work/main/datasets/events'); // { root: '/work/main', datasets: ['events'] }
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

/** Path relative to the root with `/` separators, as problems name files. @internal */
export function rel(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
