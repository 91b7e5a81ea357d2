/**
 * Sign words: a word written right before a number that makes it negative ("lợi nhuận âm 5 tỷ
 * đồng" is a loss of 5 tỷ đồng). Part of the {@link lexicon}.
 * @module
 */

/**
 * Words (lower-case NFC) that mean minus when a number follows them, after a space: "âm 5 tỷ đồng"
 * is −5 tỷ đồng. Inside another word ("tâm", "âm thanh") or before no number they are no sign.
 *
 * @example
 * ```ts
 * MINUS_WORDS.has('âm'); // → true
 * ```
 */
export const MINUS_WORDS: ReadonlySet<string> = new Set(['âm']);
