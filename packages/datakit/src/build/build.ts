import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetName } from '@vnsti/schema';
import type { Problem } from '../problems.js';
import { type ValidateOptions, validate } from '../validate.js';
import { rel } from '../workspace.js';
import { datapackage, moduleFiles, RECORDS_FILE, sortedRows, tableExportChunks } from './outputs.js';

/**
 * Options of {@link build}: the same as `validate`'s.
 *
 * @example
 * ```ts
 * const options: BuildOptions = { dir: 'datasets/events' };
 * ```
 */
export type BuildOptions = ValidateOptions;

/**
 * What {@link build} returns.
 *
 * @example
 * ```ts
 * const result: BuildResult = await build({ dir: '.' });
 * if (result.problems.length === 0) console.log(`wrote ${result.written.join(', ')}`);
 * ```
 */
export interface BuildResult {
  /** Every problem found; when not empty, nothing was written. */
  readonly problems: Problem[];
  /** The `dist` folders written, relative to the repository root. */
  readonly written: string[];
}

/** Writes a table's CSV and NDJSON exports side by side, a chunk of rows at a time. */
async function writeExports(csvPath: string, ndjsonPath: string, chunks: Iterable<{ csv: string; ndjson: string }>): Promise<void> {
  const csv = await open(csvPath, 'w');
  const ndjson = await open(ndjsonPath, 'w');
  try {
    for (const chunk of chunks) {
      await csv.write(chunk.csv);
      if (chunk.ndjson) await ndjson.write(chunk.ndjson);
    }
  } finally {
    await csv.close();
    await ndjson.close();
  }
}

/** Writes a file from its parts, one at a time. */
async function writeChunks(path: string, parts: Iterable<Uint8Array>): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const part of parts) await file.write(part);
  } finally {
    await file.close();
  }
}

function versionOf(dir: string): string {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return '0.0.0';
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof json.version === 'string' ? json.version : '0.0.0';
}

/**
 * Validates (the datasets asked for and everything they reference) and, only when there is no
 * problem at all, writes each dataset's `dist/`: `index.js` + `index.cjs` + `index.d.ts` +
 * `index.d.cts` (records as deeply frozen arrays with an id lookup), the `records.json` both load,
 * `<table>.csv` and `<table>.ndjson` per table, and `datapackage.json`. Outputs are rendered into a
 * temporary folder and renamed into place at the end, so a failed build leaves the previous `dist/`
 * untouched; the same input always gives byte-identical files.
 *
 * @param options - `dir`: the repository root (every dataset folder that exists) or a dataset folder.
 * @returns The problems (nothing written when there are any) and the folders written.
 * @example
 * ```ts
 * const { problems, written } = await build({ dir: '/work/main/datasets/events' });
 * // problems: [] and written: ['datasets/events/dist'] when the data is valid
 * ```
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const result = await validate(options);
  const { loaded } = result;
  if (result.problems.length > 0 || !loaded) return { problems: result.problems, written: [] };
  const targets = result.targets.filter((name) => loaded.datasets.get(name)?.exists);
  const staged: Array<{ name: DatasetName; tmp: string; dist: string }> = [];
  try {
    for (const name of targets) {
      const dataset = loaded.datasets.get(name)!;
      const tmp = join(dataset.dir, `.dist-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      staged.push({ name, tmp, dist: join(dataset.dir, 'dist') });
      await mkdir(tmp, { recursive: true });
      const { modules, records, declarations } = moduleFiles(dataset);
      await writeChunks(join(tmp, RECORDS_FILE), records());
      await writeFile(join(tmp, 'index.js'), modules.js);
      await writeFile(join(tmp, 'index.cjs'), modules.cjs);
      for (const file of declarations) await writeFile(join(tmp, file.name), file.content);
      for (const t of dataset.tables) {
        await writeExports(join(tmp, `${t.table.name}.csv`), join(tmp, `${t.table.name}.ndjson`), tableExportChunks(t.table, sortedRows(t.table, t.rows)));
      }
      await writeFile(join(tmp, 'datapackage.json'), `${JSON.stringify(datapackage(dataset, loaded, versionOf(dataset.dir)), null, 2)}\n`);
    }
    for (const { tmp, dist } of staged) {
      const old = `${tmp}-old`;
      if (existsSync(dist)) await rename(dist, old);
      await rename(tmp, dist);
      await rm(old, { recursive: true, force: true });
    }
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { recursive: true, force: true })));
    throw error;
  }
  return { problems: [], written: staged.map(({ dist }) => rel(loaded.root, dist)) };
}
