import {
  type DatasetName,
  datasets,
  exportFields,
  type Table,
  type TableName,
  tableSchema,
  tables,
} from '@vnsti/schema';
import { fieldAccessor, type LoadedDataset, type LoadedRow, type LoadResult } from '../load.js';
import { amountDecimal, EXACT_OF } from '../normalise/amount-decimal.js';
import { compareCodeUnits, sortedByKey } from '../order.js';
import { UnsafeOutputError, Utf8Writer } from './utf8-writer.js';

/** A file to write into `dist/`: its name and content. @internal */
export interface OutputFile {
  name: string;
  content: string;
}

const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV cell, quoted per RFC 4180 when it holds a comma, a quote or a line end. @internal */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows per batch when writing large files: the bytes of a batch are written before the next is encoded. */
const BATCH = 2000;

/** A table's rows in primary-key order (code-unit order of each key field, in turn). @internal */
export function sortedRows(table: Table, rows: readonly LoadedRow[]): readonly LoadedRow[] {
  if (rows.length < 2) return rows;
  const fields = exportFields(table).map((f) => f.name);
  const pk = table.primaryKey.map((k) => fieldAccessor(table, fields[fields.indexOf(k)]!));
  if (pk.length === 1) {
    // One key field (an id, the common case): compare strings, not arrays of one string.
    const get = pk[0]!;
    return sortedByKey(rows, (row) => csvCell(get(row)));
  }
  const keyed = rows.map((row) => ({ row, key: pk.map((get) => csvCell(get(row))) }));
  const order = (a: { key: string[] }, b: { key: string[] }) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = compareCodeUnits(a.key[i]!, b.key[i]!);
      if (d !== 0) return d;
    }
    return 0;
  };
  let sorted = true;
  for (let i = 1; i < keyed.length && sorted; i++) sorted = order(keyed[i - 1]!, keyed[i]!) <= 0;
  if (sorted) return rows;
  keyed.sort(order);
  return keyed.map((k) => k.row);
}

/** How to read one authored column's export fields from a row: the value, or properties of it. */
interface Emitter {
  /** Column name in `row.values`, or `source` / `quote`. */
  name: string;
  /** For expanded columns (localized, money, quantity, figure, date-value): the property of each field. */
  properties: string[] | null;
  /** Each field's NDJSON member, before its value, in export order. */
  members: Member[];
  /**
   * For a money or figure column, per property: the property holding its exact decimal when the number
   * cannot (`amount` → `exact`, `max` → `exactMax`), else `null`.
   */
  exact: Array<string | null>;
}

/**
 * A field's NDJSON member as UTF-8: its key with the comma before it (none for a row's first
 * field), and the whole member when the value is absent, so that a field costs one write.
 */
interface Member {
  /** `,"name":` (`{"name":` for the first field: the row's opening brace too). */
  key: Uint8Array;
  /** `,"name":null` (`{"name":null`). */
  absent: Uint8Array;
}

/** A plain decimal as `@vnsti/money` writes `exact`: safe to write as a JSON number or a CSV cell. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Groups the export fields of a table by the column they come from, in export order. */
function emitters(table: Table): { fields: string[]; emitters: Emitter[] } {
  const fields = exportFields(table).map((f) => f.name);
  const list: Emitter[] = [];
  for (const [index, field] of fields.entries()) {
    const before = `${index === 0 ? '{' : ','}${JSON.stringify(field)}:`;
    const member: Member = { key: Buffer.from(before), absent: Buffer.from(`${before}null`) };
    const column = table.columns.find((c) => c.name === field);
    if (column || field === 'source' || field === 'quote' || field === 'locator') {
      list.push({ name: field, properties: null, members: [member], exact: [] });
      continue;
    }
    const owner = table.columns.find(
      (c) =>
        field.startsWith(`${c.name}_`) &&
        (c.kind === 'localized' ||
          c.kind === 'money' ||
          c.kind === 'quantity' ||
          c.kind === 'figure' ||
          c.kind === 'date-value'),
    );
    if (!owner) throw new Error(`${table.name} has no column for export field ${field}`);
    const property = field.slice(owner.name.length + 1).replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
    const exact = owner.kind === 'money' || owner.kind === 'figure' ? (EXACT_OF[property] ?? null) : null;
    const last = list[list.length - 1];
    if (last && last.name === owner.name && last.properties) {
      last.properties.push(property);
      last.members.push(member);
      last.exact.push(exact);
    } else list.push({ name: owner.name, properties: [property], members: [member], exact: [exact] });
  }
  return { fields, emitters: list };
}

/** Writes one export field: its NDJSON member (see {@link Member}) and its value. */
type EmitField = (member: Member, value: unknown) => void;

/**
 * A table's row, field by field in export order, as one function written for the table's columns:
 * each value is read by a property name written in the code (a fixed-shape lookup) rather than by a
 * name held in a variable (a keyed lookup V8 cannot specialise), which for 100 000 rows took about
 * a third of the time of writing the CSV. The names come from `@vnsti/schema` and are quoted with
 * `JSON.stringify`; a money or figure column's exact decimal is written in place of its number.
 */
function fieldWriter(
  plan: readonly Emitter[],
): (row: LoadedRow, emit: EmitField, emitDecimal: EmitField, emitAmount: EmitField) => void {
  const name = (key: string) => JSON.stringify(key);
  const body = ['const values = row.values;', 'let o, x;'];
  plan.forEach((e, i) => {
    const from = e.name === 'source' || e.name === 'quote' || e.name === 'locator' ? 'row' : 'values';
    if (e.properties === null) {
      body.push(`emit(K[${i}][0], ${from}[${name(e.name)}]);`);
      return;
    }
    body.push(`o = ${from}[${name(e.name)}];`);
    e.properties.forEach((property, j) => {
      const read = `o == null ? undefined : o[${name(property)}]`;
      const exact = e.exact[j];
      if (exact)
        body.push(
          `x = o == null ? undefined : o[${name(exact)}];`,
          `if (x !== undefined) emitDecimal(K[${i}][${j}], x); else emitAmount(K[${i}][${j}], ${read});`,
        );
      else body.push(`emit(K[${i}][${j}], ${read});`);
    });
  });
  const make = new Function(
    'K',
    `return function writeFields(row, emit, emitDecimal, emitAmount) {\n${body.join('\n')}\n};`,
  );
  return make(plan.map((e) => e.members));
}

/** Where the bytes of one output file go, a batch at a time. @internal */
export type ByteSink = (chunks: Uint8Array[]) => Promise<void>;

/**
 * Writes the flat export of a table: `<table>.csv` (header, then every field, empty when absent)
 * and `<table>.ndjson` (the same fields in the same order, `null` when absent), rows in the
 * order given, encoded in one pass over the rows and handed to the sinks a batch at a time. A
 * `null` sink skips its file (the build writes the CSV first, for DuckDB to start on the Parquet).
 * A money amount beyond what a number holds exactly is written as its exact decimal (`exact`), any
 * other amount as a plain decimal, never with an exponent.
 * CSV text cells a spreadsheet would evaluate get a `'` before them (`formula.ts`); numbers,
 * dates and the NDJSON are left as they are.
 * @internal
 */
export async function writeTableExports(
  table: Table,
  rows: readonly LoadedRow[],
  csvSink: ByteSink | null,
  ndjsonSink: ByteSink | null,
): Promise<TableExport> {
  const { fields, emitters: plan } = emitters(table);
  const toCsv = csvSink !== null;
  const toNdjson = ndjsonSink !== null;
  const csv = new Utf8Writer();
  const ndjson = new Utf8Writer();
  if (toCsv) csv.text(`${fields.map(csvCell).join(',')}\n`);
  let cell = 0;
  /** Per field, whether a cell of it got a `'` before it in the CSV. */
  const neutralised = new Uint8Array(fields.length);
  /** One field into the CSV: a comma before all but the row's first cell, then the cell. */
  const csvField = (value: unknown) => {
    if (cell++ > 0) csv.byte(COMMA);
    if (value === undefined || value === null) return;
    if (typeof value === 'string') {
      if (csv.csvCell(value, true)) neutralised[cell - 1] = 1;
    } else csv.csvCell(String(value));
  };
  /** One field into the NDJSON: its member, comma and key (and `null` when absent), then its value. */
  const ndjsonField = (member: Member, value: unknown) => {
    if (value === undefined || value === null) {
      ndjson.bytes(member.absent);
      return;
    }
    ndjson.bytes(member.key);
    if (typeof value === 'string') ndjson.jsonString(value);
    else ndjson.text(String(value));
  };
  // One function a pass, chosen once: a pass that writes one file tests no flag per field.
  const emit: EmitField =
    toCsv && toNdjson
      ? (key, value) => {
          csvField(value);
          ndjsonField(key, value);
        }
      : toCsv
        ? (_member, value) => csvField(value)
        : ndjsonField;
  /** A number written from its exact decimal string, checked so that it stays a number. */
  const emitDecimal = (member: Member, decimal: unknown) => {
    if (typeof decimal !== 'string' || !PLAIN_DECIMAL.test(decimal))
      throw new UnsafeOutputError(`exact amount ${JSON.stringify(decimal)} is not a plain decimal`);
    if (toCsv) {
      if (cell++ > 0) csv.byte(COMMA);
      csv.text(decimal);
    }
    if (toNdjson) {
      ndjson.bytes(member.key);
      ndjson.text(decimal);
    }
  };
  /**
   * A money amount without an exact decimal, written without an exponent (`1e-7` → `0.0000001`).
   * A number prints with one only below 1e-6 and from 1e21 (ECMAScript's Number::toString), so
   * only those are rewritten.
   */
  const emitAmount = (member: Member, amount: unknown) => {
    const size = typeof amount === 'number' && Number.isFinite(amount) ? Math.abs(amount) : 0;
    if (size !== 0 && (size < 1e-6 || size >= 1e21)) emitDecimal(member, amountDecimal(amount, undefined));
    else emit(member, amount);
  };
  const writeFields = fieldWriter(plan);
  const writeRow = (row: LoadedRow) => {
    cell = 0;
    writeFields(row, emit, emitDecimal, emitAmount);
    if (toCsv) csv.byte(NEWLINE);
    if (toNdjson) {
      ndjson.byte(CLOSE_BRACE);
      ndjson.byte(NEWLINE);
    }
  };
  let row: LoadedRow | undefined;
  const writes = new WriteBehind();
  for (let start = 0; start < rows.length; start += BATCH) {
    try {
      for (let r = start; r < Math.min(rows.length, start + BATCH); r++) {
        row = rows[r]!;
        writeRow(row);
      }
    } catch (error) {
      await writes.settle();
      // Name the row: the writers only know the value.
      if (error instanceof UnsafeOutputError && row)
        throw new UnsafeOutputError(`${table.name}.csv: the row from line ${row.line}: ${error.message}`);
      throw error;
    }
    await writes.next(() => Promise.all([csvSink?.(csv.take()), ndjsonSink?.(ndjson.take())]));
  }
  await writes.next(() => Promise.all([csvSink?.(csv.end()), ndjsonSink?.(ndjson.end())]));
  await writes.done();
  return { neutralised: new Set(fields.filter((_, i) => neutralised[i] === 1)) };
}

/** What {@link writeTableExports} tells about what it wrote. @internal */
export interface TableExport {
  /**
   * The CSV's fields with a cell that got a `'` before it (see `formula.ts`): only these can hold
   * a cell to read back without it (empty when no CSV was written).
   */
  readonly neutralised: ReadonlySet<string>;
}

/**
 * Writes one batch while the next is encoded: `next` waits for the batch before (a writer's
 * batches reach its file in order) and starts the one given, without waiting for it.
 */
class WriteBehind {
  private pending: Promise<unknown> = Promise.resolve();

  /** Waits for the batch in flight, then starts `write` (the next batch's bytes, taken now). */
  async next(write: () => Promise<unknown>): Promise<void> {
    await this.pending;
    this.pending = write();
    this.pending.catch(() => {}); // awaited by the next call or `done`; not unhandled meanwhile
  }

  /** Waits for the last batch. */
  done(): Promise<unknown> {
    return this.pending;
  }

  /** Waits for the batch in flight, whatever its outcome (before reporting another error). */
  async settle(): Promise<void> {
    await this.pending.catch(() => {});
  }
}

const COMMA = 44;
const NEWLINE = 10;
const CLOSE_BRACE = 125;

/**
 * Writes the records as JSON, exactly `JSON.stringify(records)` and a line end, a batch of records
 * at a time.
 * @internal
 */
export async function writeRecordsJson(records: readonly unknown[], sink: ByteSink): Promise<void> {
  const out = new Utf8Writer();
  const writes = new WriteBehind();
  out.byte(91);
  for (let start = 0; start < records.length; start += BATCH) {
    for (let i = start; i < Math.min(records.length, start + BATCH); i++) {
      if (i > 0) out.byte(COMMA);
      out.json(records[i]);
    }
    await writes.next(() => sink(out.take()));
  }
  out.byte(93);
  out.byte(NEWLINE);
  await writes.next(() => sink(out.end()));
  await writes.done();
}

/** `events` → `event`, `Event`. @internal */
export function recordNames(name: DatasetName): { singular: string; type: string } {
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  return { singular, type: singular[0]!.toUpperCase() + singular.slice(1) };
}

// Freezes children before their parent. The records come fresh from JSON, a tree with no shared
// or cyclic objects, so no `Object.isFrozen` check is needed (it made freezing 2–4× slower).
const FREEZE = `function freeze(value) {
  for (const key in value) {
    const child = value[key];
    if (typeof child === 'object' && child !== null) freeze(child);
  }
  return Object.freeze(value);
}`;

/** The file beside the modules that holds the records as JSON. @internal */
export const RECORDS_FILE = 'records.json';

/**
 * The ESM and CJS modules, their declarations, and the records' JSON they both load. The data is a
 * JSON file rather than a literal in the module: engines parse JSON far faster than they compile a
 * string literal of the same size (for 20 000 records: about 0.3 s against 0.8 s, `npm run bench`).
 * @internal
 */
export function moduleFiles(dataset: LoadedDataset): {
  modules: { js: string; cjs: string };
  declarations: OutputFile[];
} {
  const { name } = dataset;
  const { singular, type } = recordNames(name);
  const banner = `// Generated by \`vnsti build\` from datasets/${name}/data/*.csv: do not edit.`;
  const body = `${FREEZE}
const ${name} = freeze(data);
const byId = new Map(${name}.map((record) => [record.id, record]));
function ${singular}ById(id) {
  return byId.get(id);
}
`;
  const description = datasets[name].description;
  // Records are declared as the schema's published types: deeply read-only, ids branded per table.
  const dts = `${banner}
import type { ${type}Record } from '@vnsti/schema';

/** ${datasets[name].title}: ${description} Deeply frozen; ${dataset.records.length} records sorted by id. */
export declare const ${name}: readonly ${type}Record[];
/** The ${singular} with this id, or \`undefined\`. */
export declare function ${singular}ById(id: string): ${type}Record | undefined;
`;
  return {
    modules: {
      js: `${banner}\nimport data from './${RECORDS_FILE}' with { type: 'json' };\n${body}export { ${name}, ${singular}ById };\n`,
      cjs: `${banner}\n'use strict';\nconst data = require('./${RECORDS_FILE}');\n${body}exports.${name} = ${name};\nexports.${singular}ById = ${singular}ById;\n`,
    },
    declarations: [
      { name: 'index.d.ts', content: dts },
      { name: 'index.d.cts', content: dts },
    ],
  };
}

/** A datapackage.json description of a foreign key into another dataset package. */
export interface ExternalForeignKey {
  fields: string[];
  reference: { package: string; datapackage: string; resource: TableName; fields: string[] };
}

/**
 * The Frictionless Data Package descriptor of a dataset. Foreign keys between resources of this
 * package are standard `schema.foreignKeys`; keys into other dataset packages (events → places)
 * go in `schema.externalForeignKeys`, naming the npm package and the relative path of its
 * `datapackage.json` (the same from `datasets/<name>/dist` and from `node_modules/@vnsti/<name>/dist`),
 * since the standard has no cross-package reference and tools would reject an unknown resource.
 * @internal
 */
export function datapackage(dataset: LoadedDataset, loaded: LoadResult, version: string): Record<string, unknown> {
  const { name } = dataset;
  const cited = new Set<string>();
  if (name === 'sources') for (const row of dataset.tables[0]!.rows) cited.add(String(row.values['id']));
  for (const t of dataset.tables) for (const row of t.rows) if (row.source) cited.add(row.source);
  const sourceRows = new Map(
    (loaded.datasets.get('sources')?.tables[0]?.rows ?? []).map(
      (row) => [String(row.values['id']), row.values] as const,
    ),
  );
  const sources = [...cited].sort(compareCodeUnits).map((id) => {
    const values = sourceRows.get(id);
    const title = (values?.['title'] as { vi: string } | undefined)?.vi ?? id;
    const url = values?.['url'];
    return { title, ...(typeof url === 'string' ? { path: url } : {}) };
  });
  const own = new Set<string>(dataset.tables.map((t) => t.table.name));
  const resources = dataset.tables.map((t) => {
    const schema = tableSchema(t.table.name);
    const internal = schema.foreignKeys.filter((k) => own.has(k.reference.resource));
    const external: ExternalForeignKey[] = schema.foreignKeys
      .filter((k) => !own.has(k.reference.resource))
      .map((k) => {
        const target = tables[k.reference.resource].dataset;
        return {
          fields: k.fields,
          reference: {
            package: `@vnsti/${target}`,
            datapackage: `../../${target}/dist/datapackage.json`,
            resource: k.reference.resource,
            fields: k.reference.fields,
          },
        };
      });
    return {
      name: t.table.name,
      path: `${t.table.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: schema.fields,
        missingValues: [''],
        primaryKey: schema.primaryKey,
        foreignKeys: internal,
        ...(external.length ? { externalForeignKeys: external } : {}),
      },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: `vnsti-${name}`,
    title: `vnsti ${datasets[name].title}`,
    description: `${datasets[name].description} Each resource also ships as <name>.ndjson (the same fields, null when empty) and <name>.parquet (typed columns: dates as DATE, money amounts as exact DECIMAL(38,9)). In the CSV files a text cell that a spreadsheet would run as a formula (one starting with =, +, -, @, TAB or CR, after any ') has one ' put before it: drop it to get the text; NDJSON and Parquet hold the text unchanged. Foreign keys into other @vnsti dataset packages are listed under schema.externalForeignKeys.`,
    version,
    homepage: 'https://github.com/vnsti/vnsti',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ],
    sources,
    resources,
  };
}
