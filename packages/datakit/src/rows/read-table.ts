import { join } from 'node:path';
import { authoredHeaders, type Table } from '@vnsti/schema';
import { CellLocator } from '../io/csv-positions.js';
import { type CsvRow, readCsv } from '../io/read-csv.js';
import { repoPath } from '../io/paths.js';
import { checkRepositoryFile, MAX_CSV_BYTES } from '../io/read-file.js';
import type { ReadContext } from './context.js';
import { RowReader } from './row-reader.js';
import type { LoadedTable } from './types.js';

/** Reads one table file: header checks, then each row by column kind. */
export async function readTable(ctx: ReadContext, datasetDir: string, table: Table): Promise<LoadedTable> {
  const path = join(datasetDir, 'data', `${table.name}.csv`);
  const file = repoPath(ctx.root, path);
  const header = new Map<string, number>();
  const locator = new CellLocator(path);
  const c = ctx.collector;
  const checked = checkRepositoryFile(ctx.root, path, MAX_CSV_BYTES);
  if ('code' in checked) {
    if (checked.code === 'missing') return { table, file, present: false, readable: true, header, locator, rows: [] };
    c.add('unsafe-path', file, 1, 1, checked.reason);
    return { table, file, present: true, readable: false, header, locator, rows: [] };
  }
  const expected = authoredHeaders(table);
  let headerLength = -1;
  let usable = true;
  let reader: RowReader | undefined;

  const onHeader = (r: CsvRow) => {
    headerLength = r.cells.length;
    r.cells.forEach((name, i) => {
      if (!expected.includes(name)) {
        const at = locator.at(r.line, i);
        c.cell(
          'unknown-column',
          file,
          at.line,
          at.column,
          `unknown column ${JSON.stringify(name)} (the columns of ${table.name}.csv are: ${expected.join(', ')})`,
        );
      } else if (header.has(name)) {
        const at = locator.at(r.line, i);
        c.cell(
          'duplicate-column',
          file,
          at.line,
          at.column,
          `duplicate column ${JSON.stringify(name)} (first at column ${locator.at(r.line, header.get(name)!).column})`,
        );
      } else header.set(name, i);
    });
    const missing = (name: string, why: string) => {
      c.add('missing-column', file, r.line, 1, `missing column ${JSON.stringify(name)}: ${why}`);
      usable = false;
    };
    for (const column of table.columns) {
      if (column.kind === 'localized') {
        const vi = header.has(`${column.name}_vi`);
        const en = header.has(`${column.name}_en`);
        if (column.required || vi !== en) {
          if (!vi)
            missing(
              `${column.name}_vi`,
              column.required ? 'required' : `${column.name}_vi and ${column.name}_en come in pairs`,
            );
          if (!en)
            missing(
              `${column.name}_en`,
              column.required ? 'required' : `${column.name}_vi and ${column.name}_en come in pairs`,
            );
        }
      } else if (column.required && !header.has(column.name)) missing(column.name, 'required');
    }
    if (table.citation === 'required') {
      if (!header.has('source')) missing('source', 'every row cites a source');
      if (!header.has('quote')) missing('quote', 'every row cites a quote from its source');
    } else if (
      table.citation === 'optional' &&
      header.has('source') !== (header.has('quote') || header.has('locator'))
    ) {
      missing(header.has('source') ? 'quote' : 'source', 'source and quote (or locator) come in pairs');
    }
    reader = new RowReader(ctx, { table, file, header, locator });
  };

  const onRow = (r: CsvRow) => {
    if (r.cells.length !== headerLength) {
      const extra = r.cells.length > headerLength;
      const at = extra ? locator.at(r.line, headerLength) : { line: r.line, column: 1 };
      c.add(
        'field-count',
        file,
        at.line,
        at.column,
        `expected ${headerLength} fields as in the header, found ${r.cells.length}${extra ? ' (a comma inside a value needs the value in double quotes)' : ''}`,
      );
      return;
    }
    reader!.read(r.line, r.cells);
  };

  let sawHeader = false;
  const fatal = await readCsv(path, file, (r) => {
    if (!sawHeader) {
      sawHeader = true;
      onHeader(r);
    } else if (usable) onRow(r);
  });
  for (const p of fatal) c.add(p.code, p.file, p.line, p.column, p.message);
  if (fatal.length === 0 && !sawHeader) {
    c.add('empty-file', file, 1, 1, `the file is empty: expected a header row (${expected.join(',')})`);
    return { table, file, present: true, readable: false, header, locator, rows: [] };
  }
  const readable = fatal.length === 0 && usable;
  return { table, file, present: true, readable, header, locator, rows: readable && reader ? reader.rows : [] };
}
