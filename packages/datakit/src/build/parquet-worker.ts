import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code: it loads DuckDB (a large native library: loading it takes the main thread
 * most of a second), opens an in-memory database that never downloads an extension, and runs the
 * statements it is sent one after another, answering each with its id and, on failure, the error.
 * A message without a statement closes the database and ends the thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const opened = (async () => {
  const { DuckDBInstance } = require(workerData.duckdb);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: workerData.memoryLimit,
    threads: '1',
  });
  return { instance, connection: await instance.connect() };
})();
let queue = Promise.resolve();
parentPort.on('message', ({ id, sql }) => {
  queue = queue.then(async () => {
    if (sql === undefined) {
      // Close: once DuckDB has loaded (stopping the thread while it loads aborts the process).
      try {
        const { instance, connection } = await opened;
        connection.closeSync();
        instance.closeSync();
      } catch {
        // DuckDB did not load: there is nothing to close (each statement was told why).
      } finally {
        parentPort.close();
      }
      return;
    }
    try {
      await (await opened).connection.run(sql);
      parentPort.postMessage({ id });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
`;

/**
 * DuckDB's memory for a build. Its default (most of the machine's memory) let a CSV → Parquet copy
 * of 1 000 000 rows take 600 MB; streamed under this limit it took 400 MB, and no longer. It runs
 * on one thread (315 MB there): the build's own thread keeps a core of a two-core machine.
 */
const MEMORY_LIMIT = '256MB';

/**
 * Runs DuckDB statements on a worker thread, so that loading DuckDB and writing Parquet overlap
 * with the build's own work on the main thread (validating, writing CSV, NDJSON and JSON). The
 * worker starts loading DuckDB as soon as it is made; statements run in the order sent.
 *
 * @example
 * ```ts
 * const duckdb = new DuckDBWorker(); // starts loading DuckDB now
 * // …validate and write the CSV meanwhile…
 * await duckdb.run(`COPY (SELECT 1 AS x) TO 'x.parquet' (FORMAT parquet)`);
 * await duckdb.close();
 * ```
 */
export class DuckDBWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private ended: Error | undefined;

  constructor() {
    const duckdb = createRequire(import.meta.url).resolve('@duckdb/node-api');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { duckdb, memoryLimit: MEMORY_LIMIT } });
    this.worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === undefined) waiter?.resolve();
      else waiter?.reject(new Error(error));
    });
    const fail = (error: Error) => {
      this.ended ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the DuckDB worker stopped (exit code ${code})`)));
  }

  /**
   * Runs one statement after those sent before it.
   *
   * @param sql - The statement.
   * @returns Resolves when it has run.
   * @throws Error with DuckDB's message when it fails, or when the worker has stopped.
   */
  run(sql: string): Promise<void> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql });
    });
  }

  /**
   * Closes the database and ends the thread, after the statements sent before. (Not
   * `worker.terminate()`: stopping the thread while DuckDB loads aborts the whole process.)
   */
  async close(): Promise<void> {
    if (this.ended) return;
    const exited = once(this.worker, 'exit');
    this.worker.postMessage({ id: -1 });
    await exited;
  }
}
