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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2002 && c <= 0x206f)) continue;
    return text.normalize('NFC') === text;
  }
  return true;
}
