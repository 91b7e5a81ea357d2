/**
 * Thrown by the contributor commands for misuse only: a missing required option, a path that is
 * not a repository. Refusals that are the command's job (a duplicate source, an under-declared
 * changeset) are returned in the result instead.
 *
 * @example
 * ```ts
 * new ContributeError('--published is required').name; // 'ContributeError'
 * ```
 */
export class ContributeError extends Error {
  override readonly name = 'ContributeError';
}

/**
 * Where a refusal points: a file (relative to the repository root) and, when known, the line and
 * column (1-based) of the cell or character at fault.
 *
 * @example
 * ```ts
 * const at: RefusalLocation = { path: 'datasets/sources/data/sources.csv', line: 4, column: 12 };
 * ```
 */
export interface RefusalLocation {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Thrown by a contributor command that refuses its input (a malformed source id, a text whose
 * SHA-256 no longer matches its row): the CLI prints it as one line, `path:line:column: message`
 * when it has a location, and exits 1.
 *
 * @example
 * ```ts
 * const e = new RefusedError('sha256 does not match', { path: 'datasets/sources/data/sources.csv', line: 3, column: 40 });
 * e.line(); // 'datasets/sources/data/sources.csv:3:40: sha256 does not match'
 * ```
 */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
  readonly location: RefusalLocation | undefined;
  constructor(message: string, location?: RefusalLocation) {
    super(message);
    this.location = location;
  }

  /** The refusal as one line: the location (when known), a colon and the message. */
  line(): string {
    const at = this.location;
    if (!at) return this.message;
    const position = at.line === undefined ? '' : `:${at.line}${at.column === undefined ? '' : `:${at.column}`}`;
    return `${at.path}${position}: ${this.message}`;
  }
}
