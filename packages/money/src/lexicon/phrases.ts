/**
 * Word lists of phrases ("chưa đến", "đô la Mỹ") looked up word by word: one index, keyed by a
 * phrase's first or last word, shared by the bound words and the currency words.
 * @module
 */

/** A phrase of a word list, split into its words, with what it stands for. @internal */
export interface IndexedPhrase<T> {
  words: readonly string[];
  value: T;
}

/**
 * Indexes phrases by their first or last word; under each word, the longest phrase comes first
 * (phrases of one length keep their list order). @internal
 *
 * @param entries - `[phrase, value]` pairs, the phrase lower-case with single spaces.
 * @param key - The word a reader meets first: `'first'` reading forwards, `'last'` backwards.
 * @example
 * ```ts
 * indexPhrases([['đô', 'USD'], ['đô la', 'USD']], 'first').get('đô');
 * // → [{ words: ['đô', 'la'], value: 'USD' }, { words: ['đô'], value: 'USD' }]
 * ```
 */
export function indexPhrases<T>(
  entries: ReadonlyArray<readonly [string, T]>,
  key: 'first' | 'last',
): Map<string, IndexedPhrase<T>[]> {
  const map = new Map<string, IndexedPhrase<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const k = key === 'first' ? words[0]! : words[words.length - 1]!;
    const list = map.get(k) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(k, list);
  }
  return map;
}

/**
 * The indexed phrase made of exactly `text`'s words (trimmed, lower-cased, NFC), or `undefined`.
 * @internal
 *
 * @param index - An index from {@link indexPhrases}.
 * @param key - The key the index was built with.
 * @example
 * ```ts
 * findPhrase(indexPhrases([['đô la', 'USD']], 'first'), 'first', ' Đô la ')?.value; // → 'USD'
 * ```
 */
export function findPhrase<T>(
  index: ReadonlyMap<string, readonly IndexedPhrase<T>[]>,
  key: 'first' | 'last',
  text: string,
): IndexedPhrase<T> | undefined {
  const words = text.trim().toLowerCase().normalize('NFC').split(/\s+/);
  const list = index.get((key === 'first' ? words[0] : words[words.length - 1]) ?? '');
  return list?.find((p) => p.words.length === words.length && p.words.every((w, i) => w === words[i]));
}
