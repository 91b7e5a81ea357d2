/**
 * Thrown when the graph is asked something malformed (a date that is not `YYYY-MM-DD`, a negative
 * tolerance): misuse, as opposed to "not found", which returns `undefined`.
 *
 * @example
 * ```ts
 * try {
 *   graph.postsAt(officialId, '24/11/2025');
 * } catch (error) {
 *   if (error instanceof GraphInputError) console.error(error.message);
 * }
 * ```
 */
export class GraphInputError extends TypeError {
  override readonly name = 'GraphInputError';
}
