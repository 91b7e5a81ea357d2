import { type Column, type DatasetName, datasets, describeValue } from '@vnsti/schema';
import type { z } from 'zod';
import type { Collector } from '../collector.js';
import { sortedIndexes } from '../order.js';
import { cellLocation } from '../rows/locate-cell.js';
import type { LoadedRow, LoadedTable } from '../rows/types.js';
import { fieldAccessor } from './field-accessor.js';
import { type Acceptor, schemaAcceptor } from './schema-acceptor.js';

/** Each record schema's acceptor, made once. */
const acceptors = new WeakMap<object, Acceptor>();

function acceptorOf(schema: z.core.$ZodType): Acceptor {
  let accepts = acceptors.get(schema);
  if (!accepts) {
    accepts = schemaAcceptor(schema);
    acceptors.set(schema, accepts);
  }
  return accepts;
}

interface Entry {
  record: Record<string, unknown>;
  row: LoadedRow;
  table: LoadedTable;
  /**
   * Rows behind each element of `record.sources`, once a child table adds one; until then the
   * only citation is the main row's.
   */
  sources?: Array<{ row: LoadedRow; table: LoadedTable }>;
  /** Rows behind each element of a child array, by array name. */
  children?: Map<string, Array<{ rows: LoadedRow[]; table: LoadedTable }>>;
}

/** A citation as records hold it: the source and its quote or locator (or both, for the schema to refuse). */
interface Citation {
  source: string;
  quote?: string;
  locator?: string;
}

/** The citation of a row, or `undefined` when it cites nothing (no source, or neither quote nor locator). */
function citationOf(row: LoadedRow): Citation | undefined {
  const { source, quote, locator } = row;
  if (!source || (quote === undefined && locator === undefined)) return undefined;
  // Each object made whole by a literal: adding a property to one costs a shape change each time.
  if (locator === undefined) return { source, quote: quote! };
  return quote === undefined ? { source, locator } : { source, quote, locator };
}

/** The header of a citation's field named in an issue path (`quote`, `locator`, else `source`). */
function citationHeader(field: PropertyKey | undefined): string {
  return field === 'quote' || field === 'locator' ? field : 'source';
}

/** Maps a path inside a record (a Zod issue path) back to the cell that produced it. */
function locate(
  entry: Entry,
  path: readonly PropertyKey[],
): { t: LoadedTable; row: LoadedRow; header?: string; column?: string; label: string } {
  const [first, second, third, fourth, fifth] = path;
  const main = { t: entry.table, row: entry.row };
  const headerOf = (column: Column | undefined, sub: PropertyKey | undefined) =>
    column === undefined
      ? undefined
      : column.kind === 'localized'
        ? `${column.name}_${sub === 'en' ? 'en' : 'vi'}`
        : column.name;
  if (first === 'sources') {
    const origins = entry.sources ?? (citationOf(entry.row) ? [{ row: entry.row, table: entry.table }] : []);
    const s = typeof second === 'number' ? origins[second] : undefined;
    if (s) return { t: s.table, row: s.row, header: citationHeader(third), label: '' };
    return { ...main, label: 'sources' };
  }
  const child = typeof first === 'string' ? entry.children?.get(first) : undefined;
  if (child) {
    const item = typeof second === 'number' ? child[second] : undefined;
    if (!item) return { ...main, label: String(first) };
    const parent = item.table.table.parent;
    if (parent?.value) return { t: item.table, row: item.rows[0]!, header: parent.value, label: '' };
    if (third === 'sources') {
      const row = (typeof fourth === 'number' ? item.rows[fourth] : undefined) ?? item.rows[0]!;
      return { t: item.table, row, header: citationHeader(fifth), label: '' };
    }
    if (third === undefined) return { t: item.table, row: item.rows[0]!, label: `${String(first)}[${String(second)}]` };
    const column = item.table.table.columns.find((col) => col.field === third);
    const header = headerOf(column, fourth);
    if (header) return { t: item.table, row: item.rows[0]!, header, column: column!.name, label: '' };
    return { t: item.table, row: item.rows[0]!, label: path.slice(2).map(String).join('.') };
  }
  const column = entry.table.table.columns.find((col) => col.field === first);
  const header = headerOf(column, second);
  if (header) return { ...main, header, column: column!.name, label: '' };
  return { ...main, label: path.map(String).join('.') || 'record' };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  let message = issue.message;
  if (/^Invalid /.test(message)) message = `i${message.slice(1)}`;
  if (/\bfound\b/.test(message) || !('input' in issue)) return message;
  const input = issue.input;
  const order = /^expected (\w+) ≥ (\w+)$/.exec(message);
  if (order && input !== null && typeof input === 'object') {
    const values = input as Record<string, unknown>;
    return `${message}, found ${order[1]} ${describeValue(values[order[1]!])} before ${order[2]} ${describeValue(values[order[2]!])}`;
  }
  if (input !== null && typeof input === 'object') return message;
  return `${message}, found ${describeValue(input)}`;
}

/** What {@link assemble} gives: the records sorted by id, and the main-table row behind each. @internal */
export interface AssembledRecords {
  readonly records: readonly Record<string, unknown>[];
  /** The main table's rows in the records' order (its id order): duplicates left out. */
  readonly rows: readonly LoadedRow[];
}

/**
 * Builds the records of a dataset from its tables (main rows, then child rows attached by their
 * parent id) and checks each against its `@vnsti/schema` schema, reporting an issue at the cell
 * that produced it.
 * @internal
 */
export function assemble(c: Collector, name: DatasetName, loaded: LoadedTable[]): AssembledRecords {
  const dataset = datasets[name];
  const main = loaded[0]!;
  const hasSources = main.table.citation !== 'none' || loaded.some((t) => t.table.parent?.into === 'sources');
  // Records, their main rows and the origins of their array items, by record index; an Entry
  // (for mapping Zod issues back to cells) is made only for a record that fails.
  const records: Record<string, unknown>[] = [];
  const mainRows: LoadedRow[] = [];
  const citedBy = new Map<number, NonNullable<Entry['sources']>>();
  const childrenOf = new Map<number, NonNullable<Entry['children']>>();
  const fields = main.table.columns.map((column) => [column.name, column.field] as const);
  // Where every filled column's record field is its header (no renamed column, like `valid_from`
  // → `validFrom`, has a value in the row), the row's values object becomes the record (its
  // children and citations added to it): no copy, which for 1 000 000 rows is a sixth of the
  // memory. The exports read a row's values by column name only, so the added arrays do not show.
  const renamed = fields.filter(([name, field]) => name !== field).map(([name]) => name);
  const keepsNames = (row: LoadedRow) => renamed.every((name) => row.values[name] === undefined);
  const childArrays = loaded.flatMap((t) =>
    t.table.parent && t.table.parent.into !== 'sources' ? [t.table.parent.into] : [],
  );
  for (const row of main.rows) {
    let record: Record<string, unknown>;
    if (keepsNames(row)) record = row.values;
    else {
      record = {};
      for (const [name, field] of fields) {
        const value = row.values[name];
        if (value !== undefined) record[field] = value;
      }
    }
    for (const into of childArrays) record[into] = [];
    if (hasSources) {
      const citation = citationOf(row);
      record['sources'] = citation ? [citation] : [];
    }
    records.push(record);
    mainRows.push(row);
  }

  // The records in id order (the order they are returned in), the sort stable: of the rows with
  // one id, the first in the file comes first and the others are duplicates, left out. Child rows
  // find their parent by binary search in this order: no map from id to record, which for
  // 1 000 000 rows held ≈ 50 MB more at the peak, and as much again while it grew.
  const keys = records.map((record) => (typeof record['id'] === 'string' ? record['id'] : ''));
  const byId: number[] = [];
  const duplicate = new Uint8Array(records.length);
  for (const i of sortedIndexes(keys)) {
    const first = byId[byId.length - 1];
    if (keys[i] !== '' && first !== undefined && keys[first] === keys[i]) {
      const { line, column } = cellLocation(main, mainRows[i]!, 'id');
      c.cell(
        'duplicate-id',
        main.file,
        line,
        column,
        `id: duplicate id ${JSON.stringify(keys[i])} (first at line ${mainRows[first]!.line})`,
      );
      duplicate[i] = 1;
      continue;
    }
    byId.push(i);
  }
  /** The index of the record with this id, or `undefined`. */
  const recordIndex = (id: string): number | undefined => {
    let low = 0;
    let high = byId.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const key = keys[byId[middle]!]!;
      if (key === id) return id === '' ? undefined : byId[middle];
      if (key < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };

  for (const t of loaded.slice(1)) {
    const parent = t.table.parent;
    if (!parent) continue;
    const seen = new Map<string, number>();
    const pkColumns = t.table.primaryKey;
    const pkAccessors = pkColumns.map((k) => fieldAccessor(t.table, k));
    for (const row of t.rows) {
      const key = pkAccessors.map((get) => String(get(row) ?? '')).join('\u0000');
      const first = seen.get(key);
      if (first !== undefined) {
        c.add(
          'duplicate-row',
          t.file,
          row.line,
          1,
          `duplicate row: ${pkColumns.join(', ')} are the same as on line ${first} (${key
            .split('\u0000')
            .map((v) => JSON.stringify(v))
            .join(', ')})`,
        );
        continue;
      }
      seen.set(key, row.line);
      const parentId = row.values[parent.column];
      const index = typeof parentId === 'string' ? recordIndex(parentId) : undefined;
      if (index === undefined) continue; // a dangling parent is reported by the reference check
      const record = records[index]!;
      const citation = citationOf(row);
      if (parent.into === 'sources') {
        if (citation) {
          const sources = record['sources'] as unknown[];
          let origins = citedBy.get(index);
          if (!origins) {
            origins = sources.length > 0 ? [{ row: mainRows[index]!, table: main }] : [];
            citedBy.set(index, origins);
          }
          sources.push(citation);
          origins.push({ row, table: t });
        }
        continue;
      }
      let children = childrenOf.get(index);
      if (!children) {
        children = new Map();
        childrenOf.set(index, children);
      }
      let origins = children.get(parent.into);
      if (!origins) {
        origins = [];
        children.set(parent.into, origins);
      }
      const list = record[parent.into] as unknown[];
      if (parent.value) {
        const value = row.values[parent.value];
        if (value === undefined) continue;
        list.push(value);
        origins.push({ rows: [row], table: t });
        continue;
      }
      if (parent.mergeBy) {
        const mergeKey = parent.mergeBy.map((f) => JSON.stringify(row.values[f] ?? null)).join('\u0000');
        const index = origins.findIndex(
          (o) =>
            o.table === t &&
            parent.mergeBy!.map((f) => JSON.stringify(o.rows[0]!.values[f] ?? null)).join('\u0000') === mergeKey,
        );
        if (index >= 0) {
          const item = list[index] as { sources: unknown[] };
          if (citation) item.sources.push(citation);
          origins[index]!.rows.push(row);
          continue;
        }
      }
      const item: Record<string, unknown> = {};
      for (const column of t.table.columns) {
        if (column.name === parent.column) continue;
        const value = row.values[column.name];
        if (value !== undefined) item[column.field] = value;
      }
      if (t.table.citation !== 'none') item['sources'] = citation ? [citation] : [];
      list.push(item);
      origins.push({ rows: [row], table: t });
    }
  }

  const accepts = acceptorOf(dataset.record);
  for (let i = 0; i < records.length; i++) {
    if (duplicate[i]) continue;
    // The acceptor says yes to a valid record without Zod's copy; Zod decides the rest. Without
    // `reportInput` Zod checks twice as fast; only a record that fails is checked again with it,
    // for the messages (which quote what was found).
    const record = records[i]!;
    if (accepts(record) || dataset.record.safeParse(record).success) continue;
    const result = dataset.record.safeParse(record, { reportInput: true });
    if (result.success) continue;
    const entry: Entry = {
      record,
      row: mainRows[i]!,
      table: main,
      sources: citedBy.get(i),
      children: childrenOf.get(i),
    };
    for (const issue of result.error.issues) {
      const where = locate(entry, issue.path);
      if (where.header && where.row.bad?.has(where.header)) continue;
      if (where.column && where.row.bad?.has(where.column)) continue;
      // No citation on the main row: its empty source or quote cell is already reported.
      if (
        issue.path.length === 1 &&
        issue.path[0] === 'sources' &&
        (entry.row.bad?.has('source') || entry.row.bad?.has('quote'))
      )
        continue;
      const message = describeIssue(issue);
      if (where.header) {
        const { line, column } = cellLocation(where.t, where.row, where.header);
        c.cell('schema', where.t.file, line, column, `${where.header}: ${message}`);
      } else c.add('schema', where.t.file, where.row.line, 1, `${where.label}: ${message}`);
    }
  }
  if (byId.length === records.length && byId.every((r, i) => r === i)) return { records, rows: mainRows };
  return { records: byId.map((i) => records[i]!), rows: byId.map((i) => mainRows[i]!) };
}
