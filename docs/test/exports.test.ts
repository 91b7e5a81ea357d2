import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { datasets } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../src/guides.js';

/** The SQL of "Using the exports", run in DuckDB against this repository's built exports. */
const docsDir = join(import.meta.dirname, '..');
const rootDir = join(docsDir, '..');
const guide = readFileSync(join(docsDir, 'using-the-exports.md'), 'utf8');
const queries = codeBlocks(guide).filter((b) => b.lang === 'sql' && b.run);

/** `node_modules/@vnsti/<name>/dist/` as installed → `datasets/<name>/dist/` in this repository. */
function inRepository(sql: string): string {
  return sql.replace(
    /node_modules\/@vnsti\/([a-z-]+)\/dist\//g,
    (_, name: string) => `${join(rootDir, 'datasets', name, 'dist')}/`,
  );
}

describe('using-the-exports.md', () => {
  it('names only files the datasets export', () => {
    const tables = new Set(Object.values(datasets).flatMap((d) => d.tables.map((t) => `${d.name}/dist/${t.name}`)));
    const named = [...guide.matchAll(/@vnsti\/([a-z-]+)\/dist\/([a-z-]+)\.(?:csv|ndjson|parquet)/g)].map(
      (m) => `${m[1]}/dist/${m[2]}`,
    );
    expect(named.length).toBeGreaterThan(5);
    for (const n of named) expect(tables, n).toContain(n);
  });

  it('has SQL examples marked to run', () => {
    expect(queries.length).toBeGreaterThanOrEqual(4);
  });

  for (const query of queries) {
    it(`using-the-exports.md:${query.line} runs in DuckDB and returns rows`, async () => {
      const sql = inRepository(query.code);
      for (const [, file] of sql.matchAll(/'([^']+\.(?:csv|ndjson|parquet))'/g)) {
        expect(existsSync(file!), `${file} is missing: run npm run build at the repository root`).toBe(true);
      }
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        const result = await connection.runAndReadAll(sql);
        expect(result.getRows().length).toBeGreaterThan(0);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }
});
