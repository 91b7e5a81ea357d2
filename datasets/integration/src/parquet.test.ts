// Reads every dataset's Parquet exports with hyparquet, a pure-JavaScript reader independent of the
// DuckDB that wrote them, and compares them cell by cell with the CSV exports.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { restoreFormulaText } from '../../../packages/datakit/src/build/formula.js';
import { type DatasetName, datasetsDir, records } from './datasets.js';

interface Resource {
  name: string;
  path: string;
  schema: { fields: Array<{ name: string; type: string }> };
}

/** A Parquet value in the CSV's spelling, for comparison. */
function asCsvCell(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'date') return (value as Date).toISOString().slice(0, 10);
  return String(value);
}

describe.each(Object.keys(records) as DatasetName[])('@vnsti/%s Parquet read by hyparquet', (name) => {
  const dist = fileURLToPath(new URL(`${name}/dist/`, datasetsDir));
  const { resources } = JSON.parse(readFileSync(`${dist}datapackage.json`, 'utf8')) as { resources: Resource[] };

  it.each(resources.map((r) => [r.name, r] as const))('%s: the CSV rows, value for value', async (_, resource) => {
    const rows = parse(readFileSync(`${dist}${resource.path}`), { columns: false, from_line: 2 }) as string[][];
    const file = await asyncBufferFromFile(`${dist}${resource.name}.parquet`);
    const objects = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
    expect(objects.length).toBe(rows.length);
    const fields = resource.schema.fields;
    for (let r = 0; r < rows.length; r++) {
      const object = objects[r]!;
      expect(Object.keys(object)).toEqual(fields.map((f) => f.name));
      fields.forEach((field, i) => {
        const cell = rows[r]![i]!;
        const value = object[field.name];
        const where = `${resource.name} row ${r + 2} ${field.name}`;
        if (field.type === 'number' && cell !== '') expect(value, where).toBeCloseTo(Number(cell), 6);
        else
          expect(asCsvCell(value, field.type), where).toBe(field.type === 'string' ? restoreFormulaText(cell) : cell);
      });
    }
  });
});
