/**
 * Whether a text is in Unicode NFC, the form vnsti keeps Vietnamese in. Every character below
 * U+0300 (Latin, Latin-1, Latin Extended), in Latin Extended Additional (Vietnamese's precomposed
 * letters) or in General Punctuation from U+2002 is NFC on its own and starts no composition, so
 * text made of them only is NFC without normalising it: the common case, checked without
 * allocating. Anything else is compared with its NFC form.
 *
 * @param text - Any string.
 * @returns `true` when `text.normalize('NFC') === text`.
 * @example
 * ```ts
 * isNfc('Hà Nội'); // true
 * isNfc('Ha\u0300 No\u0323\u0302i'); // false: decomposed
 * ```
 */
export function isNfc(text: string): boolean {
  return !MAY_NEED_NORMALISING.test(text) || text.normalize('NFC') === text;
}

/**
 * A character that may need normalising: one outside the ranges {@link isNfc} names (U+0300 and
 * above, but for Latin Extended Additional and General Punctuation from U+2002). Text without one
 * is NFC. A regular expression rather than a loop over the characters: the engine scans
 * natively, which for the cells of 100 000 rows took a third of the time. (A reader that checks
 * other characters too can join it with its own into one scan.)
 *
 * @example
 * ```ts
 * MAY_NEED_NORMALISING.test('Hà Nội'); // false: NFC as it is
 * MAY_NEED_NORMALISING.test('Ha\u0300'); // true: compare with its NFC form
 * ```
 */
export const MAY_NEED_NORMALISING = /[\u0300-\u1dff\u1f00-\u2001\u2070-\uffff]/;
