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
 * const refused: Refusal = refusal('too-large', 'datasets/sources/text/a.txt', 'larger than 5 MB');
 * ```
 */
export interface Refusal {
  readonly code: RefusalCode;
  /** The path as given, relative to the repository root with `/` separators when inside it. */
  readonly path: string;
  /** What is wrong, without the path (for a message that names the path its own way). */
  readonly reason: string;
  /** One line naming the path and what is wrong: `<path>: <reason>`. */
  readonly message: string;
}

/**
 * Makes a refusal: its message is the path, a colon and the reason.
 *
 * @example
 * ```ts
 * refusal('too-large', 'datasets/sources/text/a.txt', 'larger than 5 MB').message; // 'datasets/sources/text/a.txt: larger than 5 MB'
 * ```
 */
export function refusal(code: RefusalCode, path: string, reason: string): Refusal {
  return { code, path, reason, message: `${path}: ${reason}` };
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
  constructor(refused: Refusal) {
    super(refused.message);
    this.code = refused.code;
    this.path = refused.path;
  }
}
