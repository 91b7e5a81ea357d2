/** A whitespace run other than one plain space. */
const FOLDABLE_WHITESPACE = /[^\S ]\s*| \s+/g;

/**
 * Folds text for quote search: NFC, every run of whitespace one space, trimmed.
 *
 * @example
 * ```ts
 * foldWhitespace('cho  7\n dự án '); // 'cho 7 dự án'
 * ```
 */
export function foldWhitespace(text: string): string {
  // `\s` matches U+FEFF too: a byte-order mark at the start folds away with the rest. Single
  // spaces, most of the whitespace in a text, are not matched: replacing each of them with
  // itself made folding four times slower. (`normalize` returns NFC text as it is, and on a whole
  // article it is faster than `isNfc`'s scan.)
  return text.normalize('NFC').replace(FOLDABLE_WHITESPACE, ' ').trim();
}
