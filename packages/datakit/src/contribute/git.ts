import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` and returns its stdout, or `null` when git fails. */
export function git(cwd: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

/** Whether `ref` names a commit in the repository at `cwd`. */
export function refExists(cwd: string, ref: string): boolean {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== null;
}

/**
 * The base `vnsti diff` compares against when none is given: the last release tag
 * (`git describe --tags --abbrev=0 --match '@vnsti/*'`), else `origin/main`, else `main`.
 *
 * @returns The ref, or `null` when none of them exists.
 */
export function defaultBase(cwd: string): string | null {
  const tag = git(cwd, ['describe', '--tags', '--abbrev=0', '--match', '@vnsti/*'])?.trim();
  if (tag) return tag;
  for (const ref of ['origin/main', 'main']) if (refExists(cwd, ref)) return ref;
  return null;
}
