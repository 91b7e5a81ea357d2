/**
 * Character classes and bounded word readers for the scanner. Every reader looks at most a fixed
 * number of characters, so the scan stays linear whatever the input.
 * @internal
 * @module
 */

/** Longest word the scanner will read; longer runs of letters are never a keyword. */
export const MAX_WORD = 24;

const OTHER_LETTER = /[\p{L}\p{M}]/u;

/** Whether the UTF-16 code unit is a letter (Latin incl. Vietnamese, combining marks, other scripts). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f)) return true;
  if (code < 0x370 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return OTHER_LETTER.test(String.fromCharCode(code));
}

/** Whether the code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Spaces that may sit inside one money expression (no line breaks). */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** Skips at most three inline spaces from `pos`; returns the new position. */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  const limit = Math.min(text.length, pos + 3);
  while (p < limit && isInlineSpace(text.charCodeAt(p))) p++;
  return p;
}

/** Skips at most three inline spaces backwards from `end` (exclusive); returns the new end. */
export function skipSpacesBack(text: string, end: number, floor: number): number {
  let p = end;
  const limit = Math.max(floor, end - 3);
  while (p > limit && isInlineSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/** A word found by a reader: its span and its lower-cased NFC form. */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

function makeWord(text: string, start: number, end: number): Word {
  let lower = text.slice(start, end).toLowerCase();
  // Only combining marks (NFD input) need composing; precomposed letters are NFC already.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) {
      lower = lower.normalize('NFC');
      break;
    }
  }
  return { start, end, lower };
}

// After a number the scanner asks for the word at the same offset several times (magnitude,
// currency, range, what a bare amount counts): a four-entry cache keyed by offset saves re-reading
// it. Keyed by offset alone, it is emptied by {@link beginText} at the start of every scan, and
// whenever the text's length changes (comparing the strings themselves would cost their length).
const cachedAt = [-1, -1, -1, -1];
const cachedWord: Array<Word | null> = [null, null, null, null];
let cachedLength = -1;
let cacheNext = 0;

/** Starts a new text for {@link wordAt}'s cache: every scan calls it first. */
export function beginText(text: string): void {
  cachedLength = text.length;
  cachedAt.fill(-1);
}

/** Reads the word starting exactly at `pos`, or `null` (no letter there, or longer than {@link MAX_WORD}). */
export function wordAt(text: string, pos: number): Word | null {
  if (text.length !== cachedLength) beginText(text);
  else for (let k = 0; k < 4; k++) if (cachedAt[k] === pos) return cachedWord[k] as Word | null;
  let end = pos;
  const limit = Math.min(text.length, pos + MAX_WORD + 1);
  while (end < limit && isLetter(text.charCodeAt(end))) end++;
  const word = end === pos || end - pos > MAX_WORD ? null : makeWord(text, pos, end);
  cachedAt[cacheNext] = pos;
  cachedWord[cacheNext] = word;
  cacheNext = (cacheNext + 1) & 3;
  return word;
}

/** Reads the word ending exactly at `end` (exclusive), not reaching below `floor`, or `null`. */
export function wordBefore(text: string, end: number, floor: number): Word | null {
  let start = end;
  const limit = Math.max(floor, end - MAX_WORD - 1);
  while (start > limit && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > MAX_WORD) return null;
  if (start > floor && isLetter(text.charCodeAt(start - 1))) return null;
  return makeWord(text, start, end);
}

/** Index of the first inline space or line break at or after `pos` (end of a "compound" token). */
export function endOfCompound(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const code = text.charCodeAt(p);
    if (isInlineSpace(code) || code === 10 || code === 13) break;
    p++;
  }
  return p;
}
