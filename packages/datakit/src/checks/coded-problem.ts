import type { Problem } from '../problems.js';

/**
 * A problem a check rule found, with the stable code of the rule (to filter or count by; the
 * message's wording may change, the code does not).
 *
 * @example
 * ```ts
 * const p: CodedProblem = { code: 'lineage-cycle', file: 'datasets/places/data/place-changes.csv', line: 2, column: 20, message: '…' };
 * ```
 * @internal
 */
export interface CodedProblem extends Problem {
  readonly code: string;
}
