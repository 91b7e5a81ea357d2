/**
 * What the Parquet and DuckDB exports cost beside `vnsti build`, as ratios measured in one run on
 * the scale benchmark's synthetic repository (100 000 metric rows by default):
 * - Parquet: each run times `build()` of the metrics dataset (which writes the Parquet files), then
 *   the Parquet step alone on the folder it wrote; the ratio is the Parquet step over the rest of the build.
 * - Catalogue: `writeCatalogue()` over the built packages (the datasets the synthetic repository lacks
 *   are given empty tables), over the same build time without Parquet.
 *
 * Run: `npx esbuild bench/exports.ts --bundle --platform=node --format=esm --packages=external
 * --outfile=dist/bench-exports.mjs && node dist/bench-exports.mjs [rows] [runs]`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatasetName, datasets, exportFields } from '@vnsti/schema';
import { build } from '../src/build/build.js';
import { writeCatalogue } from '../src/build/catalogue-db.js';
import { writeParquet } from '../src/build/parquet.js';
import { generateRepo } from './scale.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const root = mkdtempSync(join(tmpdir(), 'vnsti-exports-bench-'));
try {
  generateRepo(root, rows);
  const metrics = join(root, 'datasets', 'metrics');
  const buildOnce = async () => {
    const result = await build({ dir: metrics });
    if (result.problems.length > 0) throw new Error('synthetic data has problems');
  };
  const parquetOnce = () =>
    writeParquet([{ dir: join(metrics, 'dist'), tables: datasets.metrics.tables.map((table) => ({ table })) }]);

  await buildOnce(); // warm-up: JIT, file cache, DuckDB's library loaded
  const builds: number[] = [];
  const parquets: number[] = [];
  const parquetRatios: number[] = [];
  for (let i = 0; i < runs; i++) {
    builds.push(await timed(buildOnce));
    parquets.push(await timed(parquetOnce));
    parquetRatios.push(parquets[i]! / (builds[i]! - parquets[i]!));
  }

  // The catalogue needs every dataset: the ones the synthetic repository lacks get empty tables.
  const all = await build({ dir: root });
  if (all.problems.length > 0) throw new Error('synthetic data has problems');
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const dist = join(root, 'datasets', name, 'dist');
    const tables = datasets[name].tables.filter((t) => !existsSync(join(dist, `${t.name}.parquet`)));
    if (tables.length === 0) continue;
    mkdirSync(dist, { recursive: true });
    for (const t of tables)
      writeFileSync(
        join(dist, `${t.name}.csv`),
        `${exportFields(t)
          .map((f) => f.name)
          .join(',')}\n`,
      );
    await writeParquet([{ dir: dist, tables: tables.map((table) => ({ table })) }]);
  }
  const catalogueRatios: number[] = [];
  const catalogues: number[] = [];
  for (let i = 0; i < runs; i++) {
    const base = await timed(buildOnce);
    const parquet = await timed(parquetOnce);
    catalogues.push(
      await timed(() => writeCatalogue({ datasetsDir: join(root, 'datasets'), out: join(root, 'catalogue') })),
    );
    catalogueRatios.push(catalogues[i]! / (base - parquet));
  }

  console.log(
    `| rows | vnsti build (median) | Parquet step (median) | Parquet / rest of build | catalogue (median) | catalogue / build without Parquet |`,
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${rows.toLocaleString('en')} | ${median(builds).toFixed(0)} ms | ${median(parquets).toFixed(0)} ms | ${median(parquetRatios).toFixed(2)}× | ${median(catalogues).toFixed(0)} ms | ${median(catalogueRatios).toFixed(2)}× |`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
