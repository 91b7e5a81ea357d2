import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';

/** One cell of a flat export row (`<table>.ndjson`). */
export type Cell = string | number | boolean | null;

/** One row of a flat export, keyed by the export field names of `exportFields(table)`. */
export type Row = Readonly<Record<string, Cell | undefined>>;

/** A dataset as built: its rows per table, and the export files found in its `dist/`. */
export interface DatasetData {
  readonly name: DatasetName;
  /** `version` of `datasets/<name>/package.json`, when the package exists. */
  readonly version?: string;
  /** Whether `datasets/<name>/dist/` exists. */
  readonly built: boolean;
  /** Rows of each table of the dataset (an unbuilt table has none). */
  readonly tables: Readonly<Record<string, readonly Row[]>>;
  /** Export files in `dist/` (`<table>.csv`, `<table>.ndjson`, `datapackage.json`), sorted. */
  readonly files: readonly string[];
}

/** Everything the catalogue is generated from. */
export interface CatalogueData {
  /** Every dataset the schema describes, in the schema's order. */
  readonly datasets: readonly DatasetData[];
  /** Full texts of the sources by source id (from `datasets/sources/<text_file>`), where present. */
  readonly sourceTexts: ReadonlyMap<string, string>;
}

/**
 * Parses NDJSON: one JSON object per non-empty line.
 *
 * @example
 * ```ts
 * parseNdjson('{"id":"a"}\n\n{"id":"b"}\n', 'x.ndjson'); // [{ id: 'a' }, { id: 'b' }]
 * ```
 */
export function parseNdjson(text: string, file: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${file}:${i + 1}: expected a JSON object per line`);
    }
    rows.push(value as Row);
  }
  return rows;
}

function readVersion(dir: string): string | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' ? version : undefined;
}

/**
 * Reads the built exports of every dataset from `<datasetsDir>/<name>/dist/<table>.ndjson`, and the
 * source texts the sources dataset keeps beside its data. Missing datasets or tables load as empty.
 */
export function loadCatalogueData(datasetsDir: string): CatalogueData {
  const loaded: DatasetData[] = [];
  for (const dataset of Object.values(datasets)) {
    const dir = join(datasetsDir, dataset.name);
    const dist = join(dir, 'dist');
    const built = existsSync(dist);
    const tables: Record<string, Row[]> = {};
    for (const table of dataset.tables) {
      const file = join(dist, `${table.name}.ndjson`);
      tables[table.name] = existsSync(file) ? parseNdjson(readFileSync(file, 'utf8'), file) : [];
    }
    const files = built
      ? readdirSync(dist)
          .filter((f) => /\.(csv|ndjson)$/.test(f) || f === 'datapackage.json')
          .sort()
      : [];
    const version = readVersion(dir);
    loaded.push({ name: dataset.name, built, tables, files, ...(version ? { version } : {}) });
  }
  const sourceTexts = new Map<string, string>();
  for (const row of loaded.find((d) => d.name === 'sources')?.tables['sources'] ?? []) {
    const id = row['id'];
    const textFile = row['text_file'];
    if (typeof id !== 'string' || typeof textFile !== 'string' || !/^text\/[a-z0-9-]+\.txt$/.test(textFile)) continue;
    const file = join(datasetsDir, 'sources', textFile);
    if (existsSync(file)) sourceTexts.set(id, readFileSync(file, 'utf8'));
  }
  return { datasets: loaded, sourceTexts };
}
