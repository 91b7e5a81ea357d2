import { compareCodeUnits } from './order.js';

/**
 * One problem found in a dataset: where it is (a path relative to the repository root, a 1-based
 * line and a 1-based character column, like `tsc`) and what is wrong.
 *
 * @example
 * ```ts
 * const problem: Problem = { file: 'datasets/events/data/events.csv', line: 3, column: 1, message: 'id: duplicate id "x" (first at line 2)' };
 * formatProblem(problem); // 'datasets/events/data/events.csv:3:1: id: duplicate id "x" (first at line 2)'
 * ```
 */
export interface Problem {
  /** Path of the file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based character column (UTF-16 code units, as editors count). */
  readonly column: number;
  /** Which field, what was expected, what was found. */
  readonly message: string;
}

/**
 * Formats a problem as `file:line:column: message`.
 *
 * @example
 * ```ts
 * formatProblem({ file: 'datasets/places/data/places.csv', line: 2, column: 1, message: 'id: required, found an empty cell' });
 * // 'datasets/places/data/places.csv:2:1: id: required, found an empty cell'
 * ```
 */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/**
 * Orders problems by file, line, column and message (a new array; duplicates removed).
 *
 * @example
 * ```ts
 * sortProblems([
 *   { file: 'b.csv', line: 1, column: 1, message: 'x' },
 *   { file: 'a.csv', line: 9, column: 2, message: 'y' },
 * ]).map((p) => p.file); // ['a.csv', 'b.csv']
 * ```
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const sorted = [...problems].sort(
    (a, b) =>
      compareCodeUnits(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareCodeUnits(a.message, b.message),
  );
  return sorted.filter((p, i) => {
    const prev = sorted[i - 1];
    return !prev || formatProblem(prev) !== formatProblem(p);
  });
}

/**
 * A one-line summary of a list of problems, as the CLI prints it last.
 *
 * @example
 * ```ts
 * summarize([{ file: 'a.csv', line: 1, column: 1, message: 'x' }]); // 'Found 1 problem in 1 file.'
 * summarize([]); // 'No problems found.'
 * ```
 */
export function summarize(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const files = new Set(problems.map((p) => p.file)).size;
  return `Found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}
