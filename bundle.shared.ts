import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * neutral, `module` before `main`) and measures it: from the packages' source (their
 * `@vnsti/source` export condition), or, with `from: 'dist'`, from the built `dist/` files an app
 * installs. Shared by the packages' bundle tests and the bench.
 *
 * @example
 * ```ts
 * const { bundled } = await measureBundle(packageDir, "export { buildGraph } from '@vnsti/data';");
 * bundled.some((path) => path.includes('zod')); // false
 * const { gzip } = await measureBundle(packageDir, "export { parseMoney } from '@vnsti/money';", [], 'dist');
 * ```
 */
export async function measureBundle(
  packageDir: string,
  entry: string,
  plugins: Plugin[] = [],
  from: 'source' | 'dist' = 'source',
): Promise<BundleMeasure> {
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: from === 'source' ? ['@vnsti/source'] : [],
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

/** A helper function an app may import alone, and the most it may weigh in the app's bundle. */
export interface HelperBudget {
  /** The package, as an app imports it. */
  pkg: '@vnsti/money' | '@vnsti/dates';
  /** The exported function. */
  name: string;
  /** Budget in bytes, min+gzip, bundled alone from the published `dist/` (no zod, no dataset). */
  budget: number;
  /**
   * Set while the function is over its budget: the size its bundle test still allows, so that it
   * cannot grow further unnoticed, and why. The bench reports against `budget` all the same.
   */
  overBudget?: { ceiling: number; why: string };
}

/** parseDate and extractDates share the grammar and the scanner, so they share one allowance. */
const DATES_OVER_BUDGET = {
  ceiling: 9.5 * 1024,
  why: 'the date grammar grew after the budget was set (7.87 kB on 2026-11-25), with the unit and currency words of @vnsti/money and coordinated days',
};

/**
 * The size budget of every helper function an app may import alone: the one list the packages'
 * bundle tests and the bench's "bundle size" rows both read.
 *
 * @example
 * ```ts
 * HELPER_BUDGETS.find((b) => b.name === 'parseMoney')?.budget; // 5120
 * ```
 */
export const HELPER_BUDGETS: readonly HelperBudget[] = [
  { pkg: '@vnsti/money', name: 'parseMoney', budget: 5 * 1024 },
  { pkg: '@vnsti/money', name: 'parseNumber', budget: 5 * 1024 },
  { pkg: '@vnsti/money', name: 'extractMoney', budget: 8 * 1024 },
  { pkg: '@vnsti/money', name: 'formatMoney', budget: 8 * 1024 },
  { pkg: '@vnsti/money', name: 'convertMoney', budget: 12 * 1024 },
  { pkg: '@vnsti/dates', name: 'parseDate', budget: 8 * 1024, overBudget: DATES_OVER_BUDGET },
  { pkg: '@vnsti/dates', name: 'extractDates', budget: 8 * 1024, overBudget: DATES_OVER_BUDGET },
  { pkg: '@vnsti/dates', name: 'formatDate', budget: 8 * 1024 },
];

/**
 * Throws unless `packageDir`'s `dist/` was built after its last source change: a bundle test that
 * reads `dist/` must not pass on a stale build (turbo runs `build` before `test`; a bare
 * `vitest run` may not).
 *
 * @example
 * ```ts
 * assertBuilt(new URL('..', import.meta.url).pathname);
 * ```
 */
export function assertBuilt(packageDir: string): void {
  let built: number;
  try {
    built = statSync(join(packageDir, 'dist', 'index.js')).mtimeMs;
  } catch {
    throw new Error(`${packageDir}dist/index.js is missing: run \`npm run build\` first`);
  }
  // The modules dist/ holds (not the tests, benchmarks and test corpora beside them in src/).
  const sources = readdirSync(join(packageDir, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && existsSync(join(packageDir, 'dist', file.replace(/\.ts$/, '.js'))),
  );
  const changed = sources.find((file) => statSync(join(packageDir, 'src', file)).mtimeMs > built);
  if (changed !== undefined) throw new Error(`src/${changed} is newer than dist/: run \`npm run build\` first`);
}

/**
 * How much bigger a helper's bundle from `dist/` may be than from source: 2 %, for what the
 * transpiled files differ in. A build that defeats tree-shaking (the one-file ESM build kept
 * 1.2 kB more of parseMoney, 2.5 kB of parseNumber) is far beyond it.
 */
export const DIST_OVER_SOURCE = 1.02;

/**
 * Measures `name` of `budget.pkg` bundled alone from the package's `dist/` (checked fresh with
 * {@link assertBuilt}) and from its source: an app gets the first; the second shows what the
 * published build adds. Shared by the packages' bundle tests.
 *
 * @example
 * ```ts
 * const { dist, source } = await measureHelper(packageDir, HELPER_BUDGETS[0]!);
 * dist.gzip < HELPER_BUDGETS[0]!.budget; // true
 * ```
 */
export async function measureHelper(
  packageDir: string,
  budget: HelperBudget,
): Promise<{ dist: BundleMeasure; source: BundleMeasure }> {
  assertBuilt(packageDir);
  const entry = `export { ${budget.name} } from '${budget.pkg}';`;
  const [dist, source] = await Promise.all([
    measureBundle(packageDir, entry, [], 'dist'),
    measureBundle(packageDir, entry, [], 'source'),
  ]);
  return { dist, source };
}
