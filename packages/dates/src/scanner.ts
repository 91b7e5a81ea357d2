/**
 * The linear scanner behind `extractDates`: it jumps from anchor to anchor (a digit, or one of
 * the words năm, quý, hôm, nay, qua, mai), looks back at most five words for the start of the
 * expression (ngày, sáng, từ, đến, giai đoạn, 9 tháng đầu …), and reads forward with the grammar.
 * Every anchor costs bounded work and the scan never moves backwards past a found expression.
 *
 * @internal
 * @packageDocumentation
 */
import { parseExpression, type Hit } from './grammar.js';
import { isDigitCode, isLetterCode } from './lexicon.js';
import { beginText, gluedAfter, gluedBefore, isSpaceCode, readWord, runEnd } from './reader.js';

// Two regexes, merged in order: "mai" in the first one would cost the engine more than a second
// pass for it alone (its letters are among the commonest). Without the `u` flag the engine scans
// faster; `i` still folds Ă/ă, Ý/ý, Ô/ô (checked in tests).
const ANCHOR = /[0-9]|n(?:ăm|ay)|qu[ýa]|hôm/gi;
const ANCHOR_MAI = /mai/gi;
const LOOKBACK_WORDS = 5;
const ENDS_ONLY: ReadonlySet<string> = new Set(['nay', 'qua', 'mai']);
const LOOKBACK_CHARS = 64;

/** Words that may begin an expression: the lookback tries to parse only from these. */
const STARTERS: ReadonlySet<string> = new Set([
  'ngày',
  'hôm',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'khuya',
  'thứ',
  'chủ',
  'tháng',
  'quý',
  'nửa',
  'đầu',
  'giữa',
  'cuối',
  'hết',
  'năm',
  'từ',
  'kể',
  'đến',
  'tới',
  'cho',
  'trước',
  'sau',
  'giai',
  'thời',
  'nhiệm',
  'vào',
  'lúc',
  'trong',
  'một',
  'hai',
  'ba',
  'bốn',
  'sáu',
  'bảy',
  'bẩy',
  'tám',
  'chín',
  'mười',
]);

/** Words that may stand inside an expression before its anchor ("giai đoạn", "thứ Hai", "Chủ nhật"). */
const INSIDE: ReadonlySet<string> = new Set(['đoạn', 'kỳ', 'nhật', 'tư', 'mốt']);

// lookback's result, reused by every call (a scan never runs inside another): the start offsets,
// earliest first, in STARTS[0 .. count).
const STARTS = new Int32Array(LOOKBACK_WORDS);

/**
 * Start offsets of the words before `a` that may begin an expression, written earliest first into
 * {@link STARTS}; returns how many. At most five words back, stopping at a word that cannot be
 * part of a date expression, at punctuation other than "(" and ",", or at `floor` (the end of the
 * previous expression).
 */
function lookback(t: string, a: number, floor: number): number {
  let count = 0;
  let j = a;
  const limit = Math.max(floor, a - LOOKBACK_CHARS);
  for (let n = 0; n < LOOKBACK_WORDS && j > limit; n++) {
    let k = j;
    while (k > limit && isSpaceCode(t.charCodeAt(k - 1))) k--;
    if (k > limit && (t[k - 1] === '(' || t[k - 1] === ',')) {
      k--;
      while (k > limit && isSpaceCode(t.charCodeAt(k - 1))) k--;
    }
    if (k <= limit || !isLetterCode(t.charCodeAt(k - 1))) break;
    let s = k;
    while (s > limit && isLetterCode(t.charCodeAt(s - 1))) s--;
    if (s === limit && s > 0 && isLetterCode(t.charCodeAt(s - 1))) break;
    if (k - s > 6) break;
    const w = readWord(t, s)?.w ?? '';
    if (STARTERS.has(w)) STARTS[count++] = s;
    else if (!INSIDE.has(w)) break;
    j = s;
  }
  for (let x = 0, y = count - 1; x < y; x++, y--) {
    const earlier = STARTS[y] as number;
    STARTS[y] = STARTS[x] as number;
    STARTS[x] = earlier;
  }
  return count;
}

/** Whether the run `a..end` has at most four groups, each of 1, 2 or 4 digits. */
function datelikeRun(t: string, a: number, end: number): boolean {
  let len = 0;
  let groups = 1;
  for (let i = a; i < end; i++) {
    if (isDigitCode(t.charCodeAt(i))) len++;
    else {
      if (len === 3 || len > 4 || ++groups > 4) return false;
      len = 0;
    }
  }
  return len !== 3 && len <= 4;
}

/** Whether the last non-space character before `a` is "(" (a bracketed "(24/11)" is a date). */
function afterParen(t: string, a: number): boolean {
  let k = a;
  while (k > 0 && isSpaceCode(t.charCodeAt(k - 1))) k--;
  return k > 0 && t[k - 1] === '(';
}

/**
 * Finds every date expression in `t`, in order, without overlaps, and hands each to `onHit` as it
 * is found; the scan stops early when `onHit` returns `true`. Nothing is collected here: a hit the
 * caller does not keep dies young, so a text dense with dates does not fill the heap with hits
 * that wait for the scan to end (the collector's work grew faster than the text).
 */
export function scan(t: string, onHit: (hit: Hit) => boolean): void {
  beginText(t);
  // The module's own regexes: `after` sets `lastIndex` before every search and a scan never runs
  // inside another, so sharing them is safe, and they stay compiled (and tiered up) across calls.
  const main = ANCHOR;
  const mai = ANCHOR_MAI;
  // `test` rather than `exec`: no match array to allocate. A match is one digit or three letters,
  // so where it starts follows from where it ends.
  const after = (re: RegExp, from: number): number => {
    re.lastIndex = from;
    if (!re.test(t)) return t.length;
    const end = re.lastIndex;
    return isDigitCode(t.charCodeAt(end - 1)) ? end - 1 : end - 3;
  };
  let nextMain = after(main, 0);
  let nextMai = after(mai, 0);
  let floor = 0;
  while (nextMain < t.length || nextMai < t.length) {
    const a = Math.min(nextMain, nextMai);
    const digit = isDigitCode(t.charCodeAt(a));
    // Every word anchor is three letters long.
    let skipTo = a + (digit ? 1 : 3);
    const wordOk = digit || ((a === 0 || !isLetterCode(t.charCodeAt(a - 1))) && !isLetterCode(t.charCodeAt(skipTo)));
    let worth = wordOk;
    if (digit) {
      // Never re-enter a run of digits: skip it whole whatever happens. A run with a group of 3 or
      // 5+ digits ("16.000", "450", "40.678") can be no part of a date: skip it without parsing.
      skipTo = runEnd(t, a);
      // A run glued to letters, digits or a percent sign ("21.8%", "13,92", "5G", "COVID-19") is
      // no date and no part of one: every rule that reads a number requires it clean.
      worth = datelikeRun(t, a, skipTo) && !gluedAfter(t, skipTo) && !gluedBefore(t, a);
    }
    if (worth) {
      let found: Hit | null = null;
      const starts = lookback(t, a, floor);
      for (let k = 0; k < starts; k++) {
        const h = parseExpression(t, STARTS[k] as number, false);
        if (h !== null && h.end > a && h.start >= floor) {
          found = h;
          break;
        }
      }
      // "nay", "qua", "mai" never begin an expression: only the lookback can use them.
      const starter = digit || !ENDS_ONLY.has(t.slice(a, a + 3).toLowerCase());
      if (found === null && starter) {
        const h = parseExpression(t, a, false, afterParen(t, a));
        if (h !== null && h.start >= floor) found = h;
      }
      if (found !== null) {
        if (onHit(found)) return;
        floor = found.end;
        skipTo = Math.max(skipTo, found.end);
      }
    }
    if (nextMain < skipTo) nextMain = after(main, skipTo);
    if (nextMai < skipTo) nextMai = after(mai, skipTo);
  }
}
