// Loads every dataset package's datapackage.json into an embedded DuckDB: row counts must match
// the JS exports, and no declared foreign key (within or across packages) may have orphan rows.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDatapackageInDuckDB } from '../../../packages/datakit/test/duckdb.js';
import { type DatasetName, datasetsDir, records } from './datasets.js';

describe.each(Object.keys(records) as DatasetName[])('@vnsti/%s datapackage.json in DuckDB', (name) => {
  it('loads every resource with the row counts of the JS export, and no orphan foreign keys', async () => {
    const check = await checkDatapackageInDuckDB(fileURLToPath(new URL(`${name}/dist`, datasetsDir)));
    expect(check.counts.length).toBeGreaterThan(0);
    for (const r of check.counts) {
      expect(r.csvRows, `${r.resource}.csv`).toBe(r.expectedRows);
      expect(r.ndjsonRows, `${r.resource}.ndjson`).toBe(r.expectedRows);
      expect(r.parquetRows, `${r.resource}.parquet`).toBe(r.expectedRows);
      expect(r.parquetMismatches, `${r.resource}.parquet rows unlike the CSV's`).toBe(0);
    }
    for (const d of check.duplicateKeys) expect(d.duplicates, `${d.resource} primary key`).toBe(0);
    for (const key of check.foreignKeys)
      expect(key.orphans, `${key.resource}(${key.fields}) → ${key.references}`).toBe(0);
  });
});
