import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// Runs in a fresh node process: a cold import of the package, then, as the floor, a cold
// read + JSON.parse of the same records from a file; heap retained by the import after a full GC.
const childScript = `
const [name, exportName, jsonPath] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
globalThis.gc();
const before = process.memoryUsage().heapUsed;
let t = performance.now();
const mod = await import('@vnsti/' + name);
const importMs = performance.now() - t;
globalThis.gc();
const retained = process.memoryUsage().heapUsed - before;
const records = mod[exportName].length;
t = performance.now();
const parsed = JSON.parse(readFileSync(jsonPath, 'utf8'));
const parseMs = performance.now() - t;
console.log(JSON.stringify({ importMs, parseMs, retained, records, parsed: parsed.length }));
`;

interface ChildResult {
  importMs: number;
  parseMs: number;
  retained: number;
  records: number;
  parsed: number;
}

function runChild(repoRoot: string, name: string, exportName: string, jsonPath: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', childScript, name, exportName, jsonPath],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string) as ChildResult;
}

/**
 * Cold import time of each dataset package against a cold `JSON.parse` of the same records read
 * from a file (the floor), median of `runs` fresh processes, and the heap the import retains.
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
      const results = Array.from({ length: runs }, () => runChild(repoRoot, name, exportName, jsonPath));
      const importMs = median(results.map((r) => r.importMs));
      const parseMs = median(results.map((r) => r.parseMs));
      const retained = median(results.map((r) => r.retained));
      const ratio = importMs / parseMs;
      rows.push({
        group: 'import cost',
        name: `import '@vnsti/${name}' (${records.length} records)`,
        value: `${importMs.toFixed(2)} ms, ${(retained / 1024).toFixed(0)} KiB retained`,
        versus: `read + JSON.parse of the same records: ${parseMs.toFixed(2)} ms`,
        ratio: formatRatio(ratio),
        target: 'within 2× of the floor',
        pass: ratio <= 2,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
