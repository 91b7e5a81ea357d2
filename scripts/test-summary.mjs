#!/usr/bin/env node
// Sums the JSON reports vitest wrote in every workspace (test-results.json, see vitest.shared.ts)
// into one closing line, "Tests: N passed, N failed", that CI and people read the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'datasets', 'bench', 'docs']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  const candidates =
    group === 'packages' || group === 'datasets' ? readdirSync(dir).map((name) => join(dir, name)) : [dir];
  for (const pkg of candidates) {
    const file = join(pkg, 'test-results.json');
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    rows.push(
      `  ${pkg.slice(root.length).padEnd(28)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  }
}
console.log(rows.join('\n'));
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exitCode = 1;
