import { Bound, Id, PartOfDay, Precision } from './values.js';
import { type Column, type Table, type TableName, tables } from './tables.js';

/**
 * A Frictionless Table Schema field descriptor.
 *
 * @example
 * ```ts
 * const field: Field = { name: 'date_start', type: 'date', description: 'First day.', constraints: { required: true } };
 * ```
 */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
}

/**
 * A Frictionless Table Schema: fields, primary key and foreign keys.
 *
 * @example
 * ```ts
 * tableSchema('events').primaryKey; // ['id']
 * ```
 */
export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys: Array<{ fields: string[]; reference: { resource: TableName; fields: string[] } }>;
}

/** The `pattern` of a string schema's JSON Schema, following the `$ref` a `.meta({ id })` adds. */
function patternOf(schema: { toJSONSchema(): Record<string, unknown> }): string {
  const json = schema.toJSONSchema() as { pattern?: string; $defs?: Record<string, { pattern?: string }> };
  const pattern = json.pattern ?? Object.values(json.$defs ?? {})[0]?.pattern;
  if (!pattern) throw new Error('schema has no pattern');
  return pattern;
}

const idPattern = patternOf(Id);
const bounds = Bound.options;

/**
 * What a column is about, without the authoring rule: `'When, as written ("sáng 24/11") or YYYY-MM-DD.'`
 * → `'When'`. The export fields describe the value they hold, not how the CSV cell is written.
 */
export function columnSubject(column: Column): string {
  return column.description.replace(/,? as written\b.*$/s, '').replace(/\.$/, '');
}

const ISO_DATE = 'an ISO 8601 date (YYYY-MM-DD)';

function expand(column: Column): Field[] {
  const required = column.required ? { required: true } : {};
  const d = column.description;
  const s = columnSubject(column);
  const n = column.name;
  const asWritten = {
    name: `${n}_text`,
    type: 'string',
    description: `${d} The cell as authored, unchanged.`,
  } as const;
  switch (column.kind) {
    case 'localized':
      return [
        { name: `${n}_vi`, type: 'string', description: `${d} (Vietnamese, as written)`, constraints: { ...required } },
        { name: `${n}_en`, type: 'string', description: `${d} (English)`, constraints: { ...required } },
      ];
    case 'money':
      return [
        {
          name: `${n}_amount`,
          type: 'number',
          description: `${s}: amount in units of the currency (a range's lower end), a plain decimal with every digit the source gives, exact beyond 2^53`,
          constraints: { ...required, minimum: 0 },
        },
        {
          name: `${n}_currency`,
          type: 'string',
          description: `${s}: ISO 4217 currency code of the amount`,
          constraints: { ...required, pattern: '^[A-Z]{3}$' },
        },
        {
          name: `${n}_bound`,
          type: 'string',
          description: `${s}: how the amount bounds the true value`,
          constraints: { ...required, enum: bounds },
        },
        { name: `${n}_max`, type: 'number', description: `${s}: upper end of a range, exact like the amount` },
        { name: `${n}_estimated`, type: 'boolean', description: `${s}: true when the source calls it an estimate` },
        { name: `${n}_per`, type: 'string', description: `${s}: the unit the amount is per (a person, a year)` },
        asWritten,
      ];
    case 'figure':
      return [
        {
          name: `${n}_amount`,
          type: 'number',
          description: `${s}, when it is money: amount in units of the currency (a range's lower end, negative for a fall), a plain decimal with every digit the source gives, exact beyond 2^53; empty for other figures`,
        },
        {
          name: `${n}_currency`,
          type: 'string',
          description: `${s}, when it is money: ISO 4217 currency code of the amount; empty for other figures`,
          constraints: { pattern: '^[A-Z]{3}$' },
        },
        {
          name: `${n}_value`,
          type: 'number',
          description: `${s}, when it is not money: the value; empty for money`,
        },
        {
          name: `${n}_unit`,
          type: 'string',
          description: `${s}, when it is not money: the unit (never a currency); empty for money`,
        },
        {
          name: `${n}_bound`,
          type: 'string',
          description: `${s}: how the amount or value bounds the true one`,
          constraints: { ...required, enum: bounds },
        },
        {
          name: `${n}_max`,
          type: 'number',
          description: `${s}: upper end of a range, exact like the amount`,
        },
        { name: `${n}_estimated`, type: 'boolean', description: `${s}: true when the source calls it an estimate` },
        { name: `${n}_per`, type: 'string', description: `${s}: for money, the unit the amount is per (a person)` },
        asWritten,
      ];
    case 'quantity':
      return [
        { name: `${n}_value`, type: 'number', description: `${s}: value`, constraints: { ...required } },
        { name: `${n}_unit`, type: 'string', description: `${s}: unit`, constraints: { ...required } },
        {
          name: `${n}_bound`,
          type: 'string',
          description: `${s}: how the value bounds the true one`,
          constraints: { ...required, enum: bounds },
        },
        { name: `${n}_max`, type: 'number', description: `${s}: upper end of a range` },
        { name: `${n}_estimated`, type: 'boolean', description: `${s}: true when the source calls it an estimate` },
        asWritten,
      ];
    case 'date-value':
      return [
        {
          name: `${n}_start`,
          type: 'date',
          description: `${s}: first day, ${ISO_DATE}`,
          constraints: { ...required },
        },
        { name: `${n}_end`, type: 'date', description: `${s}: last day, ${ISO_DATE}`, constraints: { ...required } },
        {
          name: `${n}_precision`,
          type: 'string',
          description: `${s}: how precisely the source gives it`,
          constraints: { ...required, enum: Precision.options },
        },
        {
          name: `${n}_part_of_day`,
          type: 'string',
          description: `${s}: part of the day, when the source names one`,
          constraints: { enum: PartOfDay.options },
        },
        {
          name: `${n}_open`,
          type: 'string',
          description: `${s}: which end is open, for a period given by one end only`,
          constraints: { enum: ['start', 'end'] },
        },
        asWritten,
      ];
    case 'id':
    case 'ref':
      return [{ name: n, type: 'string', description: d, constraints: { ...required, pattern: idPattern } }];
    case 'enum':
      return [{ name: n, type: 'string', description: d, constraints: { ...required, enum: column.values ?? [] } }];
    case 'date':
      return [{ name: n, type: 'date', description: `${s}, ${ISO_DATE}`, constraints: { ...required } }];
    case 'number':
      return [{ name: n, type: 'number', description: d, constraints: { ...required } }];
    case 'boolean':
      return [{ name: n, type: 'boolean', description: d, constraints: { ...required } }];
    case 'text':
      return [{ name: n, type: 'string', description: d, constraints: { ...required } }];
  }
}

/**
 * The fields of a table's flat export (`<table>.csv`, `<table>.ndjson`): authored columns, with
 * `localized`, `money`, `quantity`, `figure` and `date-value` columns expanded into typed columns, then
 * `source`, `quote` and `locator` for cited tables. Generated from the same column list the CSV is read with.
 *
 * @example
 * ```ts
 * exportFields(tables.projects).map((f) => f.name).slice(0, 4); // ['id', 'name_vi', 'name_en', 'kind']
 * ```
 */
export function exportFields(table: Table): Field[] {
  const fields = table.columns.flatMap(expand);
  if (table.citation === 'none') return fields;
  const required = table.citation === 'required' ? { required: true } : {};
  return [
    ...fields,
    {
      name: 'source',
      type: 'string',
      description: 'Id of the cited source.',
      constraints: { ...required, pattern: idPattern },
    },
    { name: 'quote', type: 'string', description: 'Verbatim quote from a source with a stored text.' },
    { name: 'locator', type: 'string', description: 'Where in a source without stored text (article, clause, row).' },
  ];
}

/**
 * The Frictionless Table Schema of a table's export: fields, primary key, and a foreign key for
 * every `ref` column and for `source`.
 *
 * @example
 * ```ts
 * tableSchema('event-participants').foreignKeys.map((k) => k.reference.resource); // ['events', 'officials', 'sources']
 * ```
 */
export function tableSchema(name: TableName): TableSchema {
  const table = tables[name];
  const foreignKeys: TableSchema['foreignKeys'] = table.columns
    .filter((c) => c.kind === 'ref' && c.references)
    .map((c) => ({ fields: [c.name], reference: { resource: c.references as TableName, fields: ['id'] } }));
  if (table.citation !== 'none')
    foreignKeys.push({ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } });
  return { fields: exportFields(table), primaryKey: [...table.primaryKey], foreignKeys };
}
