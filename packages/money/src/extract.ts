import { AFTER_BY_FIRST_WORD, BEFORE_BY_LAST_WORD, type QualifierPhrase } from './lexicon/bounds.js';
import { CURRENCY_BY_FIRST_WORD, NOT_CURRENCY_AFTER, PREFIX_CODES, SYMBOLS } from './currency.js';
import { losesPrecision, shiftDecimal } from './decimal.js';
import { MAGNITUDES, MAX_MAGNITUDE_WORDS, NOT_MAGNITUDE_AFTER } from './lexicon/magnitudes.js';
import { MINUS_WORDS } from './lexicon/signs.js';
import { type NumberStyle, readNumberParts } from './number.js';
import {
  beginText,
  endOfCompound,
  isDigit,
  isInlineSpace,
  isLetter,
  skipSpaces,
  skipSpacesBack,
  type Word,
  wordAt,
  wordBefore,
} from './text.js';
import type { Bound, Money, MoneyMatch, ParseMoneyOptions } from './types.js';

/** `'extract'`: running text, bare amounts need a magnitude word; `'parse'`: one expression. @internal */
export type ScanMode = 'extract' | 'parse';

/** No real amount is written with more characters than this; longer digit runs are skipped whole. */
const MAX_TOKEN = 40;
/** How many words before an amount may qualify it ("dự kiến đạt trên"). */
const MAX_WORDS_BEFORE = 6;

/**
 * Words that may follow a bare amount ("8.300 tỷ") for it to be read as money in the default
 * currency. Anything else — "người", "lượt", "doanh nghiệp", "km²" — names what is counted.
 */
const FOLLOWS_BARE_AMOUNT: ReadonlySet<string> = new Set(
  (
    'trong và với so cho của từ đến tới năm mỗi là được để nhằm vào tăng giảm đạt trở thì nhưng còn hoặc hay ' +
    'bằng tương đã sẽ đang mà khi do nên vì theo tại ở qua chiếm gồm sau trước hết ra lên xuống nữa rồi ' +
    'nay này đó kể chưa không vượt cao thấp hơn gấp'
  ).split(' '),
);

/** A number with the words right after it: magnitudes, then perhaps a currency. */
interface Piece {
  /** Where the number starts: its sign (a minus glued to it, or the word "âm"), or its first digit. */
  start: number;
  /** Whether it has a sign ("-5 tỷ đồng", "âm 5 tỷ đồng"). */
  negative: boolean;
  tokenStart: number;
  tokenEnd: number;
  exponent: number;
  style: NumberStyle | null;
  /** End of the magnitude words (or of the token). */
  magnitudeEnd: number;
  currency: string | null;
  /** End of the currency (or `magnitudeEnd`). */
  end: number;
}

function isAlnum(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** End of the number token at `i`: digits, with '.' or ',' only between digits. */
function readToken(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 46 || c === 44) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** Whether the character before the token makes it part of something else ("4G", "COVID-19", "94/2022"). */
function rejectedOnLeft(text: string, i: number): boolean {
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (isLetter(prev)) return true;
  // '/' '\' '+' '#' '_' '@' '&'
  if (prev === 47 || prev === 92 || prev === 43 || prev === 35 || prev === 95 || prev === 64 || prev === 38)
    return true;
  // '-' '–' '—' '.' ',' ':' glued to a letter or digit: "NĐ-CP", "COVID-19", "v1.5", "10:30"
  if (prev === 45 || prev === 0x2013 || prev === 0x2014 || prev === 46 || prev === 44 || prev === 58) {
    return i >= 2 && isAlnum(text.charCodeAt(i - 2));
  }
  return false;
}

/** Whether the character after the token makes it something else ("13,92%", "24/11", "57-NQ", "10:30"). */
function rejectedOnRight(text: string, j: number): boolean {
  if (j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (c === 37 || c === 0x2030 || c === 92 || c === 0xb2 || c === 0xb3 || c === 95) return true; // % ‰ \ ² ³ _
  if (c === 47) return !isLetter(text.charCodeAt(j + 1)); // "24/11", "94/2022"; "/người" may follow
  if (c === 58 && isDigit(text.charCodeAt(j + 1))) return true; // 10:30
  if (c === 45 || c === 0x2013) return isLetter(text.charCodeAt(j + 1)); // 57-NQ
  return false;
}

/**
 * Where the sign of the number whose digits start at `i` starts, or `i` when it has none. A sign is
 * '-' or '−' glued to the digits, itself after a space, a bracket or the start ("Lợi nhuận -5 tỷ",
 * "từ -5 đến 10 tỷ", "(-5 tỷ)"), or a minus word of the {@link lexicon} and a space ("lợi nhuận âm 5
 * tỷ"). A hyphen inside a word or between numbers ("COVID-19", "3-7 tỷ") is not one, nor a dash
 * with spaces around it ("3 - 7 tỷ"), nor "âm" ending another word ("tâm 5").
 */
function signStart(text: string, i: number, floor: number): number {
  if (i > floor && isMinus(text.charCodeAt(i - 1))) {
    const b = text.charCodeAt(i - 2); // NaN at the start of the text
    const glued = i - 2 < floor ? !isAlnum(b) : isInlineSpace(b) || b === 10 || b === 13 || b === 40 || b === 91;
    return glued ? i - 1 : i;
  }
  const p = skipSpacesBack(text, i, floor);
  const word = p < i ? wordBefore(text, p, floor) : null;
  return word !== null && MINUS_WORDS.has(word.lower) ? word.start : i;
}

/** '-' or '−' (U+2212). */
function isMinus(code: number): boolean {
  return code === 45 || code === 0x2212;
}

/** Reads magnitude words and a currency after a number token whose sign (if any) starts at `start`. */
function readPiece(text: string, tokenStart: number, tokenEnd: number, start = tokenStart): Piece {
  let pos = tokenEnd;
  let exponent = 0;
  let style: NumberStyle | null = null;
  for (let count = 0; count < MAX_MAGNITUDE_WORDS; count++) {
    const word = wordAt(text, skipSpaces(text, pos));
    if (word === null) break;
    const magnitude = MAGNITUDES.get(word.lower);
    if (magnitude === undefined || (style !== null && magnitude.style !== style)) break;
    const excluded = NOT_MAGNITUDE_AFTER.get(word.lower);
    if (excluded !== undefined) {
      const next = wordAt(text, skipSpaces(text, word.end));
      if (next !== null && next.start > word.end && excluded.has(next.lower)) break;
    }
    exponent += magnitude.exponent;
    style = magnitude.style;
    pos = word.end;
  }
  const magnitudeEnd = pos;
  const found = readCurrency(text, pos);
  return {
    start,
    negative: start < tokenStart,
    tokenStart,
    tokenEnd,
    exponent,
    style,
    magnitudeEnd,
    currency: found ? found.code : null,
    end: found ? found.end : magnitudeEnd,
  };
}

/** Reads a currency word, code or symbol at (or a few spaces after) `pos`. */
function readCurrency(text: string, pos: number): { code: string; end: number } | null {
  const p = skipSpaces(text, pos);
  if (p >= text.length) return null;
  const symbol = SYMBOLS[text[p]!];
  if (symbol !== undefined) return { code: symbol, end: p + 1 };
  const first = wordAt(text, p);
  if (first === null) return null;
  const phrases = CURRENCY_BY_FIRST_WORD.get(first.lower);
  if (phrases === undefined) return null;
  for (const phrase of phrases) {
    const end = phraseEnd(text, first, phrase.words);
    if (end < 0) continue;
    const excluded = phrase.words.length === 1 ? NOT_CURRENCY_AFTER.get(first.lower) : undefined;
    if (excluded !== undefined) {
      const q = skipSpaces(text, end);
      const next = q > end ? wordAt(text, q) : null;
      if (next !== null && excluded.has(next.lower)) return null;
    }
    if (phrase.words.length === 1 && first.lower === 'đô')
      return { code: phrase.value, end: readHyphenatedDollar(text, end) };
    return { code: phrase.value, end };
  }
  return null;
}

/** "đô-la", "đô-la Mỹ": extends a matched "đô" over the hyphenated spelling. */
function readHyphenatedDollar(text: string, end: number): number {
  if (text.slice(end, end + 3).toLowerCase() !== '-la' || isLetter(text.charCodeAt(end + 3))) return end;
  const q = skipSpaces(text, end + 3);
  const next = q > end + 3 ? wordAt(text, q) : null;
  return next !== null && next.lower === 'mỹ' ? next.end : end + 3;
}

/** Reads an ISO code or symbol written just before the number ("USD 15.6 billion", "$5", "US$ 5"). */
function readPrefixCurrency(text: string, i: number, floor: number): { code: string; start: number } | null {
  const p = skipSpacesBack(text, i, floor);
  if (p <= floor) return null;
  const ch = text[p - 1]!;
  if (ch === '$' || ch === '€') {
    const start = ch === '$' && p - 3 >= floor && text.slice(p - 3, p - 1) === 'US' ? p - 3 : p - 1;
    return { code: SYMBOLS[ch]!, start };
  }
  if (p === i) return null;
  const word = wordBefore(text, p, floor);
  if (word === null) return null;
  const written = text.slice(word.start, word.end);
  return PREFIX_CODES.has(written) ? { code: written, start: word.start } : null;
}

/** Reads a range connector and the second number after it, if any. */
function readRangeEnd(text: string, pos: number): Piece | null {
  const p = skipSpaces(text, pos);
  if (p >= text.length) return null;
  const c = text.charCodeAt(p);
  let after = p + 1;
  if (!(c === 45 || c === 0x2013 || c === 0x2014 || c === 126)) {
    const word = wordAt(text, p);
    if (word === null || !(word.lower === 'đến' || word.lower === 'tới' || word.lower === 'to')) return null;
    after = word.end;
    if (skipSpaces(text, after) === after) return null;
  }
  let q = skipSpaces(text, after);
  // The second number may be signed too, after a space: "từ -10 đến âm 5 tỷ", "-5 – -3 tỷ" ("3--5" is not).
  if (q > after) {
    const word = wordAt(text, q);
    if (isMinus(text.charCodeAt(q))) q++;
    else if (word !== null && MINUS_WORDS.has(word.lower) && skipSpaces(text, word.end) > word.end) {
      q = skipSpaces(text, word.end);
    }
  }
  if (q >= text.length || !isDigit(text.charCodeAt(q))) return null;
  const end = readToken(text, q);
  if (end - q > MAX_TOKEN || rejectedOnRight(text, end) || hasLeadingZero(text, q, end)) return null;
  const piece = readPiece(text, q, end, q > after ? signStart(text, q, after) : q);
  if (end < text.length && isLetter(text.charCodeAt(end)) && piece.end === end) return null;
  return piece;
}

/** "0912.345.678", "05": a multi-digit integer part starting with 0 is a phone number or a code. */
function hasLeadingZero(text: string, start: number, end: number): boolean {
  return end - start > 1 && text.charCodeAt(start) === 48 && isDigit(text.charCodeAt(start + 1));
}

/** Whether what follows a bare amount lets it be money in the default currency. */
function followsBareAmount(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (isDigit(c)) return false;
  if (!isLetter(c)) return true;
  const word = wordAt(text, p);
  return word !== null && FOLLOWS_BARE_AMOUNT.has(word.lower);
}

/** Reads "/người", "/người/năm", "/m2" after an amount. */
function readPer(text: string, pos: number): { per: string; end: number } | null {
  let end = pos;
  while (end < text.length && text.charCodeAt(end) === 47 && isLetter(text.charCodeAt(end + 1))) {
    let k = end + 1;
    const limit = Math.min(text.length, k + 16);
    while (k < limit) {
      const code = text.charCodeAt(k);
      if (!(isLetter(code) || isDigit(code) || code === 0xb2 || code === 0xb3)) break;
      k++;
    }
    end = k;
  }
  return end === pos ? null : { per: text.slice(pos + 1, end).normalize('NFC'), end };
}

/** Every word of every qualifier phrase: reading backwards stops at the first word not among them. */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  [...BEFORE_BY_LAST_WORD.values()].flat().flatMap((phrase) => phrase.words),
);

interface Qualifiers {
  bound: Bound | undefined;
  estimated: boolean;
  start: number;
}

/** Reads the qualifiers before `start`: bound words, estimate words, and fillers between them. */
function readQualifiersBefore(text: string, start: number, floor: number): Qualifiers {
  const words: Word[] = [];
  let end = start;
  while (words.length < MAX_WORDS_BEFORE) {
    const p = skipSpacesBack(text, end, floor);
    const word = p < end ? wordBefore(text, p, floor) : null;
    if (word === null || !QUALIFIER_WORDS.has(word.lower)) break;
    words.push(word);
    end = word.start;
  }
  const result: Qualifiers = { bound: undefined, estimated: false, start };
  let k = 0;
  while (k < words.length) {
    const phrases = BEFORE_BY_LAST_WORD.get(words[k]!.lower);
    if (phrases === undefined) break;
    let matched: QualifierPhrase | undefined;
    for (const candidate of phrases) {
      const length = candidate.words.length;
      if (k + length > words.length) continue;
      let t = 0;
      while (t < length && candidate.words[length - 1 - t] === words[k + t]!.lower) t++;
      if (t === length) {
        matched = candidate;
        break;
      }
    }
    if (matched === undefined) break;
    k += matched.words.length;
    const qualifier = matched.value;
    if (qualifier.filler) continue;
    if (qualifier.bound !== undefined && result.bound === undefined) result.bound = qualifier.bound;
    if (qualifier.estimated) result.estimated = true;
    result.start = words[k - 1]!.start;
  }
  return result;
}

/** Reads "trở lên", "trở xuống" after an amount. */
function readQualifierAfter(text: string, pos: number): { bound: Bound; end: number } | null {
  const p = skipSpaces(text, pos);
  if (p === pos) return null;
  const first = wordAt(text, p);
  if (first === null) return null;
  for (const phrase of AFTER_BY_FIRST_WORD.get(first.lower) ?? []) {
    const end = phraseEnd(text, first, phrase.words);
    if (end >= 0 && phrase.value.bound) return { bound: phrase.value.bound, end };
  }
  return null;
}

/** Where a phrase whose first word is `first` ends in `text` (its other words follow, spaced), or -1. */
function phraseEnd(text: string, first: Word, words: readonly string[]): number {
  let end = first.end;
  for (let k = 1; k < words.length; k++) {
    const q = skipSpaces(text, end);
    const word = q > end ? wordAt(text, q) : null;
    if (word === null || word.lower !== words[k]) return -1;
    end = word.end;
  }
  return end;
}

/** The exact value of a token scaled by 10^exponent, or `null`. */
function scaledValue(
  text: string,
  piece: Piece,
  style: NumberStyle,
  exponent: number,
): { decimal: string; amount: number } | null {
  const parts = readNumberParts(text.slice(piece.tokenStart, piece.tokenEnd), style);
  if (parts === null) return null;
  const magnitude = shiftDecimal(parts.integer, parts.fraction, exponent);
  // "-0 tỷ" is 0: no negative zero.
  const decimal = (piece.negative && magnitude !== '0' ? '-' : '') + magnitude;
  const amount = Number(decimal);
  return Number.isFinite(amount) ? { decimal, amount } : null;
}

/** Tries to read one amount made of `pieces` (one number, or the two ends of a range). */
function build(
  text: string,
  pieces: readonly [Piece] | readonly [Piece, Piece],
  floor: number,
  options: ParseMoneyOptions,
  mode: ScanMode,
): MoneyMatch | null {
  const first = pieces[0];
  const last = pieces[pieces.length - 1]!;
  const isRange = pieces.length === 2;
  if (isRange) {
    if (first.currency !== null && last.currency !== null && first.currency !== last.currency) return null;
    if (first.exponent > 0 && last.exponent === 0) return null;
    if (first.currency !== null && (last.currency === null || (first.exponent === 0 && last.exponent > 0))) return null;
  }
  const suffix = last.currency ?? first.currency;
  const prefix = suffix === null ? readPrefixCurrency(text, first.start, floor) : null;
  let currency = suffix ?? prefix?.code ?? null;
  if (currency === null && options.defaultCurrency) {
    const bareOk = mode === 'parse' || (last.exponent > 0 && followsBareAmount(text, last.end));
    if (bareOk) currency = options.defaultCurrency;
  }
  if (currency === null) return null;
  const magnitudeStyle = last.style ?? first.style;
  const style: NumberStyle = magnitudeStyle === 'en' || (magnitudeStyle === null && prefix !== null) ? 'en' : 'vi';
  const low = scaledValue(text, first, style, first.exponent > 0 ? first.exponent : last.exponent);
  if (low === null) return null;
  const high = isRange ? scaledValue(text, last, style, last.exponent) : null;
  if (isRange && (high === null || high.amount < low.amount)) return null;

  let end = last.end;
  let per: string | undefined;
  const perRead = readPer(text, end);
  if (perRead !== null) {
    per = perRead.per;
    end = perRead.end;
  }
  const after = readQualifierAfter(text, end);
  if (after !== null) end = after.end;

  let start = prefix?.start ?? first.start;
  if (isRange || after?.bound === 'lower') {
    const p = skipSpacesBack(text, start, floor);
    const word = p < start ? wordBefore(text, p, floor) : null;
    if (word !== null && word.lower === 'từ') start = word.start;
  }
  const before = readQualifiersBefore(text, start, floor);
  const bound: Bound = before.bound ?? after?.bound ?? 'exact';
  const value: Money = { amount: low.amount, currency, bound };
  if (before.estimated) value.estimated = true;
  if (high !== null) value.max = high.amount;
  if (per !== undefined) value.per = per;
  if (losesPrecision(low.decimal, low.amount)) value.exact = low.decimal;
  if (high !== null && losesPrecision(high.decimal, high.amount)) value.exactMax = high.decimal;
  const matched = text.slice(before.start, end);
  value.text = matched;
  return { text: matched, index: before.start, value };
}

/** Tries to read an amount whose number starts at `i`. Returns the match, or where to resume. */
function readAmountAt(
  text: string,
  i: number,
  floor: number,
  options: ParseMoneyOptions,
  mode: ScanMode,
): { match: MoneyMatch } | { skipTo: number } {
  const tokenEnd = readToken(text, i);
  if (tokenEnd - i > MAX_TOKEN || rejectedOnLeft(text, i) || rejectedOnRight(text, tokenEnd)) {
    return { skipTo: endOfCompound(text, tokenEnd) };
  }
  if (hasLeadingZero(text, i, tokenEnd)) return { skipTo: tokenEnd };
  const piece = readPiece(text, i, tokenEnd, signStart(text, i, floor));
  // Letters glued to the number must be a magnitude or a currency ("50.000đ"), not "4G" or "3D".
  if (tokenEnd < text.length && isLetter(text.charCodeAt(tokenEnd)) && piece.end === tokenEnd) {
    return { skipTo: endOfCompound(text, tokenEnd) };
  }
  const second = readRangeEnd(text, piece.end);
  if (second !== null) {
    const range = build(text, [piece, second], floor, options, mode);
    if (range !== null) return { match: range };
  }
  // A plain number ("2025", "450 người") is money only after a written currency ("USD 15", "$5")
  // or, in one expression, with a default currency: most numbers in news stop here, unbuilt.
  const bare = piece.currency === null && piece.exponent === 0;
  if (bare && !(mode === 'parse' && options.defaultCurrency) && !mayFollowPrefixCurrency(text, piece.start, floor)) {
    return { skipTo: tokenEnd };
  }
  const single = build(text, [piece], floor, options, mode);
  return single !== null ? { match: single } : { skipTo: tokenEnd };
}

/** Whether the character before the number (past a few spaces) could end a prefix currency: "$", "€" or a code's capital. */
function mayFollowPrefixCurrency(text: string, i: number, floor: number): boolean {
  const p = skipSpacesBack(text, i, floor);
  if (p <= floor) return false;
  const c = text.charCodeAt(p - 1);
  return c === 36 /* $ */ || c === 0x20ac /* € */ || (c >= 65 && c <= 90);
}

/**
 * The scanner behind {@link extractMoney} and {@link parseMoney}: finds each run of digits with one
 * regex (`/[0-9]+/g`) and reads a bounded window of words around it. Each character is visited a
 * bounded number of times, so the time is linear in the length of the text.
 * @internal
 */
export function scanMoney(text: string, options: ParseMoneyOptions, mode: ScanMode): MoneyMatch[] {
  beginText(text);
  const found: MoneyMatch[] = [];
  const digits = /[0-9]+/g;
  let floor = 0;
  // `test` rather than `exec`: no match array to allocate; the run starts at the first digit at or
  // after where the search began, found by stepping back from its end.
  for (let from = 0; digits.test(text); from = digits.lastIndex) {
    let start = digits.lastIndex - 1;
    while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    const result = readAmountAt(text, start, floor, options, mode);
    if ('match' in result) {
      found.push(result.match);
      floor = result.match.index + result.match.text.length;
      digits.lastIndex = floor;
    } else if (result.skipTo > digits.lastIndex) {
      digits.lastIndex = result.skipTo;
    }
    // One expression: a match covering the whole input is anchored on its first digit run.
    if (mode === 'parse') break;
  }
  return found;
}

/**
 * Finds every amount of money in running Vietnamese text, with where it was written.
 *
 * Reads "hơn 16.000 tỷ đồng", "dự kiến đạt trên 9.400 USD", "từ 10 đến 15 tỷ đồng",
 * "9.400 USD/người", "50.000đ", a negative amount ("lợi nhuận -5 tỷ đồng" or "lợi nhuận âm 5 tỷ
 * đồng": −5 tỷ; "-5 – -3 tỷ đồng": −5 to −3 tỷ; a dash between two numbers stays a range, "3 - 7
 * tỷ"); leaves alone percentages, dates ("24/11", "21.8"), years, counts ("hơn 450 đại biểu",
 * "4,7 triệu người"), areas, phone numbers, "4G", "57-NQ/TW".
 *
 * @param text - running text (NFC or NFD)
 * @param options - `defaultCurrency` for bare amounts such as "8.300 tỷ"
 * @returns the amounts in reading order; an empty array when there is none
 * @example
 * ```ts
 * extractMoney('Tổng vốn cam kết hơn 15,6 tỉ USD, tăng 5%.')
 * // → [{ text: 'hơn 15,6 tỉ USD', index: 15,
 * //      value: { amount: 15600000000, currency: 'USD', bound: 'lower', text: 'hơn 15,6 tỉ USD' } }]
 * ```
 */
export function extractMoney(text: string, options: ParseMoneyOptions = {}): MoneyMatch[] {
  if (typeof text !== 'string') return [];
  return scanMoney(text, options ?? {}, 'extract');
}

/** Characters that may end a one-expression input without being part of it. @internal */
export function isTrailingPunctuation(code: number): boolean {
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 33 ||
    code === 58 ||
    code === 10 ||
    code === 13 ||
    isInlineSpace(code)
  );
}
