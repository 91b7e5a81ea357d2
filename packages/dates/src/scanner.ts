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
import { isSpaceCode, readRun } from './reader.js';

const ANCHOR = /[0-9]|năm|quý|hôm|nay|qua|mai/giu;
const LOOKBACK_WORDS = 5;
const LOOKBACK_CHARS = 64;

/** Start offsets of up to five words before `a`, nearest last, not crossing `floor` or punctuation other than "(" and ",". */
function lookback(t: string, a: number, floor: number): number[] {
  const starts: number[] = [];
  let j = a;
  const limit = Math.max(floor, a - LOOKBACK_CHARS);
  while (starts.length < LOOKBACK_WORDS && j > limit) {
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
    starts.push(s);
    j = s;
  }
  return starts.reverse();
}

/** Whether the last non-space character before `a` is "(" (a bracketed "(24/11)" is a date). */
function afterParen(t: string, a: number): boolean {
  let k = a;
  while (k > 0 && isSpaceCode(t.charCodeAt(k - 1))) k--;
  return k > 0 && t[k - 1] === '(';
}

/** Finds every date expression in `t`, in order, without overlaps. */
export function scan(t: string): Hit[] {
  const hits: Hit[] = [];
  const re = new RegExp(ANCHOR.source, ANCHOR.flags);
  let floor = 0;
  let m: RegExpExecArray | null = re.exec(t);
  while (m !== null) {
    const a = m.index;
    const digit = isDigitCode(t.charCodeAt(a));
    let skipTo = a + m[0].length;
    const wordOk = digit || ((a === 0 || !isLetterCode(t.charCodeAt(a - 1))) && !isLetterCode(t.charCodeAt(skipTo)));
    if (digit) {
      // Never re-enter a run of digits: skip it whole whatever happens.
      skipTo = readRun(t, a).end;
    }
    if (wordOk) {
      let found: Hit | null = null;
      for (const s of lookback(t, a, floor)) {
        const h = parseExpression(t, s, false);
        if (h !== null && h.end > a && h.start >= floor) {
          found = h;
          break;
        }
      }
      if (found === null && (!digit || a === 0 || !isDigitCode(t.charCodeAt(a - 1)))) {
        const h = parseExpression(t, a, false, afterParen(t, a));
        if (h !== null && h.start >= floor) found = h;
      }
      if (found !== null) {
        hits.push(found);
        floor = found.end;
        skipTo = Math.max(skipTo, found.end);
      }
    }
    re.lastIndex = skipTo;
    m = re.exec(t);
  }
  return hits;
}
