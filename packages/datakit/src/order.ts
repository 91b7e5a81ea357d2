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

/**
 * `items` in code-unit order of a string key, the sort stable; the same array when it is in order
 * already (checked first, without sorting), else a new one. Each key is computed once.
 *
 * @example
 * ```ts
 * sortedByKey([{ id: 'b' }, { id: 'a' }], (item) => item.id); // [{ id: 'a' }, { id: 'b' }]
 * ```
 * @internal
 */
export function sortedByKey<T>(items: readonly T[], key: (item: T) => string): readonly T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  let inOrder = true;
  for (let i = 1; i < keyed.length && inOrder; i++) inOrder = keyed[i - 1]!.key <= keyed[i]!.key;
  if (inOrder) return items;
  keyed.sort((a, b) => compareCodeUnits(a.key, b.key));
  return keyed.map((k) => k.item);
}
