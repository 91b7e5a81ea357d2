import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Refusal, refusal } from './errors.js';
import { isWithin, realPath, repoPath } from './paths.js';

/** The largest source text read: 5 MiB (a long article is about 50 KB). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** The largest CSV table read: 512 MiB (a million metric rows are about 150 MB). */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

/**
 * The bytes of a file read through {@link readRepositoryFile}, and where it really is.
 *
 * @example
 * ```ts
 * const read: FileBytes = { bytes: Buffer.from('x'), real: '/repo/datasets/sources/text/a.txt' };
 * ```
 */
export interface FileBytes {
  readonly bytes: Buffer;
  /** The path with every link followed. */
  readonly real: string;
}

/**
 * Checks that a path can be read safely: it exists, stays inside the repository once symbolic
 * links are followed, is a regular file (not a folder, FIFO or device) and holds at most `limit`
 * bytes. Returns where it really is and its size, or the refusal.
 *
 * @param root - The repository root.
 * @param path - The file (absolute, or relative to the working directory).
 * @param limit - The largest size accepted, in bytes.
 * @example
 * ```ts
 * const checked = checkRepositoryFile('/repo', '/repo/datasets/places/data/places.csv', MAX_CSV_BYTES);
 * if ('code' in checked) console.error(checked.message);
 * ```
 */
export function checkRepositoryFile(
  root: string,
  path: string,
  limit: number,
): { real: string; size: number } | Refusal {
  const name = repoPath(root, resolve(path));
  const real = realPath(path);
  if (real === null) return refusal('missing', name, `no such file`);
  if (!isWithin(realPath(root) ?? resolve(root), real))
    return refusal(
      'outside-repository',
      name,
      `a link to ${real}, outside the repository (only files inside it are read)`,
    );
  return checkFile(real, name, limit);
}

/** Checks that a resolved path is a regular file of at most `limit` bytes; `name` is how messages call it. */
function checkFile(real: string, name: string, limit: number): { real: string; size: number } | Refusal {
  const stat = statSync(real);
  if (stat.isDirectory()) return refusal('is-a-folder', name, `expected a file, found a folder`);
  if (!stat.isFile()) return refusal('not-a-file', name, `expected a file, found a device, FIFO or socket`);
  if (stat.size > limit) return tooLarge(name, limit);
  return { real, size: stat.size };
}

function tooLarge(name: string, limit: number): Refusal {
  return refusal('too-large', name, `larger than ${formatSize(limit)} (the limit for this kind of file)`);
}

/**
 * Reads a file inside the repository safely (see {@link checkRepositoryFile}): never follows a
 * link out of the repository, never opens a FIFO or device, never reads more than `limit` bytes
 * even when the file grows while it is read.
 *
 * @param root - The repository root.
 * @param path - The file (absolute, or relative to the working directory).
 * @param limit - The largest size accepted, in bytes.
 * @returns The bytes and the real path, or the refusal (with a stable `code`).
 * @example
 * ```ts
 * const read = readRepositoryFile('/repo', '/repo/datasets/sources/text/a.txt', MAX_TEXT_BYTES);
 * if ('bytes' in read) read.bytes.length;
 * ```
 */
export function readRepositoryFile(root: string, path: string, limit: number): FileBytes | Refusal {
  const checked = checkRepositoryFile(root, path, limit);
  if ('code' in checked) return checked;
  return readChecked(checked.real, repoPath(root, resolve(path)), limit);
}

/**
 * Reads a file given by the user from anywhere (an article to register): a regular file (not a
 * folder, FIFO or device) of at most `limit` bytes, links followed.
 *
 * @param path - The file.
 * @param limit - The largest size accepted, in bytes.
 * @returns The bytes and the real path, or the refusal naming `path` as given.
 * @example
 * ```ts
 * const read = readBoundedFile('article.txt', MAX_TEXT_BYTES);
 * if ('code' in read) console.error(read.message);
 * ```
 */
export function readBoundedFile(path: string, limit: number): FileBytes | Refusal {
  const real = realPath(path);
  if (real === null) return refusal('missing', path, 'no such file');
  const checked = checkFile(real, path, limit);
  if ('code' in checked) return checked;
  return readChecked(real, path, limit);
}

/** Reads a checked file: never more than `limit` bytes, never blocking on a FIFO swapped in. */
function readChecked(real: string, name: string, limit: number): FileBytes | Refusal {
  // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it does not hang;
  // the descriptor is checked again below.
  const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refusal('not-a-file', name, `expected a file, found something else`);
    // Read in chunks up to one byte past the limit, whatever the size said: a file can grow
    // while it is read, and some report a size of 0.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - length, 0) + 1, limit + 1 - length, 1 << 20));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      length += n;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      if (length > limit) return tooLarge(name, limit);
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length), real };
  } finally {
    closeSync(fd);
  }
}

/**
 * A size in bytes as people say it: `5 MB`, `512 MB`, `1.5 KB`.
 *
 * @example
 * ```ts
 * formatSize(5 * 1024 * 1024); // '5 MB'
 * ```
 */
function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
