import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { IsoDate } from '@vnsti/schema';
import { findInvalidUtf8 } from '../io/csv-positions.js';
import { MAX_TEXT_BYTES, readRepositoryFile } from '../io/read-file.js';
import { repoPath } from '../io/paths.js';
import { isTextFilePath, sourceTextPath } from '../io/source-text.js';
import { type ReadContext, SourceText } from './context.js';
import { foldWhitespace } from './fold.js';
import { cellLocation } from './locate-cell.js';
import type { LoadedRow, LoadedTable } from './types.js';

/**
 * Reads the sources' texts through the I/O layer (inside the repository, a regular file, at most
 * 5 MB), checks they are UTF-8, and keeps each one's SHA-256 (checked by the `hash-mismatch` rule)
 * and its folded text (for the `quote-not-found` rule).
 * @internal
 */
export function readSourceTexts(ctx: ReadContext, t: LoadedTable): void {
  const c = ctx.collector;
  // Sync reads: a source text is a few kilobytes, and `fs.promises.readFile` costs four round
  // trips through the thread pool per file (for 1 000 texts about 10× the time of a sync read).
  const readOne = (row: LoadedRow) => {
    const id = row.values['id'];
    const published = row.values['published'];
    if (typeof id !== 'string') return;
    if (typeof published === 'string' && IsoDate.safeParse(published).success) ctx.published.set(id, published);
    const textFile = row.values['text_file'];
    if (typeof textFile !== 'string' || !isTextFilePath(textFile)) {
      ctx.sourceTexts.set(id, null);
      return;
    }
    const path = sourceTextPath(ctx.root, textFile);
    const file = repoPath(ctx.root, path);
    const read = readRepositoryFile(ctx.root, path, MAX_TEXT_BYTES);
    if (!('bytes' in read)) {
      const { line, column } = cellLocation(t, row, 'text_file');
      c.cell(
        'text-file',
        t.file,
        line,
        column,
        read.code === 'missing' || read.code === 'is-a-folder'
          ? `text_file: ${JSON.stringify(textFile)} does not exist (expected the source's text at ${file})`
          : `text_file: ${JSON.stringify(textFile)} cannot be read: ${read.message}`,
      );
      ctx.sourceTexts.set(id, null);
      return;
    }
    const bytes = read.bytes;
    if (!isUtf8(bytes)) {
      const bad = findInvalidUtf8(bytes);
      c.add('not-utf8', file, bad?.line ?? 1, bad?.column ?? 1, bad?.message ?? 'the file is not valid UTF-8');
      ctx.sourceTexts.set(id, null);
      return;
    }
    // A byte-order mark decodes to U+FEFF, which folding removes with the other whitespace.
    const text = bytes.toString('utf8');
    const sha = createHash('sha256').update(bytes).digest('hex');
    ctx.sourceTexts.set(id, new SourceText(file, sha, Buffer.from(foldWhitespace(text))));
  };
  for (const row of t.rows) readOne(row);
}
