import { join } from 'node:path';
import { CellLocator } from '../io/csv-positions.js';
import { parseCsvRecords } from '../io/csv-parser.js';
import { RepositoryFileError } from '../io/errors.js';
import { MAX_CSV_BYTES, readRepositoryFile } from '../io/read-file.js';
import { readSourceText } from '../io/source-text.js';
import { type RefusalLocation, RefusedError } from './errors.js';
import { shown } from './shown.js';

const SOURCES_CSV = 'datasets/sources/data/sources.csv';

/**
 * Where a cell of a source's row lies in `sources.csv`: the line the row starts on and the column
 * of the cell, or the file alone when the row or the column cannot be found. Read again from the
 * file, only for a message.
 */
function sourceCell(root: string, sourceId: string, header: string): RefusalLocation {
  const path = join(root, SOURCES_CSV);
  const read = readRepositoryFile(root, path, MAX_CSV_BYTES);
  if (!('bytes' in read)) return { path: SOURCES_CSV };
  const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? 3 : 0;
  let headers: string[] | undefined;
  let line = 1;
  let found: { line: number; index: number } | undefined;
  try {
    parseCsvRecords(read.bytes, bom, true, (cells, innerLineEnds) => {
      if (headers === undefined) headers = cells;
      else if (found === undefined && cells[headers.indexOf('id')] === sourceId)
        found = { line, index: headers.indexOf(header) };
      line += 1 + innerLineEnds;
    });
  } catch {
    return { path: SOURCES_CSV };
  }
  if (!found || found.index < 0) return { path: SOURCES_CSV };
  return { path: SOURCES_CSV, ...new CellLocator(path).at(found.line, found.index) };
}

/**
 * Reads the text a source registered, as `vnsti validate` would accept it: its `text_file` read
 * through the I/O layer (the form `text/<id>.txt`, a regular file inside the repository, at most
 * 5 MB, UTF-8) and its SHA-256 equal to the row's `sha256`, so that drafts are never made from a
 * text edited after it was registered.
 *
 * @param root - The repository root.
 * @param row - The source's row of `sources.csv`, by header.
 * @returns The text, decoded (a leading byte-order mark dropped).
 * @throws RefusedError, located at the row's cell in `sources.csv`, when the row has no
 * `text_file`, the file is refused, the row has no `sha256` or the file's SHA-256 differs from it.
 * @example
 * ```ts
 * const text = readRegisteredText('/repo', { id: 'tpo-2025-11-25-x', text_file: 'text/tpo-2025-11-25-x.txt', sha256: '…' });
 * ```
 */
export function readRegisteredText(root: string, row: Readonly<Record<string, string>>): string {
  const id = row['id'] ?? '';
  const textFile = row['text_file'] ?? '';
  const stated = row['sha256'] ?? '';
  if (textFile === '')
    throw new RefusedError(
      `source ${shown(id)} has no text_file: it is cited without a stored text, so there is nothing to draft from`,
      sourceCell(root, id, 'text_file'),
    );
  let read: { text: string; sha256: string };
  try {
    read = readSourceText(root, textFile);
  } catch (error) {
    if (!(error instanceof RepositoryFileError)) throw error;
    throw new RefusedError(`source ${shown(id)}: ${error.message}`, sourceCell(root, id, 'text_file'));
  }
  if (stated === '')
    throw new RefusedError(
      `source ${shown(id)} has no sha256: the text cannot be checked against what was registered (run vnsti validate)`,
      sourceCell(root, id, 'sha256'),
    );
  if (read.sha256 !== stated)
    throw new RefusedError(
      `sha256: found ${shown(stated)}, but datasets/sources/${textFile} has another SHA-256: the text changed after it was registered (run vnsti validate); no drafts are made from it`,
      sourceCell(root, id, 'sha256'),
    );
  return read.text;
}
