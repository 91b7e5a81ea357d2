import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '@vnsti/datakit';
import { generateRepo } from '@vnsti/datakit/bench';
import { formatRatio, median } from '../stats.js';
import type { Row } from '../table.js';

/** The dataset packages and the array each exports. */
export const datasetExports = {
  sources: 'sources',
  places: 'places',
  organizations: 'organizations',
  officials: 'officials',
  events: 'events',
  projects: 'projects',
  metrics: 'metrics',
} as const;

// Runs in a fresh node process. The module loader is warmed up first by importing another
// dataset package (its one-time start-up is no cost of ours); then a cold import of the dataset package,
// and, as the floor, JSON.parse of the same records from a string read beforehand. Heap retained
// by the import is measured after a full GC.
const childScript = `
const [name, exportName, jsonPath, warmUp] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
await import('@vnsti/' + warmUp);
const json = readFileSync(jsonPath, 'utf8');
globalThis.gc();
const before = process.memoryUsage().heapUsed;
let t = performance.now();
const mod = await import(name.startsWith('file:') ? name : '@vnsti/' + name);
const importMs = performance.now() - t;
globalThis.gc();
const retained = process.memoryUsage().heapUsed - before;
const records = mod[exportName].length;
t = performance.now();
const parsed = JSON.parse(json);
const parseMs = performance.now() - t;
t = performance.now();
JSON.parse(readFileSync(jsonPath, 'utf8'));
const readParseMs = performance.now() - t;
t = performance.now();
await import('data:text/javascript,export default 0');
const emptyMs = performance.now() - t;
console.log(JSON.stringify({ importMs, parseMs, readParseMs, emptyMs, retained, records, parsed: parsed.length }));
`;

interface ChildResult {
  importMs: number;
  parseMs: number;
  /** Reading the JSON file and parsing it: what loading the records from a file costs at least. */
  readParseMs: number;
  /** Importing an empty module: the loader's fixed cost per module. */
  emptyMs: number;
  retained: number;
  records: number;
  parsed: number;
}

function runChild(repoRoot: string, name: string, exportName: string, jsonPath: string): ChildResult {
  // Warm the loader up on another dataset package, so its one-time start-up is not charged here.
  const warmUp = name === 'sources' ? 'places' : 'sources';
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', childScript, name, exportName, jsonPath, warmUp],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string) as ChildResult;
}

/**
 * Imports `specifier` and parses the same records from a JSON file in `runs` fresh processes, and
 * turns the medians into a results row.
 */
function importRow(
  repoRoot: string,
  specifier: string,
  exportName: string,
  jsonPath: string,
  label: string,
  runs: number,
): Row {
  const results = Array.from({ length: runs }, () => runChild(repoRoot, specifier, exportName, jsonPath));
  const importMs = median(results.map((r) => r.importMs));
  const parseMs = median(results.map((r) => r.parseMs));
  const retained = median(results.map((r) => r.retained));
  const readParseMs = median(results.map((r) => r.readParseMs));
  const emptyMs = median(results.map((r) => r.emptyMs));
  const ratio = importMs / parseMs;
  return {
    group: 'import cost',
    name: label,
    value: `${importMs.toFixed(2)} ms, ${(retained / 1024).toFixed(0)} KiB retained`,
    versus: `JSON.parse of the same records: ${parseMs.toFixed(3)} ms (reading the JSON file too: ${readParseMs.toFixed(2)} ms; importing an empty module: ${emptyMs.toFixed(2)} ms)`,
    ratio: formatRatio(ratio),
    target: 'within 2× of the floor',
    pass: ratio <= 2,
  };
}

/**
 * Cold import time of each dataset package (module loader warmed up) against a cold `JSON.parse`
 * of the same records from a string (the floor), median of `runs` fresh processes, and the heap the import retains.
 */
export async function importCostRows(repoRoot: string, runs = 7): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vnsti-import-'));
  const rows: Row[] = [];
  try {
    for (const [name, exportName] of Object.entries(datasetExports)) {
      const mod = (await import(`@vnsti/${name}`)) as Record<string, unknown[]>;
      const records = mod[exportName] ?? [];
      const jsonPath = join(dir, `${name}.json`);
      writeFileSync(jsonPath, JSON.stringify(records));
      rows.push(
        importRow(repoRoot, name, exportName, jsonPath, `import '@vnsti/${name}' (${records.length} records)`, runs),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * The same measurement on a synthetic metrics package built by `vnsti build` from `rows` rows, where
 * the data, not the module loader's fixed cost, decides the time.
 */
export async function importCostAtScaleRows(repoRoot: string, rows = 20_000, runs = 5): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vnsti-import-scale-'));
  try {
    generateRepo(dir, rows);
    const result = await build({ dir: join(dir, 'datasets', 'metrics') });
    if (result.problems.length > 0) throw new Error(`synthetic build failed: ${result.problems.length} problems`);
    const url = pathToFileURL(join(dir, 'datasets', 'metrics', 'dist', 'index.js')).href;
    const records = ((await import(url)) as { metrics: unknown[] }).metrics;
    const jsonPath = join(dir, 'metrics.json');
    const json = JSON.stringify(records);
    writeFileSync(jsonPath, json);
    const label = `import a built metrics package of ${records.length.toLocaleString('en')} records (${(json.length / 1e6).toFixed(1)} MB JSON)`;
    return [importRow(repoRoot, url, 'metrics', jsonPath, label, runs)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
