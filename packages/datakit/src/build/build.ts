import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetName } from '@vnsti/schema';
import type { Problem } from '../problems.js';
import { type ValidateOptions, validate } from '../validate.js';
import { rel } from '../workspace.js';
import {
  type ByteSink,
  datapackage,
  moduleFiles,
  RECORDS_FILE,
  sortedRows,
  writeRecordsJson,
  writeTableExports,
} from './outputs.js';

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

/** Writes one file through a sink, closing it whatever happens. */
async function writeThrough(path: string, write: (sink: ByteSink) => Promise<void>): Promise<void> {
  const { sink, close } = await fileSink(path);
  try {
    await write(sink);
  } finally {
    await close();
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
 * `index.d.cts` (records as deeply frozen arrays with an id lookup; named `data.*` when the dataset
 * has a hand-written `src/index.ts` that re-exports them), the `records.json` both load,
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
      const { modules, declarations } = moduleFiles(dataset);
      // A dataset with a hand-written entry (`src/index.ts`, e.g. resolvers over its records) gets
      // the generated module as `data.*`, which that entry re-exports once compiled to `index.*`.
      const stem = existsSync(join(dataset.dir, 'src', 'index.ts')) ? 'data' : 'index';
      await writeThrough(join(tmp, RECORDS_FILE), (sink) => writeRecordsJson(dataset.records, sink));
      await writeFile(join(tmp, `${stem}.js`), modules.js);
      await writeFile(join(tmp, `${stem}.cjs`), modules.cjs);
      for (const file of declarations) await writeFile(join(tmp, file.name.replace(/^index/, stem)), file.content);
      for (const t of dataset.tables) {
        await writeThrough(join(tmp, `${t.table.name}.csv`), (csv) =>
          writeThrough(join(tmp, `${t.table.name}.ndjson`), (ndjson) =>
            writeTableExports(t.table, sortedRows(t.table, t.rows), csv, ndjson),
          ),
        );
      }
      await writeFile(
        join(tmp, 'datapackage.json'),
        `${JSON.stringify(datapackage(dataset, loaded, versionOf(dataset.dir)), null, 2)}\n`,
      );
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
