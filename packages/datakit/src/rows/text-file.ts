import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { findInvalidUtf8 } from '../io/csv-positions.js';
import type { Refusal } from '../io/errors.js';
import { MAX_TEXT_BYTES, readRepositoryFile } from '../io/read-file.js';
import { foldWhitespace } from './fold.js';

/**
 * What reading one source text gives: its SHA-256 and folded text (UTF-8 bytes in a buffer of their
 * own, so that a worker thread can hand them over without a copy), the I/O layer's refusal, or
 * where the bytes stop being UTF-8.
 * @internal
 */
export type TextFileRead =
  | { readonly sha256: string; readonly folded: Uint8Array }
  | { readonly refused: Refusal }
  | { readonly notUtf8: { readonly line: number; readonly column: number; readonly message: string } };

const encoder = new TextEncoder();

/**
 * Reads a source text through the I/O layer (inside the repository, a regular file, at most
 * 5 MB), checks it is UTF-8, and gives its SHA-256 and its text folded for quote search. The one
 * reading of a text, on the build's thread or on the text reader's (see `text-reader.ts`).
 *
 * @param root - The repository root.
 * @param path - The text's path (`datasets/sources/<text_file>` under the root).
 * @example
 * ```ts
 * const read = readTextFile('/repo', '/repo/datasets/sources/text/a.txt');
 * if ('sha256' in read) new TextDecoder().decode(read.folded); // 'the text, whitespace folded'
 * ```
 * @internal
 */
export function readTextFile(root: string, path: string): TextFileRead {
  const read = readRepositoryFile(root, path, MAX_TEXT_BYTES);
  if (!('bytes' in read)) return { refused: read };
  const bytes = read.bytes;
  if (!isUtf8(bytes)) {
    const bad = findInvalidUtf8(bytes);
    return {
      notUtf8: {
        line: bad?.line ?? 1,
        column: bad?.column ?? 1,
        message: bad?.message ?? 'the file is not valid UTF-8',
      },
    };
  }
  // A byte-order mark decodes to U+FEFF, which folding removes with the other whitespace.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, folded: encoder.encode(foldWhitespace(bytes.toString('utf8'))) };
}
