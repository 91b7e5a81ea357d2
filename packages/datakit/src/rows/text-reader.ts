import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readTextFile, type TextFileRead } from './text-file.js';

/**
 * From how many texts they are read on a thread of their own. Starting the thread costs about as
 * much as reading a hundred article-sized texts; below this they are read on the caller's thread.
 */
export const THREAD_MIN_TEXTS = 128;

/** The text reader's thread, built beside this module (`dist/`); absent when running from `src/`. */
const WORKER_SCRIPT = new URL('./text-reader-worker.js', import.meta.url);

/**
 * Options of {@link readTextFiles}.
 * @internal
 */
export interface ReadTextFilesOptions {
  /** The worker script to run (tests name the built one); default the one beside this module. */
  worker?: URL;
  /** Fewest texts read on a thread; default {@link THREAD_MIN_TEXTS}. */
  threadFrom?: number;
}

/**
 * Reads source texts with {@link readTextFile}, in the order given. Many texts (a repository with
 * thousands of sources) are read on a worker thread while the caller goes on reading the CSV
 * tables; the results are the same as read on the caller's thread, which is where a few texts, or
 * all of them when the thread cannot start or fails, are read.
 *
 * @param root - The repository root.
 * @param paths - The texts' paths.
 * @returns One result per path, in order.
 * @example
 * ```ts
 * const reads = await readTextFiles('/repo', ['/repo/datasets/sources/text/a.txt']);
 * ```
 * @internal
 */
export function readTextFiles(
  root: string,
  paths: readonly string[],
  options: ReadTextFilesOptions = {},
): Promise<TextFileRead[]> {
  const script = options.worker ?? WORKER_SCRIPT;
  if (paths.length < (options.threadFrom ?? THREAD_MIN_TEXTS) || !existsSync(fileURLToPath(script)))
    return Promise.resolve(paths.map((path) => readTextFile(root, path)));
  const reads: TextFileRead[] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    // Whatever the thread did not read (it failed, or ended early) is read here.
    const finish = () => {
      if (settled) return;
      settled = true;
      try {
        for (let i = reads.length; i < paths.length; i++) reads.push(readTextFile(root, paths[i]!));
        resolve(reads);
      } catch (error) {
        reject(error);
      }
    };
    const worker = new Worker(script, { workerData: { root, paths } });
    worker.on('message', (batch: TextFileRead[]) => {
      if (!settled) reads.push(...batch);
      if (reads.length >= paths.length) finish();
    });
    worker.on('error', finish);
    worker.on('exit', finish);
  });
}
