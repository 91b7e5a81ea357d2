import { compareCodeUnits } from './order.js';

/**
 * What kind of problem: one stable code per kind, to filter or count problems by, that does not
 * change when a message's wording does.
 *
 * @example
 * ```ts
 * const codes = problems.filter((p) => p.code === 'reference');
 * ```
 */
export type ProblemCode =
  /** The repository or the folder asked for: no root, an unknown dataset path. */
  | 'no-repository'
  | 'unknown-dataset'
  /** A path the I/O layer refused: a link out of the repository, a folder for a file, too large. */
  | 'unsafe-path'
  /** A dataset's `package.json` the build cannot read. */
  | 'package-json'
  /** Reading a CSV file. */
  | 'not-utf8'
  | 'csv-quoting'
  | 'empty-file'
  | 'unknown-file'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-column'
  | 'field-count'
  /** Reading a cell. */
  | 'required'
  | 'pair'
  | 'not-nfc'
  | 'control-character'
  | 'cell-value'
  /** Assembling records and checking them against `@vnsti/schema`. */
  | 'schema'
  | 'duplicate-id'
  | 'duplicate-row'
  /** The check rules (`src/checks`). */
  | 'reference'
  | 'unknown-source'
  /** A quote for a source kept without text, or a locator alone for a source whose text is stored. */
  | 'citation-form'
  | 'quote-not-found'
  | 'text-file'
  | 'hash-mismatch'
  | 'web-address'
  | 'amount-precision'
  /** The reference-data rules: lineage, validity intervals, names, dated references. */
  | 'lineage-cycle'
  | 'lineage-validity'
  | 'unit-name-overlap'
  | 'reference-validity'
  /** Writing: another build holds the dataset's lock. */
  | 'build-locked';

/**
 * One problem found in a dataset: what kind (a stable {@link ProblemCode}), where it is (a path
 * relative to the repository root, a 1-based line and a 1-based character column, like `tsc`) and
 * what is wrong. The project's one problem type: every stage and check reports with it, and a
 * schema's field issue (`FieldIssue` of `@vnsti/schema`, a path inside one value) becomes one, code
 * `'schema'`, once placed on its CSV cell.
 *
 * @example
 * ```ts
 * const problem: Problem = { code: 'duplicate-id', file: 'datasets/events/data/events.csv', line: 3, column: 1, message: 'id: duplicate id "x" (first at line 2)' };
 * formatProblem(problem); // 'datasets/events/data/events.csv:3:1: id: duplicate id "x" (first at line 2)'
 * ```
 */
export interface Problem {
  /** What kind of problem, stable across wording changes. */
  readonly code: ProblemCode;
  /** Path of the file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based character column (UTF-16 code units, as editors count). */
  readonly column: number;
  /** Which field, what was expected, what was found. */
  readonly message: string;
}

/** The most characters of a value a message echoes. */
export const ECHO_LIMIT = 80;

/** A JSON string literal in a message: how messages quote what was found. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/**
 * Shortens every quoted value in a message to its first 80 characters and `…`, so a huge bad cell
 * gives a readable line (the message's own words are kept whole).
 *
 * @example
 * ```ts
 * shortenEchoes(`id: found "${'x'.repeat(1000)}"`).length; // 88
 * ```
 */
export function shortenEchoes(message: string): string {
  if (message.length <= ECHO_LIMIT) return message;
  return message.replace(QUOTED, (literal) => {
    let value: string;
    try {
      value = JSON.parse(literal) as string;
    } catch {
      return literal; // quotes that are not a JSON string: left as written
    }
    if (value.length <= ECHO_LIMIT) return literal;
    // Whole code points only: a surrogate pair is not cut in two.
    const kept = Array.from(value).slice(0, ECHO_LIMIT).join('');
    return JSON.stringify(`${kept}…`);
  });
}

/**
 * Formats a problem as `file:line:column: message`.
 *
 * @example
 * ```ts
 * formatProblem({ code: 'required', file: 'datasets/places/data/places.csv', line: 2, column: 1, message: 'id: required, found an empty cell' });
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
 *   { code: 'schema', file: 'b.csv', line: 1, column: 1, message: 'x' },
 *   { code: 'schema', file: 'a.csv', line: 9, column: 2, message: 'y' },
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
 * summarize([{ code: 'schema', file: 'a.csv', line: 1, column: 1, message: 'x' }]); // 'Found 1 problem in 1 file.'
 * summarize([]); // 'No problems found.'
 * ```
 */
export function summarize(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const files = new Set(problems.map((p) => p.file)).size;
  return `Found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}
