import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetName, datasets, type TableName, tables } from '@vnsti/schema';
import { type CsvTable, parseCsvTable } from '../io/csv-table.js';
import { MAX_CSV_BYTES, readRepositoryFile } from '../io/read-file.js';

// The contributor commands read and write CSV through the one I/O layer (`../io`); these names
// stay importable from here for the drafting and diff modules.
export { type CsvTable, csvField, csvLine, lineEnding, parseCsvTable } from '../io/csv-table.js';

/** Path of a table's CSV inside a repository: `datasets/<dataset>/data/<table>.csv`. */
function tablePath(table: TableName): string {
  return `datasets/${tables[table].dataset}/data/${table}.csv`;
}

/**
 * Reads every known table of the working tree that exists (`datasets/<dataset>/data/<table>.csv`).
 * Unreadable or malformed files are skipped; the validator reports them.
 *
 * @param repoRoot - Repository root.
 * @returns The tables found, by table name.
 */
export function readWorkingTables(repoRoot: string): Partial<Record<TableName, CsvTable>> {
  const out: Partial<Record<TableName, CsvTable>> = {};
  for (const dataset of Object.keys(datasets) as DatasetName[]) {
    let files: string[];
    try {
      files = readdirSync(join(repoRoot, 'datasets', dataset, 'data'));
    } catch {
      continue;
    }
    for (const table of datasets[dataset].tables) {
      if (!files.includes(`${table.name}.csv`)) continue;
      const read = readRepositoryFile(repoRoot, join(repoRoot, tablePath(table.name)), MAX_CSV_BYTES);
      if (!('bytes' in read)) continue; // a link out of the repository, a folder, too large: `vnsti validate` says so
      try {
        out[table.name] = parseCsvTable(read.bytes.toString('utf8'));
      } catch {
        // Broken CSV: `vnsti validate` says where.
      }
    }
  }
  return out;
}
