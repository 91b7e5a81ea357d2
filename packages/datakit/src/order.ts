/**
 * Code-unit order of two strings: the one order every output of the build is sorted in, the same
 * on every machine and locale (unlike `localeCompare`), so that builds are byte-identical.
 *
 * @example
 * ```ts
 * ['b', 'a', 'B'].sort(compareCodeUnits); // ['B', 'a', 'b']
 * ```
 * @internal
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
