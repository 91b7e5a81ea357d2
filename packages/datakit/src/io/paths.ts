import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { type Refusal, refusal } from './errors.js';

/**
 * Path relative to the root with `/` separators, as problems name files.
 *
 * @example
 * ```ts
 * repoPath('/repo', '/repo/datasets/events/data/events.csv'); // 'datasets/events/data/events.csv'
 * ```
 */
export function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * Whether `path` is `root` or lies below it (both absolute and already resolved).
 *
 * @example
 * ```ts
 * isWithin('/repo', '/repo/datasets'); // true
 * isWithin('/repo', '/repository'); // false
 * ```
 */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Where a path really is once every symbolic link on it is followed; `null` when it does not
 * exist (or a link on it points nowhere).
 *
 * @example
 * ```ts
 * realPath('/repo/datasets/events'); // '/repo/datasets/events', or where the link leads
 * ```
 */
export function realPath(path: string): string | null {
  try {
    // The C library's realpath: the JavaScript one calls lstat once per path component.
    return realpathSync.native(resolve(path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return null;
    throw error;
  }
}

/**
 * Checks a folder the pipeline reads or writes in: `'missing'` when it does not exist, a refusal
 * when it is a file or a link out of the repository, else `'ok'`.
 *
 * @example
 * ```ts
 * checkRepositoryFolder('/repo', '/repo/datasets/events'); // 'ok', 'missing' or a Refusal
 * ```
 */
export function checkRepositoryFolder(root: string, path: string): 'ok' | 'missing' | Refusal {
  const name = repoPath(root, resolve(path));
  const real = realPath(path);
  if (real === null) return 'missing';
  if (!isWithin(realPath(root) ?? resolve(root), real))
    return refusal(
      'outside-repository',
      name,
      `a link to ${real}, outside the repository (datasets are read and built only inside it)`,
    );
  if (!statSync(real).isDirectory()) return refusal('not-a-folder', name, `expected a folder, found a file`);
  return 'ok';
}
