// The exports end to end: a copy of the valid fixture with a hostile name and an amount beyond 2^53,
// built with `build`, then read back from records.json, the CSV, the NDJSON and the Parquet file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { openDuckDB, sqlString } from '../src/build/parquet.js';
import { copyFixture, fixtures } from './helpers.js';

const root = copyFixture(join(fixtures, 'valid'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOSTILE = '=HYPERLINK("http://example.com/x","mở")';
const BIG = '9.007.199.254.740.993 đồng';

describe('exports of a dataset with a formula-like name and an amount beyond 2^53', () => {
  it('builds, keeping the amount exact and the text as written everywhere but the CSV', async () => {
    const file = join(root, 'datasets', 'projects', 'data', 'projects.csv');
    const rows = parse(readFileSync(file), { columns: true }) as Array<Record<string, string>>;
    const first = rows[0]!;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!
      .replace(first['name_en']!, `"${HOSTILE.replaceAll('"', '""')}"`)
      .replace(first['investment']!, BIG);
    writeFileSync(file, lines.join('\n'));

    expect((await build({ dir: root })).problems).toEqual([]);
    const dist = join(root, 'datasets', 'projects', 'dist');
    const id = first['id']!;

    const records = JSON.parse(readFileSync(join(dist, 'records.json'), 'utf8')) as Array<{
      id: string;
      name: { en: string };
      investment?: unknown;
    }>;
    const record = records.find((r) => r.id === id)!;
    expect(record.name.en).toBe(HOSTILE);
    expect(record.investment).toMatchObject({ amount: 2 ** 53, exact: '9007199254740993', text: BIG });

    const csv = parse(readFileSync(join(dist, 'projects.csv')), { columns: true }) as Array<Record<string, string>>;
    const row = csv.find((r) => r['id'] === id)!;
    expect(row['name_en']).toBe(`'${HOSTILE}`);
    expect(row['investment_amount']).toBe('9007199254740993');

    const ndjson = readFileSync(join(dist, 'projects.ndjson'), 'utf8')
      .split('\n')
      .find((l) => l.includes(`"id":"${id}"`))!;
    expect(ndjson).toContain('"investment_amount":9007199254740993,');
    expect(JSON.parse(ndjson)['name_en']).toBe(HOSTILE);

    const parquet = join(dist, 'projects.parquet');
    const { connection, close } = await openDuckDB();
    try {
      const read = await connection.runAndReadAll(
        `SELECT name_en, investment_amount::VARCHAR FROM read_parquet(${sqlString(parquet)}) WHERE id = ${sqlString(id)}`,
      );
      expect(read.getRows()).toEqual([[HOSTILE, '9007199254740993.000000000']]);
    } finally {
      close();
    }
    const objects = (await parquetReadObjects({ file: await asyncBufferFromFile(parquet) })) as Array<
      Record<string, unknown>
    >;
    expect(objects.length).toBe(csv.length);
    expect(objects.find((o) => o['id'] === id)?.['name_en']).toBe(HOSTILE);
  });
});

describe('exports of an amount a number writes with an exponent', () => {
  const tiny = copyFixture(join(fixtures, 'valid'));
  afterAll(() => rmSync(tiny, { recursive: true, force: true }));

  it('writes 0,0000001 USD as 0.0000001 in the CSV and the NDJSON, and exactly in the Parquet file', async () => {
    const file = join(tiny, 'datasets', 'projects', 'data', 'projects.csv');
    const rows = parse(readFileSync(file), { columns: true }) as Array<Record<string, string>>;
    const first = rows[0]!;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(first['investment']!, '"0,0000001 USD"');
    writeFileSync(file, lines.join('\n'));

    expect((await build({ dir: tiny })).problems).toEqual([]);
    const dist = join(tiny, 'datasets', 'projects', 'dist');
    const id = first['id']!;
    const record = (
      JSON.parse(readFileSync(join(dist, 'records.json'), 'utf8')) as Array<{ id: string; investment?: unknown }>
    ).find((r) => r.id === id)!;
    expect(record.investment).toMatchObject({ amount: 1e-7, currency: 'USD' });
    const csv = parse(readFileSync(join(dist, 'projects.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(csv.find((r) => r['id'] === id)?.['investment_amount']).toBe('0.0000001');
    const ndjson = readFileSync(join(dist, 'projects.ndjson'), 'utf8')
      .split('\n')
      .find((l) => l.includes(`"id":"${id}"`))!;
    expect(ndjson).toContain('"investment_amount":0.0000001,');
    const { connection, close } = await openDuckDB();
    try {
      const read = await connection.runAndReadAll(
        `SELECT investment_amount::VARCHAR FROM read_parquet(${sqlString(join(dist, 'projects.parquet'))}) WHERE id = ${sqlString(id)}`,
      );
      expect(read.getRows()).toEqual([['0.000000100']]);
    } finally {
      close();
    }
  });
});
