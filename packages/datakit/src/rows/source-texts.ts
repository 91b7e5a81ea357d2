import { IsoDate } from '@vnsti/schema';
import { repoPath } from '../io/paths.js';
import { isTextFilePath, sourceTextPath } from '../io/source-text.js';
import { type ReadContext, SourceText } from './context.js';
import { cellLocation } from './locate-cell.js';
import { readTextFiles } from './text-reader.js';
import type { LoadedRow, LoadedTable } from './types.js';

/**
 * Reads the sources' texts (see `readTextFile`: inside the repository, a regular file, at most
 * 5 MB, UTF-8) and keeps each one's SHA-256 (checked by the `hash-mismatch` rule) and its folded
 * text (for the `quote-not-found` rule). Many texts are read on a thread of their own while the
 * other tables are read: the texts and their problems are in `ctx` once the promise resolves.
 * @internal
 */
export async function readSourceTexts(ctx: ReadContext, t: LoadedTable): Promise<void> {
  const c = ctx.collector;
  const wanted: Array<{ row: LoadedRow; id: string; textFile: string; path: string }> = [];
  for (const row of t.rows) {
    const id = row.values['id'];
    const published = row.values['published'];
    if (typeof id !== 'string') continue;
    if (typeof published === 'string' && IsoDate.safeParse(published).success) ctx.published.set(id, published);
    // Every id in row order now (a text arrives later in the same place).
    ctx.sourceTexts.set(id, null);
    const textFile = row.values['text_file'];
    if (typeof textFile === 'string' && isTextFilePath(textFile))
      wanted.push({ row, id, textFile, path: sourceTextPath(ctx.root, textFile) });
  }
  const reads = await readTextFiles(
    ctx.root,
    wanted.map((w) => w.path),
  );
  for (let i = 0; i < wanted.length; i++) {
    const { row, id, textFile, path } = wanted[i]!;
    const read = reads[i]!;
    const file = repoPath(ctx.root, path);
    if ('refused' in read) {
      const { line, column } = cellLocation(t, row, 'text_file');
      const { code, message } = read.refused;
      c.cell(
        'text-file',
        t.file,
        line,
        column,
        code === 'missing' || code === 'is-a-folder'
          ? `text_file: ${JSON.stringify(textFile)} does not exist (expected the source's text at ${file})`
          : `text_file: ${JSON.stringify(textFile)} cannot be read: ${message}`,
      );
      ctx.sourceTexts.set(id, null);
    } else if ('notUtf8' in read) {
      c.add('not-utf8', file, read.notUtf8.line, read.notUtf8.column, read.notUtf8.message);
      ctx.sourceTexts.set(id, null);
    } else {
      const { folded } = read;
      ctx.sourceTexts.set(
        id,
        new SourceText(file, read.sha256, Buffer.from(folded.buffer, folded.byteOffset, folded.byteLength)),
      );
    }
  }
}
