// src/build/parquet.ts
import { join } from "node:path";
import { exportFields } from "@vnsti/schema";

// src/build/formula.ts
var FORMULA_PATTERN = /^'*[=+\-@\t\r]/;

// src/build/parquet-worker.ts
import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const opened = (async () => {
  const { DuckDBInstance } = require(workerData.duckdb);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: workerData.memoryLimit,
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
var MEMORY_LIMIT = "256MB";
var DuckDBWorker = class {
  worker;
  waiting = /* @__PURE__ */ new Map();
  nextId = 0;
  ended;
  constructor() {
    const duckdb = createRequire(import.meta.url).resolve("@duckdb/node-api");
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { duckdb, memoryLimit: MEMORY_LIMIT } });
    this.worker.on("message", ({ id, error }) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === void 0) waiter?.resolve();
      else waiter?.reject(new Error(error));
    });
    const fail = (error) => {
      this.ended ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`the DuckDB worker stopped (exit code ${code})`)));
  }
  /**
   * Runs one statement after those sent before it.
   *
   * @param sql - The statement.
   * @returns Resolves when it has run.
   * @throws Error with DuckDB's message when it fails, or when the worker has stopped.
   */
  run(sql) {
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
  async close() {
    if (this.ended) return;
    const exited = once(this.worker, "exit");
    this.worker.postMessage({ id: -1 });
    await exited;
  }
};

// src/build/parquet.ts
var MONEY_DECIMAL = "DECIMAL(38,9)";
var FITS_MONEY_DECIMAL = "^-?[0-9]{1,29}([.][0-9]{1,9})?$";
var ParquetExportError = class extends Error {
  name = "ParquetExportError";
};
var TYPES = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  date: "DATE"
};
function parquetColumns(table) {
  const money = new Set(
    table.columns.filter((c) => c.kind === "money" || c.kind === "figure").flatMap((c) => [`${c.name}_amount`, `${c.name}_max`])
  );
  return exportFields(table).map((f) => ({
    name: f.name,
    type: money.has(f.name) ? MONEY_DECIMAL : TYPES[f.type] ?? "VARCHAR"
  }));
}
var sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
var sqlIdent = (s) => `"${s.replaceAll('"', '""')}"`;
function selectFromCsv(table, csvPath) {
  const columns = parquetColumns(table);
  const asText = `{${columns.map((c) => `${sqlString(c.name)}: 'VARCHAR'`).join(", ")}}`;
  const select = columns.map((c) => {
    const col = sqlIdent(c.name);
    if (c.type === "VARCHAR")
      return `CASE WHEN starts_with(${col}, '''') AND regexp_matches(${col}, ${sqlString(`^'${FORMULA_PATTERN.source.slice(1)}`)}) THEN ${col}[2:] ELSE ${col} END AS ${col}`;
    if (c.type === MONEY_DECIMAL) {
      const message = `${sqlString(`${table.name}.${c.name}: amount `)} || ${col} || ${sqlString(` does not fit ${MONEY_DECIMAL}`)}`;
      return `CASE WHEN ${col} IS NULL OR regexp_matches(${col}, ${sqlString(FITS_MONEY_DECIMAL)}) THEN CAST(${col} AS ${c.type}) ELSE error(${message}) END AS ${col}`;
    }
    return `CAST(${col} AS ${c.type}) AS ${col}`;
  });
  return `SELECT ${select.join(", ")} FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', columns = ${asText})`;
}
async function openDuckDB(path = ":memory:") {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(path, {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
function copyToParquet(table, csvPath, target) {
  return `COPY (${selectFromCsv(table, csvPath)}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION snappy)`;
}
async function writeTableParquet(duckdb, table, dir) {
  try {
    await duckdb.run(copyToParquet(table, join(dir, `${table.name}.csv`), join(dir, `${table.name}.parquet`)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ParquetExportError(`${table.name}.parquet: ${message.split("\n")[0]}`);
  }
}
async function writeParquet(folders) {
  if (folders.length === 0) return;
  const duckdb = new DuckDBWorker();
  try {
    for (const { dir, tables } of folders) {
      for (const { table } of tables) await writeTableParquet(duckdb, table, dir);
    }
  } finally {
    await duckdb.close();
  }
}
export {
  MONEY_DECIMAL,
  ParquetExportError,
  copyToParquet,
  openDuckDB,
  parquetColumns,
  selectFromCsv,
  sqlIdent,
  sqlString,
  writeParquet,
  writeTableParquet
};
