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
