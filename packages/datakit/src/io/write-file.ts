import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { refusal, RepositoryFileError } from './errors.js';
import { isWithin, realPath, repoPath } from './paths.js';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees half a file (and a link at the target is
 * replaced, not followed).
 *
 * @example
 * ```ts
 * writeFileAtomic('/repo/review/a.md', '# Review\n');
 * ```
 */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Writes a file inside the repository, atomically, creating its folders: refuses a path that
 * leaves the repository, by `..` or through a linked folder.
 *
 * @param root - The repository root.
 * @param path - The file, relative to the root (`review/<id>.md`).
 * @param data - The bytes or text to write.
 * @returns The written path, relative to the root.
 * @throws RepositoryFileError (`outside-repository`) when the file would land outside the root.
 * @example
 * ```ts
 * writeInside('/repo', 'review/tpo-2025-11-25-x.md', '# Review\n'); // 'review/tpo-2025-11-25-x.md'
 * ```
 */
export function writeInside(root: string, path: string, data: string | Uint8Array): string {
  const base = resolve(root);
  const target = resolve(base, path);
  const refuse = (where: string) =>
    new RepositoryFileError(
      refusal(
        'outside-repository',
        path,
        `would be written to ${where}, outside the repository (files are written only inside it)`,
      ),
    );
  if (!isWithin(base, target) || target === base) throw refuse(target);
  const realRoot = realPath(base) ?? base;
  // The nearest folder on the way that exists must already be inside; then the one made.
  let existing = dirname(target);
  while (realPath(existing) === null && existing !== dirname(existing)) existing = dirname(existing);
  const realExisting = realPath(existing);
  if (realExisting !== null && !isWithin(realRoot, realExisting)) throw refuse(realExisting);
  mkdirSync(dirname(target), { recursive: true });
  const realFolder = realPath(dirname(target));
  if (realFolder === null || !isWithin(realRoot, realFolder)) throw refuse(realFolder ?? dirname(target));
  writeFileAtomic(join(realFolder, basename(target)), data);
  return repoPath(base, target);
}
