import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Source } from '@vnsti/schema';
import { refusal, RepositoryFileError } from './errors.js';
import { MAX_TEXT_BYTES, readRepositoryFile } from './read-file.js';

/**
 * Whether a `text_file` cell has the form the schema asks for (`text/<id>.txt`): no folder
 * above, no other extension. The form is the schema's; this asks it.
 *
 * @example
 * ```ts
 * isTextFilePath('text/tpo-2025-11-25-x.txt'); // true
 * isTextFilePath('../../etc/passwd'); // false
 * ```
 */
export function isTextFilePath(textFile: string): boolean {
  return Source.shape.textFile.safeParse(textFile).success;
}

/**
 * Where a source's text lies: `datasets/sources/<text_file>` under the root.
 *
 * @example
 * ```ts
 * sourceTextPath('/repo', 'text/a.txt'); // '/repo/datasets/sources/text/a.txt'
 * ```
 */
export function sourceTextPath(root: string, textFile: string): string {
  return join(root, 'datasets', 'sources', textFile);
}

/**
 * Reads a source's text as `vnsti validate` does: a `text_file` of the form `text/<id>.txt`, a
 * regular file inside the repository once links are followed, at most 5 MB, UTF-8.
 *
 * @param root - The repository root.
 * @param textFile - The `text_file` cell of the source's row.
 * @returns The text (a leading byte-order mark dropped) and the SHA-256 of the file's bytes, the
 * hash `sources.csv` states and `vnsti validate` checks.
 * @throws RepositoryFileError when the path has another form, leaves the repository, is not a
 * regular file, is too large, is missing or is not UTF-8.
 * @example
 * ```ts
 * const { text, sha256 } = readSourceText('/repo', 'text/tpo-2025-11-25-x.txt');
 * ```
 */
export function readSourceText(root: string, textFile: string): { text: string; sha256: string } {
  if (!isTextFilePath(textFile))
    throw new RepositoryFileError(
      refusal(
        'outside-repository',
        `text_file ${JSON.stringify(textFile)}`,
        'expected text/<id>.txt (a file in datasets/sources/text)',
      ),
    );
  const read = readRepositoryFile(root, sourceTextPath(root, textFile), MAX_TEXT_BYTES);
  if (!('bytes' in read)) throw new RepositoryFileError(read);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    return { text, sha256: createHash('sha256').update(read.bytes).digest('hex') };
  } catch {
    throw new RepositoryFileError(
      refusal('not-utf8', `datasets/sources/${textFile}`, 'not valid UTF-8 (run vnsti validate to see where)'),
    );
  }
}
