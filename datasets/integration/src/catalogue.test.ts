// The whole catalogue (one DuckDB database and a Parquet folder) written from the built dataset
// packages into a temporary folder: every table with the CSV's row count, keys declared and
// enforced, views resolving references, and the Parquet folder read by a second reader.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { CatalogueError, type CatalogueResult, writeCatalogue } from '@vnsti/datakit';
import { type TableName, tableSchema, tables } from '@vnsti/schema';
import { parse } from 'csv-parse/sync';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetsDir } from './datasets.js';

const root = fileURLToPath(datasetsDir);
const dir = mkdtempSync(join(tmpdir(), 'vnsti-catalogue-'));
const out = join(dir, 'catalogue');
let result: CatalogueResult;
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>;
let instance: DuckDBInstance;
const rowsOf = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
const sqlName = (name: string) => name.replaceAll('-', '_');

beforeAll(async () => {
  result = await writeCatalogue({ datasetsDir: root, out });
  instance = await DuckDBInstance.create(join(out, 'vnsti.duckdb'));
  connection = await instance.connect();
});
afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('the catalogue database', () => {
  it('holds every table with the row count of its CSV export', async () => {
    for (const name of Object.keys(tables) as TableName[]) {
      const csv = readFileSync(join(root, tables[name].dataset, 'dist', `${name}.csv`));
      const expected = (parse(csv, { from_line: 2 }) as unknown[]).length;
      const [row] = await rowsOf(`SELECT count(*) AS n FROM ${sqlName(name)}`);
      expect(Number(row!['n']), name).toBe(expected);
      expect(result.tables.find((t) => t.name === sqlName(name))?.rows).toBe(expected);
    }
  });

  it('declares every primary key and every foreign key into another table, and enforces them', async () => {
    const keys = await rowsOf(
      "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
    );
    for (const name of Object.keys(tables) as TableName[]) {
      const schema = tableSchema(name);
      const mine = keys.filter((k) => k['table_name'] === sqlName(name));
      // A key holding a citation's quote and locator (one of them empty in every row) is UNIQUE:
      // SQL allows no NULL in a primary key.
      const kind = schema.primaryKey.includes('locator') ? 'UNIQUE' : 'PRIMARY KEY';
      expect(
        mine.filter((k) => k['constraint_type'] === kind).map((k) => k['constraint_column_names']),
        name,
      ).toEqual([schema.primaryKey]);
      const foreign = schema.foreignKeys.filter((k) => k.reference.resource !== name);
      expect(mine.filter((k) => k['constraint_type'] === 'FOREIGN KEY').length, name).toBe(foreign.length);
    }
    await expect(
      connection.run(
        "INSERT INTO event_participants (event, official, role, source, quote) VALUES ('no-such-event', 'x', 'spoke', 'y', 'q')",
      ),
    ).rejects.toThrow(/foreign key/i);
  });

  it('has no orphan among the references a table makes to itself (not declared as keys)', async () => {
    for (const name of Object.keys(tables) as TableName[]) {
      for (const key of tableSchema(name).foreignKeys.filter((k) => k.reference.resource === name)) {
        const column = key.fields[0]!;
        const [row] = await rowsOf(
          `SELECT count(*) AS n FROM ${sqlName(name)} c WHERE c."${column}" IS NOT NULL AND c."${column}" NOT IN (SELECT id FROM ${sqlName(name)})`,
        );
        expect(Number(row!['n']), `${name}.${column}`).toBe(0);
      }
    }
  });

  it('resolves events to their participants and the posts they held that day', async () => {
    const rows = await rowsOf('SELECT * FROM event_participant_posts');
    const participants = await rowsOf('SELECT DISTINCT event, official, role FROM event_participants');
    // Every participant appears, each once per post found (or once with no post).
    const seen = new Set(rows.map((r) => `${r['event']}|${r['official']}|${r['role']}`));
    expect(seen.size).toBe(participants.length);
    const keyed = rows.map((r) => `${r['event']}|${r['official']}|${r['role']}|${r['post_title_en']}`);
    expect(new Set(keyed).size).toBe(keyed.length);
    for (const r of rows) {
      expect(typeof r['event_name_en']).toBe('string');
      expect(typeof r['official_name_vi']).toBe('string');
      if (r['post_title_en'] !== null) expect(['dates', 'observed']).toContain(r['post_basis']);
    }
    expect(rows.filter((r) => r['post_title_en'] !== null).length).toBeGreaterThan(rows.length / 2);
  });

  it('deduplicates posts across the sources that report them, keeping every source', async () => {
    const posts = await rowsOf('SELECT official, title_en, organization, sources FROM posts');
    const keys = posts.map((p) => `${p['official']}|${p['title_en']}|${p['organization']}`);
    expect(new Set(keys).size).toBe(keys.length);
    const [cited] = await rowsOf(
      'SELECT count(DISTINCT (official, title_en, organization, source)) AS n FROM positions',
    );
    expect(posts.reduce((sum, p) => sum + (p['sources'] as unknown[]).length, 0)).toBe(Number(cited!['n']));
  });
});

describe('the catalogue Parquet folder', () => {
  it('holds every table and view, read by hyparquet with the database row counts', async () => {
    for (const { name, rows } of result.tables) {
      const objects = await parquetReadObjects({
        file: await asyncBufferFromFile(join(out, 'parquet', `${name}.parquet`)),
      });
      expect(objects.length, name).toBe(rows);
    }
    for (const { name, rows } of result.views) {
      const objects = await parquetReadObjects({
        file: await asyncBufferFromFile(join(out, 'parquet', 'views', `${name}.parquet`)),
      });
      expect(objects.length, name).toBe(rows);
    }
  });

  it('rebuilds the database with schema.sql and load.sql', async () => {
    const fresh = await DuckDBInstance.create(':memory:');
    const c = await fresh.connect();
    try {
      await c.run(readFileSync(join(out, 'parquet', 'schema.sql'), 'utf8'));
      const load = readFileSync(join(out, 'parquet', 'load.sql'), 'utf8').replaceAll(
        /FROM '([^']+)'/g,
        (_, file: string) => `FROM '${join(out, 'parquet', file)}'`,
      );
      await c.run(load);
      for (const { name, rows } of [...result.tables, ...result.views]) {
        const count = (await c.runAndReadAll(`SELECT count(*) FROM ${name}`)).getRows()[0]![0];
        expect(Number(count), name).toBe(rows);
      }
    } finally {
      c.closeSync();
      fresh.closeSync();
    }
  });
});

describe('writeCatalogue on a tree that is not built', () => {
  it('throws a CatalogueError naming the missing file, and writes nothing', async () => {
    const empty = join(dir, 'empty');
    await expect(writeCatalogue({ datasetsDir: empty, out: join(dir, 'never') })).rejects.toThrow(CatalogueError);
    await expect(writeCatalogue({ datasetsDir: empty, out: join(dir, 'never') })).rejects.toThrow(
      /sources\.parquet does not exist: run `vnsti build`/,
    );
    expect(() => readFileSync(join(dir, 'never', 'vnsti.duckdb'))).toThrow();
  });
});
