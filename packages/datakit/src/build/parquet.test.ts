import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tables } from '@vnsti/schema';
import { asyncBufferFromFile, parquetReadObjects, parquetSchema, parquetMetadataAsync } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedRow } from '../load.js';
import { readFigure, readMoney } from '../normalise/cells.js';
import { writeTableExports } from './outputs.js';
import {
  copyToParquet,
  MONEY_DECIMAL,
  openDuckDB,
  ParquetExportError,
  parquetColumns,
  selectFromCsv,
  sqlString,
  writeParquet,
} from './parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'vnsti-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a table's CSV as the build does, then its Parquet; gives the Parquet's path. */
async function exportTable(name: 'projects' | 'events' | 'metrics', rows: LoadedRow[], folder = dir): Promise<string> {
  const table = tables[name];
  const csv: Uint8Array[] = [];
  await writeTableExports(
    table,
    rows,
    async (chunks) => void csv.push(...chunks),
    async () => {},
  );
  writeFileSync(join(folder, `${name}.csv`), Buffer.concat(csv));
  await writeParquet([{ dir: folder, tables: [{ table }] }]);
  return join(folder, `${name}.parquet`);
}

const project = (id: string, values: Record<string, unknown>): LoadedRow => ({
  line: 2,
  values: { id, name: { vi: 'Dự án', en: 'Project' }, kind: 'project', status: 'licensed', ...values },
  source: 'src-a',
  quote: 'q',
});

const hostile = ['=HYPERLINK("http://example.com/x","mở")', "+cmd|' /C calc'!A0", '@SUM(A1:A9)', "'=1", "'plain"];

describe('writeParquet', () => {
  it('types the columns: money amounts as exact decimals, dates as DATE, numbers and booleans as such', () => {
    const columns = new Map(parquetColumns(tables.projects).map((c) => [c.name, c.type]));
    expect(columns.get('investment_amount')).toBe(MONEY_DECIMAL);
    expect(columns.get('investment_max')).toBe(MONEY_DECIMAL);
    expect(columns.get('investment_currency')).toBe('VARCHAR');
    expect(columns.get('area_value')).toBe('DOUBLE');
    expect(columns.get('area_estimated')).toBe('BOOLEAN');
    expect(new Map(parquetColumns(tables.events).map((c) => [c.name, c.type])).get('date_start')).toBe('DATE');
  });

  it('holds exact amounts beyond 2^53 and the text as written, read back by DuckDB', async () => {
    const rows = [
      project('p-0', { investment: readMoney('9.007.199.254.740.993 đồng').value }),
      project('p-1', { investment: readMoney('từ 0,25 đến 12.345.678.901.234.567,5 đồng').value }),
      ...hostile.map((text, i) => project(`p-${i + 2}`, { name: { vi: text, en: 'x' } })),
      project('p-9', { area: { value: -5.5, unit: 'ha', bound: 'exact', estimated: true, text: '-5,5 ha' } }),
    ];
    const path = await exportTable('projects', rows);
    const { connection, close } = await openDuckDB();
    try {
      const read = await connection.runAndReadAll(
        `SELECT id, investment_amount::VARCHAR, investment_max::VARCHAR, name_vi, area_value, area_estimated, area_text, typeof(investment_amount) FROM read_parquet(${sqlString(path)}) ORDER BY id`,
      );
      const got = read.getRows();
      expect(got.length).toBe(rows.length);
      expect(got[0]!.slice(0, 3)).toEqual(['p-0', '9007199254740993.000000000', null]);
      expect(got[0]![7]).toBe(MONEY_DECIMAL);
      expect(got[1]!.slice(1, 3)).toEqual(['0.250000000', '12345678901234567.500000000']);
      expect(got.slice(2, 7).map((r) => r[3])).toEqual(hostile);
      expect(got[7]!.slice(4, 7)).toEqual([-5.5, true, '-5,5 ha']);
    } finally {
      close();
    }
  });

  it('un-neutralises only the text columns the CSV writer put a quote mark in, and reads them back as written', async () => {
    const table = tables.projects;
    const rows = [project('p-1', { name: { vi: '=SUM(A1)', en: 'plain' } }), project('p-2', {})];
    const csv: Uint8Array[] = [];
    const { neutralised } = await writeTableExports(table, rows, async (chunks) => void csv.push(...chunks), null);
    expect([...neutralised]).toEqual(['name_vi']);
    expect(selectFromCsv(table, 'x.csv', neutralised).match(/CASE WHEN starts_with/g)).toHaveLength(1);
    expect(selectFromCsv(table, 'x.csv', new Set())).not.toContain('starts_with');
    const folder = mkdtempSync(join(dir, 'neutralised-'));
    writeFileSync(join(folder, 'projects.csv'), Buffer.concat(csv));
    const { connection, close } = await openDuckDB();
    try {
      const target = join(folder, 'projects.parquet');
      await connection.run(copyToParquet(table, join(folder, 'projects.csv'), target, neutralised));
      const read = await connection.runAndReadAll(
        `SELECT name_vi, name_en FROM read_parquet(${sqlString(target)}) ORDER BY id`,
      );
      expect(read.getRows()).toEqual([
        ['=SUM(A1)', 'plain'],
        ['Dự án', 'Project'],
      ]);
    } finally {
      close();
    }
  });

  it('writes a metric figure as money (exact decimal, currency) or as a quantity (value, unit), each in its own columns', async () => {
    const columns = new Map(parquetColumns(tables.metrics).map((c) => [c.name, c.type]));
    expect([columns.get('value_amount'), columns.get('value_max'), columns.get('value_value')]).toEqual([
      MONEY_DECIMAL,
      MONEY_DECIMAL,
      'DOUBLE',
    ]);
    const metric = (id: string, cell: string): LoadedRow => ({
      line: 2,
      values: {
        id,
        indicator: 'budget-revenue',
        place: 'quang-ninh',
        period: { start: '2023-01-01', end: '2023-09-30', precision: 'span' },
        value: readFigure(cell).value,
        status: 'actual',
      },
      source: 'src-a',
      quote: 'q',
    });
    const path = await exportTable('metrics', [
      metric('m-1', '12.345.678.901.234.567 đồng'),
      metric('m-2', '-5 tỷ đồng'),
      metric('m-3', 'trên 9.400 USD/người'),
      metric('m-4', '11,2%'),
    ]);
    const { connection, close } = await openDuckDB();
    try {
      const read = await connection.runAndReadAll(
        `SELECT id, value_amount::VARCHAR, value_currency, value_value, value_unit, value_per FROM read_parquet(${sqlString(path)}) ORDER BY id`,
      );
      expect(read.getRows()).toEqual([
        ['m-1', '12345678901234567.000000000', 'VND', null, null, null],
        ['m-2', '-5000000000.000000000', 'VND', null, null, null],
        ['m-3', '9400.000000000', 'USD', null, null, 'người'],
        ['m-4', null, null, 11.2, 'percent', null],
      ]);
    } finally {
      close();
    }
  });

  it('is read by a second, pure-JavaScript reader with the same rows and values', async () => {
    const rows = hostile.map((text, i) =>
      project(`p-${i}`, {
        name: { vi: text, en: 'x' },
        investment: readMoney(`${i + 1},5 tỷ USD`).value,
      }),
    );
    const path = await exportTable('projects', rows);
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    const schema = parquetSchema(metadata).children.map((c) => c.element.name);
    expect(schema).toEqual(parquetColumns(tables.projects).map((c) => c.name));
    const objects = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
    expect(objects.map((o) => o['name_vi'])).toEqual(hostile);
    expect(objects.map((o) => o['investment_amount'])).toEqual([1.5e9, 2.5e9, 3.5e9, 4.5e9, 5.5e9]);
    expect(objects.map((o) => o['investment_currency'])).toEqual(Array(5).fill('USD'));
    expect(objects.every((o) => o['area_value'] === null && o['event'] === null)).toBe(true);
  });

  it('writes dates as DATE', async () => {
    const event: LoadedRow = {
      line: 2,
      values: {
        id: 'e-1',
        name: { vi: 'Hội nghị', en: 'Conference' },
        kind: 'conference',
        date: { start: '2025-11-24', end: '2025-11-25', precision: 'span', text: 'ngày 24 và 25/11' },
        place: 'ha-noi',
      },
      source: 's',
      quote: 'q',
    };
    const path = await exportTable('events', [event]);
    const objects = (await parquetReadObjects({ file: await asyncBufferFromFile(path) })) as Array<
      Record<string, unknown>
    >;
    expect(objects[0]!['date_start']).toEqual(new Date('2025-11-24T00:00:00Z'));
    expect(objects[0]!['date_end']).toEqual(new Date('2025-11-25T00:00:00Z'));
  });

  it('refuses an amount the decimal column cannot hold exactly, with a typed error naming it', async () => {
    const folder = mkdtempSync(join(dir, 'bad-'));
    const money = { amount: 0.1234567891, currency: 'USD', bound: 'exact' };
    const rows = [project('p-1', { investment: money })];
    await expect(exportTable('projects', rows, folder)).rejects.toThrow(ParquetExportError);
    await expect(exportTable('projects', rows, folder)).rejects.toThrow(
      /projects\.investment_amount: amount 0\.1234567891 does not fit DECIMAL\(38,9\)/,
    );
  });
});
