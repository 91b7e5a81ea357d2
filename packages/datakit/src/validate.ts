import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';
import { checkRules } from './checks/registry.js';
import { CheckContext } from './checks/rule.js';
import { Collector } from './collector.js';
import { type LoadResult, loadInto } from './load.js';
import { type Problem, sortProblems } from './problems.js';
import { resolveTarget } from './workspace.js';

/**
 * Options of {@link validate} and `build`.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { dir: 'datasets/metrics' };
 * ```
 */
export interface ValidateOptions {
  /**
   * A folder: the repository root (every dataset) or a dataset folder (`datasets/<name>`: that
   * dataset and what it references). Defaults to the current directory.
   */
  dir?: string;
}

/**
 * What {@link validate} returns: every problem, sorted by file, line and column, and what was read.
 *
 * @example
 * ```ts
 * const result: ValidateResult = await validate({ dir: '.' });
 * result.targets; // ['sources', 'places', 'organizations', 'officials', 'events', 'projects', 'metrics'] from the root
 * ```
 */
export interface ValidateResult {
  /** Every problem found; empty when the datasets are valid. */
  readonly problems: Problem[];
  /** The repository root, or `null` when none was found above `dir`. */
  readonly root: string | null;
  /** The datasets asked for (their references were read and checked too). */
  readonly targets: readonly DatasetName[];
  /** What was read; `null` when no repository root was found. */
  readonly loaded: LoadResult | null;
}

/**
 * A folder asked for that does not exist, a path under `datasets/` that names no dataset, or a
 * folder of the repository outside `datasets/` (`packages/x`): a misspelt or misplaced path is an
 * error, not "every dataset".
 */
function targetProblem(dir: string, root: string | undefined): Problem | null {
  if (!existsSync(dir)) return { code: 'unknown-dataset', file: dir, line: 1, column: 1, message: 'no such folder' };
  if (!root) return null;
  const path = relative(root, resolve(dir));
  const parts = path.split(sep);
  if (path !== '' && parts[0] !== 'datasets')
    return {
      code: 'unknown-dataset',
      file: dir,
      line: 1,
      column: 1,
      message: `not a dataset folder: give the repository root (every dataset) or datasets/<name> (the datasets are: ${Object.keys(datasets).join(', ')})`,
    };
  if (parts[0] === 'datasets' && parts[1] && !Object.hasOwn(datasets, parts[1]))
    return {
      code: 'unknown-dataset',
      file: dir,
      line: 1,
      column: 1,
      message: `${JSON.stringify(parts[1])} is not a dataset (the datasets are: ${Object.keys(datasets).join(', ')})`,
    };
  return null;
}

/**
 * Validates datasets: reads every CSV table (csv-parse, streaming), reads each cell by its column
 * kind (money and dates with `@vnsti/money` and `@vnsti/dates` against the source's publication
 * date), assembles and schema-checks every record, then runs the check rules (`src/checks`):
 * references resolve, citations name real sources whose text holds the quote and matches its
 * SHA-256, web addresses are http(s), dataset manifests are readable. Returns every problem, never throws for bad data.
 *
 * @param options - `dir`: the repository root or a dataset folder.
 * @returns The sorted problems and what was read.
 * @example
 * ```ts
 * const { problems } = await validate({ dir: '.' });
 * for (const p of problems) console.log(formatProblem(p));
 * ```
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidateResult> {
  const dir = options.dir ?? process.cwd();
  const target = existsSync(dir) ? resolveTarget(dir) : null;
  const refused = targetProblem(dir, target?.root);
  if (refused) return { problems: [refused], root: null, targets: [], loaded: null };
  if (!target) {
    return {
      problems: [
        {
          code: 'no-repository',
          file: options.dir ?? '.',
          line: 1,
          column: 1,
          message: 'no repository root found (a package.json with "workspaces")',
        },
      ],
      root: null,
      targets: [],
      loaded: null,
    };
  }
  const collector = new Collector();
  const loaded = await loadInto(collector, { root: target.root, datasets: target.datasets });
  const checks = new CheckContext(loaded, collector);
  for (const rule of checkRules) rule.run(checks);
  return { problems: sortProblems(collector.problems), root: target.root, targets: target.datasets, loaded };
}
