import { exportFields, type Table, tables } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import type { LoadedRow } from '../load.js';
import { readMoney } from '../normalise/cells.js';
import { sortedRows, writeTableExports } from './outputs.js';
import { UnsafeOutputError } from './utf8-writer.js';

const row = (line: number, values: Record<string, unknown>, source?: string, quote?: string): LoadedRow => ({
  line,
  values,
  source,
  quote,
});

describe('sortedRows', () => {
  it('orders rows by a one-field key in code-unit order, not by number or locale', () => {
    const rows = ['metric-2', 'metric-10', 'Metric-9', 'metric-1'].map((id, i) => row(i + 2, { id }));
    expect(sortedRows(tables.metrics, rows).map((r) => r.values['id'])).toEqual([
      'Metric-9',
      'metric-1',
      'metric-10',
      'metric-2',
    ]);
  });
  it('returns rows already in order as they are', () => {
    const rows = ['a', 'b', 'c'].map((id, i) => row(i + 2, { id }));
    expect(sortedRows(tables.metrics, rows)).toBe(rows);
  });
  it('orders by each field of a composite key in turn, the citation columns included', () => {
    const table = tables['metric-sources'];
    const rows = [
      row(2, { metric: 'b' }, 's1', 'q'),
      row(3, { metric: 'a' }, 's2', 'q'),
      row(4, { metric: 'a' }, 's1', 'z'),
      row(5, { metric: 'a' }, 's1', 'y'),
    ];
    expect(sortedRows(table, rows).map((r) => r.line)).toEqual([5, 4, 3, 2]);
  });
});

/** Runs writeTableExports into memory and gives both files as text. */
async function exportsOf(table: Table, rows: LoadedRow[]): Promise<{ csv: string; ndjson: string }> {
  const csv: Uint8Array[] = [];
  const ndjson: Uint8Array[] = [];
  await writeTableExports(
    table,
    rows,
    async (chunks) => void csv.push(...chunks),
    async (chunks) => void ndjson.push(...chunks),
  );
  return { csv: Buffer.concat(csv).toString(), ndjson: Buffer.concat(ndjson).toString() };
}

const project = (id: string, extra: Record<string, unknown>): LoadedRow =>
  row(2, { id, name: { vi: 'Dự án', en: 'Project' }, kind: 'project', status: 'licensed', ...extra }, 'src-a', 'q');

describe('writeTableExports', () => {
  const fields = exportFields(tables.projects).map((f) => f.name);

  it('writes every field in NDJSON, null when empty, in the CSV header order', async () => {
    const { csv, ndjson } = await exportsOf(tables.projects, [project('p-1', {})]);
    const object = JSON.parse(ndjson.trim()) as Record<string, unknown>;
    expect(Object.keys(object)).toEqual(fields);
    expect(csv.split('\n')[0]).toBe(fields.join(','));
    expect(object['investment_amount']).toBeNull();
    expect(object['area_text']).toBeNull();
    expect(object['name_vi']).toBe('Dự án');
  });

  it('writes one file alone, byte for byte as in the pass that writes both, when the other sink is null', async () => {
    const read = readMoney('9.007.199.254.740.993 đồng').value as Record<string, unknown>;
    const rows = [project('p-1', { investment: read }), project('p-2', { name: { vi: '=cmd', en: 'x, "y"' } })];
    const both = await exportsOf(tables.projects, rows);
    const alone = async (which: 'csv' | 'ndjson') => {
      const chunks: Uint8Array[] = [];
      const sink = async (c: Uint8Array[]) => void chunks.push(...c);
      await writeTableExports(tables.projects, rows, which === 'csv' ? sink : null, which === 'csv' ? null : sink);
      return Buffer.concat(chunks).toString();
    };
    expect(await alone('csv')).toBe(both.csv);
    expect(await alone('ndjson')).toBe(both.ndjson);
  });

  it('writes an amount beyond 2^53 as its exact decimal in CSV and NDJSON', async () => {
    const read = readMoney('9.007.199.254.740.993 đồng').value as Record<string, unknown>;
    expect(read['exact']).toBe('9007199254740993');
    const ranged = readMoney('từ 9.007.199.254.740.993 đến 12.345.678.901.234.567,5 đồng').value;
    const { csv, ndjson } = await exportsOf(tables.projects, [
      project('p-1', { investment: read }),
      project('p-2', { investment: ranged }),
    ]);
    const [, first, second] = csv.trim().split('\n');
    const amountAt = fields.indexOf('investment_amount');
    expect(first!.split(',')[amountAt]).toBe('9007199254740993');
    expect(second!.split(',').slice(amountAt, amountAt + 5)).toEqual([
      '9007199254740993',
      'VND',
      'exact',
      '12345678901234567.5',
      '',
    ]);
    // The NDJSON holds the digits as a JSON number: a reader with big numbers gets them exactly.
    expect(ndjson).toContain('"investment_amount":9007199254740993,');
    expect(ndjson).toContain('"investment_max":12345678901234567.5,');
  });

  it('writes an amount a number prints with an exponent as a plain decimal, others as they print', async () => {
    const money = (amount: number) => ({ amount, currency: 'USD', bound: 'exact' });
    const amounts = [1e-7, -2.5e-8, 1e-6, 123.5, 1.5e21, 0];
    const { csv, ndjson } = await exportsOf(
      tables.projects,
      amounts.map((amount, i) => project(`p-${i}`, { investment: money(amount) })),
    );
    const amountAt = fields.indexOf('investment_amount');
    const written = ['0.0000001', '-0.000000025', '0.000001', '123.5', '1500000000000000000000', '0'];
    expect(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[amountAt]),
    ).toEqual(written);
    for (const decimal of written) expect(ndjson).toContain(`"investment_amount":${decimal},`);
  });

  it('refuses an exact amount that is not a plain decimal rather than write it', async () => {
    const money = { amount: 1, currency: 'VND', bound: 'exact', exact: '1,"=cmd"' };
    await expect(exportsOf(tables.projects, [project('p-1', { investment: money })])).rejects.toThrow(
      UnsafeOutputError,
    );
  });

  it('neutralises formula text in the CSV only, and leaves numbers and the NDJSON as they are', async () => {
    const hostile = ['=HYPERLINK("http://example.com/x","mở")', "+cmd|' /C calc'!A0", '@SUM(A1:A9)'];
    const rows = hostile.map((text, i) =>
      project(`p-${i}`, {
        name: { vi: text, en: 'Name' },
        area: { value: -5, unit: 'ha', bound: 'exact', text: '-5 ha' },
      }),
    );
    const { csv, ndjson } = await exportsOf(tables.projects, rows);
    const lines = csv.trim().split('\n').slice(1);
    expect(lines[0]).toContain(`"'=HYPERLINK(""http://example.com/x"",""mở"")"`);
    expect(lines[1]).toContain(`,'+cmd|' /C calc'!A0,`);
    expect(lines[2]).toContain(`,'@SUM(A1:A9),`);
    for (const line of lines) expect(line).toContain(",-5,ha,exact,,,'-5 ha,");
    const names = ndjson
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { name_vi: string; area_value: number }).name_vi);
    expect(names).toEqual(hostile);
  });

  it('never writes a NUL byte: a NUL in a text cell stops the export with a typed error', async () => {
    const rows = [project('p-0', {}), { ...project('p-1', { name: { vi: 'a\u0000b', en: 'x' } }), line: 7 }];
    await expect(exportsOf(tables.projects, rows)).rejects.toThrow(UnsafeOutputError);
    await expect(exportsOf(tables.projects, rows)).rejects.toThrow(
      /^projects\.csv: the row from line 7: NUL character/,
    );
  });
});
