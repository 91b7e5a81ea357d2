/**
 * Whether `actual` holds everything `expected` says: objects match key by key (extra keys in
 * `actual` are fine), arrays match when every expected item matches some actual item, anything
 * else must be equal. Returns the path of the first mismatch, or null.
 */
export function mismatch(actual: unknown, expected: unknown, path = ''): string | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected a list, found ${JSON.stringify(actual)}`;
    for (const [i, item] of expected.entries()) {
      if (!actual.some((candidate) => mismatch(candidate, item) === null)) {
        return `${path}[${i}]: no item matches ${JSON.stringify(item)}`;
      }
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object')
      return `${path}: expected an object, found ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const found = mismatch((actual as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return Object.is(actual, expected)
    ? null
    : `${path}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`;
}
