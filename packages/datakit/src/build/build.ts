import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetName } from '@vnsti/schema';
import { acquireLock, type HeldLock } from '../io/lock.js';
import { readDatasetManifest } from '../io/manifest.js';
import { checkRepositoryFolder, repoPath } from '../io/paths.js';
import { releaseSourceTexts } from '../load.js';
import type { Problem } from '../problems.js';
import { type ValidateOptions, validate } from '../validate.js';
import { resolveTarget } from '../workspace.js';
import {
  type ByteSink,
  datapackage,
  moduleFiles,
  RECORDS_FILE,
  sortedRows,
  writeRecordsJson,
  writeTableExports,
} from './outputs.js';
import { writeTableParquet } from './parquet.js';
import { DuckDBWorker } from './parquet-worker.js';

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

/** Opens a file for writing and gives a sink that appends batches of bytes to it. */
async function fileSink(path: string): Promise<{ sink: ByteSink; close: () => Promise<void> }> {
  const file = await open(path, 'w');
  return {
    sink: async (chunks) => {
      if (chunks.length === 0) return;
      const { bytesWritten } = await file.writev(chunks);
      // A short write (rare on files) leaves a remainder: write it piece by piece.
      let skip = bytesWritten;
      for (const chunk of chunks) {
        let from = Math.min(skip, chunk.length);
        skip -= from;
        while (from < chunk.length) from += (await file.write(chunk, from)).bytesWritten;
      }
    },
    close: () => file.close(),
  };
}

/** Writes one file through a sink, closing it whatever happens; gives what `write` gives. */
async function writeThrough<T>(path: string, write: (sink: ByteSink) => Promise<T>): Promise<T> {
  const { sink, close } = await fileSink(path);
  try {
    return await write(sink);
  } finally {
    await close();
  }
}

/**
 * Whether a dataset folder has a hand-written entry `src/index.ts` (a regular file, not a link: the
 * build only names its output after it, it never reads it).
 */
function hasHandWrittenEntry(dir: string): boolean {
  try {
    return lstatSync(join(dir, 'src', 'index.ts')).isFile();
  } catch {
    return false;
  }
}

/** Whether a table's primary key is its `id` alone (the main table of every dataset). */
const isIdKey = (key: readonly string[]) => key.length === 1 && key[0] === 'id';

/** Prefix of the folders a build renders into before moving their files into `dist/`. */
const STAGING_PREFIX = '.dist-tmp-';

/** The lock file a build holds in each dataset folder it writes. */
const LOCK_FILE = '.build.lock';

/** Removes the staging folders a killed build left in a dataset folder (called under its lock). */
async function removeStaleStaging(dir: string): Promise<void> {
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(STAGING_PREFIX)) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

/**
 * Moves the files rendered in `staged` into `dist`, one atomic rename per file, then removes the
 * files `dist` had that the build no longer writes: a reader finds a `dist/` at every moment,
 * each file whole. A `dist` that is not a real folder (a link, a file) is replaced.
 */
async function moveIntoDist(staged: string, dist: string): Promise<void> {
  let kind: 'none' | 'folder' | 'other' = 'none';
  try {
    kind = lstatSync(dist).isDirectory() ? 'folder' : 'other';
  } catch {
    kind = 'none';
  }
  if (kind === 'other') await rm(dist, { force: true });
  if (kind !== 'folder') {
    await rename(staged, dist);
    return;
  }
  const written = new Set(await readdir(staged));
  // The renames run side by side: each replaces one file whole (the old bytes freed meanwhile).
  await Promise.all([...written].map((name) => rename(join(staged, name), join(dist, name))));
  const stale = (await readdir(dist)).filter((name) => !written.has(name));
  await Promise.all(stale.map((name) => rm(join(dist, name), { recursive: true, force: true })));
  await rm(staged, { recursive: true, force: true });
}

/**
 * Validates (the datasets asked for and everything they reference) and, only when there is no
 * problem at all, writes each dataset's `dist/`: `index.js` + `index.cjs` + `index.d.ts` +
 * `index.d.cts` (records as deeply frozen arrays with an id lookup; named `data.*` when the dataset
 * has a hand-written `src/index.ts` that re-exports them), the `records.json` both load,
 * `<table>.csv`, `<table>.ndjson` and `<table>.parquet` per table (the Parquet written by
 * DuckDB on a worker thread, from the CSV, while the other files are written), and
 * `datapackage.json`. Outputs are rendered into a staging folder, then each file is renamed into
 * `dist/` (a failed build leaves the previous `dist/` untouched, and there is a `dist/` at every
 * moment); a lock file in each dataset folder
 * keeps a second build out, and staging folders a killed build left are removed. The same input
 * always gives byte-identical files.
 *
 * @param options - `dir`: the repository root (every dataset folder that exists) or a dataset folder.
 * @returns The problems (nothing written when there are any) and the folders written.
 * @example
 * ```ts
 * const { problems, written } = await build({ dir: 'datasets/events' });
 * // problems: [] and written: ['datasets/events/dist'] when the data is valid
 * ```
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  // DuckDB (for the Parquet files) loads on its own thread while this one validates.
  const duckdb = new DuckDBWorker();
  try {
    return await validateAndWrite(options, duckdb);
  } finally {
    await duckdb.close();
  }
}

/**
 * Locks each dataset folder the build may write (the datasets asked for, in reading order; a folder
 * that is missing or not a real folder inside the repository is left to validation to report) and
 * removes the staging folders a killed build left there. A lock whose process is gone is taken
 * over; one held by a running build refuses this build.
 */
async function lockDatasets(dir: string): Promise<{ locks: HeldLock[] } | { problem: Problem }> {
  const target = existsSync(dir) ? resolveTarget(dir) : null;
  const locks: HeldLock[] = [];
  for (const name of target?.datasets ?? []) {
    const datasetDir = join(target!.root, 'datasets', name);
    if (checkRepositoryFolder(target!.root, datasetDir) !== 'ok') continue;
    const lock = acquireLock(join(datasetDir, LOCK_FILE));
    if ('heldBy' in lock) {
      for (const held of locks) held.release();
      const message = `another build (process ${lock.heldBy}) is writing this dataset; run again once it ends`;
      const file = repoPath(target!.root, join(datasetDir, LOCK_FILE));
      return { problem: { code: 'build-locked', file, line: 1, column: 1, message } };
    }
    locks.push(lock);
    await removeStaleStaging(datasetDir);
  }
  return { locks };
}

async function validateAndWrite(options: BuildOptions, duckdb: DuckDBWorker): Promise<BuildResult> {
  // The locks are taken before validating: a second build started meanwhile is refused, and a
  // rerun cleans up after a killed build even when its data does not validate.
  const locked = await lockDatasets(options.dir ?? process.cwd());
  if ('problem' in locked) return { problems: [locked.problem], written: [] };
  try {
    return await validateAndWriteLocked(options, duckdb);
  } finally {
    for (const lock of locked.locks) lock.release();
  }
}

async function validateAndWriteLocked(options: BuildOptions, duckdb: DuckDBWorker): Promise<BuildResult> {
  const result = await validate(options);
  const { loaded } = result;
  if (result.problems.length > 0 || !loaded) return { problems: result.problems, written: [] };
  releaseSourceTexts(loaded);
  const targets = result.targets.filter((name) => loaded.datasets.get(name)?.exists);
  const staged: Array<{ name: DatasetName; tmp: string; dist: string }> = [];
  // Parquet files being written from the CSV already written, while the other files are.
  const parquet: Promise<void>[] = [];
  try {
    for (const name of targets) {
      const dataset = loaded.datasets.get(name)!;
      const manifest = readDatasetManifest(loaded.root, dataset.dir);
      const version = 'version' in manifest ? manifest.version : '0.0.0';
      const tmp = join(dataset.dir, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
      staged.push({ name, tmp, dist: join(dataset.dir, 'dist') });
      await mkdir(tmp, { recursive: true });
      // Each table's CSV first, so that DuckDB makes its Parquet while the NDJSON is written.
      // The main table in its records' order (assembling sorted them by id); the others by their keys.
      const ordered = dataset.tables.map((t, i) => ({
        table: t.table,
        rows: i === 0 && isIdKey(t.table.primaryKey) ? dataset.recordRows : sortedRows(t.table, t.rows),
      }));
      for (const t of ordered) {
        const { neutralised } = await writeThrough(join(tmp, `${t.table.name}.csv`), (csv) =>
          writeTableExports(t.table, t.rows, csv, null),
        );
        const written = writeTableParquet(duckdb, t.table, tmp, neutralised);
        written.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
        parquet.push(written);
      }
      for (const t of ordered) {
        await writeThrough(join(tmp, `${t.table.name}.ndjson`), (ndjson) =>
          writeTableExports(t.table, t.rows, null, ndjson),
        );
      }
      const { modules, declarations } = moduleFiles(dataset);
      // A dataset with a hand-written entry (`src/index.ts`, e.g. resolvers over its records) gets
      // the generated module as `data.*`, which that entry re-exports once compiled to `index.*`.
      const stem = hasHandWrittenEntry(dataset.dir) ? 'data' : 'index';
      await writeThrough(join(tmp, RECORDS_FILE), (sink) => writeRecordsJson(dataset.records, sink));
      await writeFile(join(tmp, `${stem}.js`), modules.js);
      await writeFile(join(tmp, `${stem}.cjs`), modules.cjs);
      for (const file of declarations) await writeFile(join(tmp, file.name.replace(/^index/, stem)), file.content);
      await writeFile(
        join(tmp, 'datapackage.json'),
        `${JSON.stringify(datapackage(dataset, loaded, version), null, 2)}\n`,
      );
    }
    await Promise.all(parquet);
    for (const { tmp, dist } of staged) await moveIntoDist(tmp, dist);
  } catch (error) {
    // DuckDB may still be writing into a staging folder: let it finish before removing them.
    await Promise.allSettled(parquet);
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { recursive: true, force: true })));
    throw error;
  }
  return { problems: [], written: staged.map(({ dist }) => repoPath(loaded.root, dist)) };
}
