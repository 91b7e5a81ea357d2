import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportFields, tableSchema } from './frictionless.js';
import { authoredHeaders, datasets, type TableName, tables } from './tables.js';

/** The object schema a table's rows fill: the record, or the item of the array a child table fills. */
function targetShape(datasetName: keyof typeof datasets, into?: string): Record<string, z.ZodType> {
  const record = datasets[datasetName].record as z.ZodObject;
  if (!into) return record.shape;
  const field = record.shape[into]!;
  const array = (field instanceof z.ZodOptional ? field.unwrap() : field) as z.ZodArray<z.ZodType>;
  const item = array.element;
  return item instanceof z.ZodObject ? item.shape : {};
}

describe('table layout', () => {
  it('names every dataset and table once', () => {
    expect(Object.keys(datasets)).toEqual([
      'sources',
      'places',
      'organizations',
      'documents',
      'officials',
      'events',
      'projects',
      'metrics',
    ]);
    const names = Object.values(datasets).flatMap((d) => d.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(tables).sort()).toEqual([...names].sort());
  });

  for (const table of Object.values(tables)) {
    it(`${table.name}: every column fills a field of its record`, () => {
      const shape = table.record ? table.record.shape : targetShape(table.dataset, table.parent?.into);
      for (const column of table.columns) {
        if (column.name === table.parent?.column) continue;
        if (table.parent?.value) {
          expect(column.name).toBe(table.parent.value);
          continue;
        }
        expect(Object.keys(shape), `${table.name}.${column.name} → ${column.field}`).toContain(column.field);
      }
    });
    it(`${table.name}: references point at tables that exist and have an id`, () => {
      for (const column of table.columns.filter((c) => c.kind === 'ref')) {
        const target = tables[column.references as TableName];
        expect(target, `${table.name}.${column.name}`).toBeDefined();
        expect(target.primaryKey).toEqual(['id']);
      }
    });
    it(`${table.name}: primary key columns exist in the export`, () => {
      const names = exportFields(table).map((f) => f.name);
      for (const key of table.primaryKey) expect(names).toContain(key);
      expect(new Set(names).size).toBe(names.length);
    });
  }

  it('cited record tables have citations; enum columns list their values', () => {
    expect(tables.events.citation).toBe('required');
    expect(tables.sources.citation).toBe('none');
    for (const table of Object.values(tables)) {
      for (const column of table.columns.filter((c) => c.kind === 'enum'))
        expect(column.values?.length).toBeGreaterThan(0);
    }
  });

  it('authoredHeaders expands localized pairs and appends the citation', () => {
    expect(authoredHeaders(tables['event-participants'])).toEqual([
      'event',
      'official',
      'role',
      'source',
      'quote',
      'locator',
    ]);
    expect(authoredHeaders(tables['place-changes'])).toEqual([
      'place',
      'change',
      'successor',
      'date',
      'source',
      'quote',
      'locator',
    ]);
    expect(authoredHeaders(tables['organization-aliases'])).toEqual(['organization', 'alias']);
    expect(authoredHeaders(tables.officials)).toEqual(['id', 'name_vi', 'name_en']);
    expect(authoredHeaders(tables.positions).slice(0, 3)).toEqual(['official', 'title_vi', 'title_en']);
  });
});

describe('Frictionless export fields', () => {
  it('expands money, quantity and date-value columns into typed columns (the TSDoc example)', () => {
    const names = exportFields(tables.projects).map((f) => f.name);
    expect(names.slice(0, 4)).toEqual(['id', 'name_vi', 'name_en', 'kind']);
    expect(names).toEqual(
      expect.arrayContaining([
        'investment_amount',
        'investment_currency',
        'investment_bound',
        'investment_text',
        'area_value',
        'area_unit',
      ]),
    );
    const event = exportFields(tables.events);
    expect(event.find((f) => f.name === 'date_start')).toEqual(
      expect.objectContaining({ type: 'date', constraints: { required: true } }),
    );
    expect(event.find((f) => f.name === 'date_part_of_day')?.constraints?.enum).toEqual([
      'morning',
      'noon',
      'afternoon',
      'evening',
      'night',
    ]);
  });
  it('expands a figure column into the money and the quantity columns, the amounts typed as for money', () => {
    const fields = exportFields(tables.metrics);
    const value = fields.filter((f) => f.name.startsWith('value_')).map((f) => [f.name, f.type]);
    expect(value).toEqual([
      ['value_amount', 'number'],
      ['value_currency', 'string'],
      ['value_value', 'number'],
      ['value_unit', 'string'],
      ['value_bound', 'string'],
      ['value_max', 'number'],
      ['value_estimated', 'boolean'],
      ['value_per', 'string'],
      ['value_text', 'string'],
    ]);
    expect(fields.find((f) => f.name === 'value_bound')?.constraints?.required).toBe(true);
    expect(fields.find((f) => f.name === 'value_amount')?.constraints?.required).toBeUndefined();
  });
  it('gives each ref and each citation a foreign key', () => {
    expect(tableSchema('event-participants').foreignKeys.map((k) => k.reference.resource)).toEqual([
      'events',
      'officials',
      'sources',
    ]);
    expect(tableSchema('places').foreignKeys).toEqual([
      { fields: ['parent'], reference: { resource: 'places', fields: ['id'] } },
      { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
    ]);
    expect(tableSchema('events').primaryKey).toEqual(['id']);
  });
  it('carries the id pattern generated from the Zod schema', () => {
    const id = exportFields(tables.places).find((f) => f.name === 'id');
    expect(new RegExp(String(id?.constraints?.pattern)).test('quang-ninh')).toBe(true);
    expect(new RegExp(String(id?.constraints?.pattern)).test('Quảng-Ninh')).toBe(false);
  });
});
