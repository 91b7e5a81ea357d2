/**
 * Low-level readers over a string at an offset: spaces, words, runs of digits. Every reader does
 * bounded work (words ≤ 24 letters, ≤ 8 spaces) except {@link readRun}, whose callers skip past
 * the run, so scanning stays linear.
 *
 * @internal
 * @packageDocumentation
 */
import { isDigitCode, isLetterCode } from './lexicon.js';

/** A word read at an offset, lower-cased. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

const MAX_WORD = 24;
const MAX_SPACES = 8;

/** Whether a code unit is an in-line space (not a line break). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** Skips at most eight in-line spaces. */
export function skipSpaces(t: string, i: number): number {
  let j = i;
  const max = i + MAX_SPACES;
  while (j < t.length && j < max && isSpaceCode(t.charCodeAt(j))) j++;
  return j;
}

// The grammar often looks at the same next word several times (year suffix, unit, direction,
// range): a four-entry cache keyed by (text, offset) saves re-slicing it.
const cacheAt = [-1, -1, -1, -1];
const cacheWord: Array<Word | null> = [null, null, null, null];
let cacheLength = -1;
let cacheNext = 0;

/**
 * Starts a new text for {@link readWord}'s cache. Every entry point (a scan, a parse) calls it
 * first, so the cache never mixes two texts (comparing strings would cost their length).
 */
export function beginText(t: string): void {
  cacheLength = t.length;
  cacheAt.fill(-1);
}

/** Reads the word that starts exactly at `i`, or `null` when `i` is not a letter or the word is very long. */
export function readWord(t: string, i: number): Word | null {
  if (i >= t.length || !isLetterCode(t.charCodeAt(i))) return null;
  if (t.length === cacheLength) {
    for (let k = 0; k < 4; k++) if (cacheAt[k] === i) return cacheWord[k] as Word | null;
  } else beginText(t);
  let j = i;
  let upper = false;
  let word: Word | null = null;
  for (let c = t.charCodeAt(j); j < t.length && isLetterCode(c) && j - i <= MAX_WORD; c = t.charCodeAt(++j)) {
    if (!upper && mayBeUpperCase(c)) upper = true;
  }
  if (j - i <= MAX_WORD) {
    // Lower-casing a Vietnamese (two-byte) string costs several times the slice: only when needed.
    const w = t.slice(i, j);
    word = { w: upper ? w.toLowerCase() : w, start: i, end: j };
  }
  cacheAt[cacheNext] = i;
  cacheWord[cacheNext] = word;
  cacheNext = (cacheNext + 1) & 3;
  return word;
}

/**
 * Whether a letter may be a capital: ASCII and Latin-1 capitals, the even letters of the
 * Vietnamese block (Ạ ạ … Ỹ ỹ alternate), and any other letter except Vietnamese's lower-case
 * ă đ ĩ ũ ơ ư. Errs towards "yes": a "yes" only costs a `toLowerCase`.
 */
function mayBeUpperCase(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90;
  if (c <= 0xff) return c <= 0xde && c !== 0xd7;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0;
  return !(c === 0x103 || c === 0x111 || c === 0x129 || c === 0x169 || c === 0x1a1 || c === 0x1b0);
}

/** Skips spaces, then reads a word. */
export function nextWord(t: string, i: number): Word | null {
  return readWord(t, skipSpaces(t, i));
}

/** Skips spaces and reads a word if it is `w`; returns the end offset or -1. */
export function expectWord(t: string, i: number, w: string): number {
  const word = nextWord(t, i);
  return word !== null && word.w === w ? word.end : -1;
}

/** A run of digit groups joined by single separators, e.g. `24/11/2025`, `2016-2022`, `21.8`. */
export interface Run {
  /** Group values (NaN for groups longer than six digits). */
  groups: number[];
  /** Digit count of each group. */
  lens: number[];
  /** The separators between groups (`/`, `.`, `-`, `–`). */
  seps: string[];
  start: number;
  end: number;
  /** False when the run is glued to letters or other numbers (`5G`, `57-NQ`, `13,92`, `NQ/24`, `21.8%`). */
  clean: boolean;
}

function isRunSep(c: number): boolean {
  return c === 47 /* / */ || c === 46 /* . */ || c === 45 /* - */ || c === 0x2013 /* – */;
}

function isAlnum(c: number): boolean {
  return isDigitCode(c) || isLetterCode(c);
}

/**
 * Reads the run of digits and single separators that starts at `i` (which must be a digit), and
 * says whether it stands clean of letters and other numbers. A run of more than five groups is
 * read only up to its fifth group and is never clean.
 */
export function readRun(t: string, i: number): Run {
  const groups: number[] = [];
  const lens: number[] = [];
  const seps: string[] = [];
  let j = i;
  let count = 0;
  for (;;) {
    const g = j;
    let value = 0;
    for (let c = t.charCodeAt(j); c >= 48 && c <= 57; c = t.charCodeAt(++j)) value = value * 10 + (c - 48);
    const len = j - g;
    count++;
    groups.push(len <= 6 ? value : Number.NaN);
    lens.push(len);
    if (j + 1 < t.length && isRunSep(t.charCodeAt(j)) && isDigitCode(t.charCodeAt(j + 1))) {
      // No date has more than four groups: stop reading, the run is not clean ("1/1/1/1/1…").
      if (count === 5) return { groups, lens, seps, start: i, end: j, clean: false };
      seps.push(t[j] as string);
      j++;
      continue;
    }
    break;
  }
  return { groups, lens, seps, start: i, end: j, clean: !gluedBefore(t, i) && !gluedAfter(t, j) };
}

/** The end of the run of digits and single separators that starts at `i`, without reading it. */
export function runEnd(t: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < t.length && isDigitCode(t.charCodeAt(j))) j++;
    if (j + 1 < t.length && isRunSep(t.charCodeAt(j)) && isDigitCode(t.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    return j;
  }
}

/** Whether what precedes offset `i` (the start of a number) glues the number to something else: a letter or digit, or a separator glued to one ("NQ/24", "COVID-19", "1,5"). */
export function gluedBefore(t: string, i: number): boolean {
  if (i === 0) return false;
  const b = t.charCodeAt(i - 1);
  if (isAlnum(b)) return true;
  return (isRunSep(b) || b === 44) && i > 1 && isAlnum(t.charCodeAt(i - 2));
}

/**
 * Whether what follows offset `j` (the end of a number) glues the number to something else: a letter
 * ("5G", "8h30"), a percent or power sign, a decimal comma, a separator glued to a code ("/NĐ-CP").
 */
export function gluedAfter(t: string, j: number): boolean {
  if (j >= t.length) return false;
  const a = t.charCodeAt(j);
  const a2 = j + 1 < t.length ? t.charCodeAt(j + 1) : 0;
  if (isLetterCode(a) || isDigitCode(a) || a === 37 /* % */ || a === 0xb2 || a === 0xb3) return true;
  if (a === 44 /* , */ && isDigitCode(a2)) return true;
  if ((a === 47 || a === 45 || a === 0x2013) && isAlnum(a2)) return true;
  return a === 46 && isDigitCode(a2);
}

/** Reads a run that is exactly one group of `len` digits (e.g. a 4-digit year) after spaces; `null` otherwise. */
export function readNumberAfter(
  t: string,
  i: number,
): { value: number; len: number; start: number; end: number } | null {
  const s = skipSpaces(t, i);
  if (s >= t.length || !isDigitCode(t.charCodeAt(s))) return null;
  const run = readRun(t, s);
  if (!run.clean || run.groups.length !== 1) return null;
  return { value: run.groups[0] as number, len: run.lens[0] as number, start: s, end: run.end };
}
