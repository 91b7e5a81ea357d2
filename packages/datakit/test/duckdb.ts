import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { datasets, type TableName, tables } from '@vnsti/schema';
import { FORMULA_PATTERN } from '../src/build/formula.js';

interface Resource {
  name: TableName;
  path: string;
  schema: {
    fields: Array<{ name: string; type: string }>;
    primaryKey: string[];
    foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
    externalForeignKeys?: Array<{
      fields: string[];
      reference: { package: string; datapackage: string; resource: string; fields: string[] };
    }>;
  };
}

/** One resource as DuckDB read it, beside what the JS export says it should hold. */
interface ResourceCount {
  resource: string;
  /** Rows DuckDB read from the CSV. */
  csvRows: number;
  /** Rows DuckDB read from the NDJSON twin. */
  ndjsonRows: number;
  /** Rows DuckDB read from the Parquet twin. */
  parquetRows: number;
  /** Rows of the CSV (read with the declared types) that the Parquet twin does not hold, value for value. */
  parquetMismatches: number;
  /** Rows implied by the records the package's `index.js` exports. */
  expectedRows: number;
}

/** A declared foreign key and how many rows name a key the referenced resource does not have. */
interface ForeignKeyCheck {
  resource: string;
  fields: string[];
  /** `resource` or `@vnsti/<package>:resource`. */
  references: string;
  orphans: number;
}

/** What {@link checkDatapackageInDuckDB} found. */
export interface DatapackageCheck {
  name: string;
  counts: ResourceCount[];
  foreignKeys: ForeignKeyCheck[];
  /** Primary keys with duplicate values, by resource. */
  duplicateKeys: Array<{ resource: string; duplicates: number }>;
}

const duckType: Record<string, string> = {
  string: 'VARCHAR',
  number: 'DOUBLE',
  integer: 'BIGINT',
  boolean: 'BOOLEAN',
  date: 'DATE',
};
const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

function columnsOf(resource: Resource): string {
  return `{${resource.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(duckType[f.type] ?? 'VARCHAR')}`).join(', ')}}`;
}

/** Rows a child table should have, from the records the package exports. */
function expectedRows(name: TableName, records: readonly Record<string, unknown>[]): number {
  const table = tables[name];
  const parent = table.parent;
  if (!parent) return records.length;
  let count = 0;
  for (const record of records) {
    const list = (record[parent.into] as Array<{ sources?: unknown[] }> | undefined) ?? [];
    if (parent.into === 'sources')
      count += list.length - (datasets[table.dataset].tables[0]?.citation === 'required' ? 1 : 0);
    else if (parent.mergeBy) for (const item of list) count += item.sources?.length ?? 0;
    else count += list.length;
  }
  return count;
}

/**
 * Loads every resource of a built dataset package's `datapackage.json` (the `dist/` folder) into an
 * embedded DuckDB, as CSV (`read_csv` with the declared column types) and as NDJSON
 * (`read_ndjson`) and as Parquet (`read_parquet`, compared value for value with the CSV), and reports row counts beside the counts implied by the package's JS export,
 * primary-key duplicates, and orphan rows for every declared foreign key, including the
 * cross-package keys in `schema.externalForeignKeys` (resolved through their relative
 * `datapackage` path).
 *
 * @param dir - A dataset package's `dist/` folder.
 * @returns What was found; a valid package has equal counts, no duplicates and no orphans.
 * @example
 * ```ts
 * const check = await checkDatapackageInDuckDB('datasets/events/dist');
 * check.foreignKeys.every((k) => k.orphans === 0); // true
 * ```
 */
export async function checkDatapackageInDuckDB(dir: string): Promise<DatapackageCheck> {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    name: string;
    resources: Resource[];
  };
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const loaded = new Set<string>();
  const load = async (packageDir: string, resource: Resource): Promise<string> => {
    const table = `${packageDir}#${resource.name}`;
    if (loaded.has(table)) return table;
    const csv = join(packageDir, resource.path);
    await connection.run(
      `CREATE TABLE ${ident(table)} AS SELECT * FROM read_csv(${sqlString(csv)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columnsOf(resource)})`,
    );
    loaded.add(table);
    return table;
  };
  const count = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0] ?? Number.NaN);

  const exported = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Record<string, unknown>;
  const records = Object.values(exported).find(Array.isArray) as Record<string, unknown>[];
  const counts: ResourceCount[] = [];
  const duplicateKeys: DatapackageCheck['duplicateKeys'] = [];
  for (const resource of descriptor.resources) {
    const table = await load(dir, resource);
    const ndjson = join(dir, resource.path.replace(/\.csv$/, '.ndjson'));
    const ndjsonRows =
      readFileSync(ndjson, 'utf8') === ''
        ? 0
        : await count(`SELECT count(*) FROM read_ndjson(${sqlString(ndjson)}, columns = ${columnsOf(resource)})`);
    const parquet = sqlString(join(dir, resource.path.replace(/\.csv$/, '.parquet')));
    // Compare as text: the CSV's number cells and the Parquet's decimals and dates print alike once cast.
    // The CSV's text cells are read back to the text (the formula prefix dropped), as the Parquet holds it.
    const asText = (source: string, csv: boolean) =>
      `SELECT ${resource.schema.fields
        .map((f) => {
          const col = ident(f.name);
          if (duckType[f.type] === 'DOUBLE') return `CAST(${col} AS DOUBLE)`;
          if (csv && f.type === 'string')
            return `CASE WHEN regexp_matches(${col}, ${sqlString(`^'${FORMULA_PATTERN.source.slice(1)}`)}) THEN ${col}[2:] ELSE ${col} END`;
          return `CAST(${col} AS VARCHAR)`;
        })
        .join(', ')} FROM ${source}`;
    counts.push({
      resource: resource.name,
      csvRows: await count(`SELECT count(*) FROM ${ident(table)}`),
      ndjsonRows,
      parquetRows: await count(`SELECT count(*) FROM read_parquet(${parquet})`),
      parquetMismatches: await count(
        `SELECT count(*) FROM (${asText(ident(table), true)} EXCEPT ALL ${asText(`read_parquet(${parquet})`, false)})`,
      ),
      // A lookup table beside the records (the indicator registry) is not in the JS export: its CSV
      // and NDJSON exports must agree with each other.
      expectedRows: tables[resource.name as TableName]?.record ? ndjsonRows : expectedRows(resource.name, records),
    });
    const key = resource.schema.primaryKey.map(ident).join(', ');
    duplicateKeys.push({
      resource: resource.name,
      duplicates: await count(
        `SELECT count(*) FROM (SELECT ${key} FROM ${ident(table)} GROUP BY ${key} HAVING count(*) > 1)`,
      ),
    });
  }
  const foreignKeys: ForeignKeyCheck[] = [];
  const orphans = async (child: string, fields: string[], parent: string, parentFields: string[]) =>
    count(
      `SELECT count(*) FROM ${ident(child)} c WHERE ${fields.map((f) => `c.${ident(f)} IS NOT NULL`).join(' AND ')} AND NOT EXISTS (SELECT 1 FROM ${ident(parent)} p WHERE ${fields.map((f, i) => `p.${ident(parentFields[i]!)} = c.${ident(f)}`).join(' AND ')})`,
    );
  for (const resource of descriptor.resources) {
    const child = await load(dir, resource);
    for (const key of resource.schema.foreignKeys) {
      const target = descriptor.resources.find((r) => r.name === key.reference.resource);
      if (!target) throw new Error(`${resource.name}: foreign key to unknown resource ${key.reference.resource}`);
      const parent = await load(dir, target);
      foreignKeys.push({
        resource: resource.name,
        fields: key.fields,
        references: key.reference.resource,
        orphans: await orphans(child, key.fields, parent, key.reference.fields),
      });
    }
    for (const key of resource.schema.externalForeignKeys ?? []) {
      const path = resolve(dir, key.reference.datapackage);
      if (!existsSync(path)) throw new Error(`${resource.name}: ${key.reference.package} is not built (${path})`);
      const other = JSON.parse(readFileSync(path, 'utf8')) as { resources: Resource[] };
      const target = other.resources.find((r) => r.name === key.reference.resource);
      if (!target)
        throw new Error(`${resource.name}: ${key.reference.package} has no resource ${key.reference.resource}`);
      const parent = await load(dirname(path), target);
      foreignKeys.push({
        resource: resource.name,
        fields: key.fields,
        references: `${key.reference.package}:${key.reference.resource}`,
        orphans: await orphans(child, key.fields, parent, key.reference.fields),
      });
    }
  }
  connection.closeSync();
  instance.closeSync();
  return { name: descriptor.name, counts, foreignKeys, duplicateKeys };
}
