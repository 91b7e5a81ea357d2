/**
 * Why the I/O layer refused a path: each a stable code a message can be matched on.
 *
 * @example
 * ```ts
 * const code: RefusalCode = 'outside-repository';
 * ```
 */
export type RefusalCode =
  | 'missing'
  | 'outside-repository'
  | 'is-a-folder'
  | 'not-a-file'
  | 'not-a-folder'
  | 'too-large'
  | 'not-utf8';

/**
 * A path the I/O layer will not read or write, and why, in one line that names the path
 * (relative to the repository root when it lies inside it).
 *
 * @example
 * ```ts
 * const refusal: Refusal = { code: 'too-large', path: 'datasets/sources/text/a.txt', message: 'datasets/sources/text/a.txt: larger than 5 MB' };
 * ```
 */
export interface Refusal {
  readonly code: RefusalCode;
  /** The path as given, relative to the repository root with `/` separators when inside it. */
  readonly path: string;
  /** One line naming the path and what is wrong. */
  readonly message: string;
}

/**
 * Thrown by the writers and by the commands that cannot go on without a file: the refusal as an
 * error, with its code.
 *
 * @example
 * ```ts
 * try { writeInside(root, '../x.md', 'x'); } catch (error) { if (error instanceof RepositoryFileError) error.code; }
 * ```
 */
export class RepositoryFileError extends Error {
  override readonly name = 'RepositoryFileError';
  readonly code: RefusalCode;
  readonly path: string;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.code = refusal.code;
    this.path = refusal.path;
  }
}
