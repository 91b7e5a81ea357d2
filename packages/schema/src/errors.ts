import type { z } from 'zod';

/**
 * One issue of a field inside a value checked against a schema, flattened for people: the dotted
 * path of the field, and a message that says what was expected and what was found. It knows
 * nothing of files: `@vnsti/datakit` places each one on its CSV cell as a `Problem` (code
 * `'schema'`, `file:line:column`), the one problem type of the pipeline.
 *
 * @example
 * ```ts
 * const result = Event.safeParse(row);
 * if (!result.success) for (const issue of describeIssues(result.error)) console.log(`${issue.path}: ${issue.message}`);
 * ```
 */
export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `participants.2.role`; empty for the record itself. */
  path: string;
  /** The same path as Zod's array of keys and indexes. */
  keys: ReadonlyArray<PropertyKey>;
  /** What was expected and what was found, in plain English. */
  message: string;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

/** A short description of a value for messages: strings quoted, objects summarised. */
export function describeValue(value: unknown): string {
  return show(value);
}

/**
 * Flattens a Zod error into {@link FieldIssue}s, one per issue, each naming the field, what was
 * expected and what was found. Messages written by vnsti's own refinements are kept as they are.
 *
 * @param error - The `error` of a failed `safeParse`.
 * @returns The field issues, in the order Zod found them.
 * @example
 * ```ts
 * const r = Money.safeParse({ amount: -1, currency: 'VND', bound: 'exact' });
 * describeIssues(r.error!); // [{ path: 'amount', keys: ['amount'], message: 'expected amount ≥ 0, found -1' }]
 * ```
 */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const keys = issue.path;
    const path = keys.map(String).join('.');
    return { path, keys, message: issue.message };
  });
}
