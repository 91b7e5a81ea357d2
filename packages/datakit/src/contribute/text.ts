/** A sentence of a source text and where it starts. */
export interface Sentence {
  /** The sentence, verbatim (trimmed), usable as a quote. */
  readonly text: string;
  /** UTF-16 offset of its first character in the text. */
  readonly start: number;
}

const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** The word (letters and dots) that ends at `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (LETTER.test(text[i - 1] ?? '') || text[i - 1] === '.')) i--;
  return text.slice(i, end);
}

/** Short forms a dot and a space do not end a sentence after ("TP. Hải Phòng", "TS. Nguyễn Văn A"). */
const SPACED_ABBREVIATIONS = new Set([
  'tp',
  'tx',
  'tt',
  'ts',
  'ths',
  'pgs',
  'gs',
  'bs',
  'ks',
  'q',
  'p',
  'h',
  'x',
  'nxb',
  'ttxvn',
]);

/** Whether a dot straight before a capital ("TP.Hải", "T.Ư") follows a short form rather than ending a sentence. */
function glued(word: string): boolean {
  if (word === '') return false;
  if (SPACED_ABBREVIATIONS.has(word.toLowerCase())) return true;
  return word.length <= 4 && word.replaceAll('.', '') === word.replaceAll('.', '').toUpperCase();
}

/**
 * Splits a news text into sentences, linear time. A sentence ends at a line break, or at `.`, `!`,
 * `?` or `…` (with any closing quotes) followed by a space and a capital, digit or quote, or
 * followed straight by a capital (sloppy "24/11.Tại hội nghị") unless the word before the dot is
 * an abbreviation ("TP.Hải Phòng").
 *
 * @param text - The article (NFC).
 * @returns The non-blank sentences, trimmed, with their offsets.
 * @example
 * ```ts
 * splitSentences('Sáng 24/11.Tại TP.Hải Phòng, ông A phát biểu. Ông B dự.').map((s) => s.text);
 * // ['Sáng 24/11.', 'Tại TP.Hải Phòng, ông A phát biểu.', 'Ông B dự.']
 * ```
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ text: body, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
    const next = text[j];
    if (next === ' ' || next === '\t' || next === '\u00a0') {
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
      const after = text[k];
      if (after === undefined || isUpper(after) || /[\d"“‘(]/.test(after)) {
        if (ch === '.' && SPACED_ABBREVIATIONS.has(wordBefore(text, i).toLowerCase()) && isUpper(after)) continue;
        push(j);
        i = j - 1;
      }
    } else if (ch === '.' && j === i + 1 && isUpper(next) && !glued(wordBefore(text, i))) {
      push(j);
      i = j - 1;
    } else if (next === undefined || next === '\r') {
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** A token of a sentence: a word (letters, digits, inner `.`, `&`, `-`, `'`, `/`) or one punctuation mark. */
export interface Token {
  readonly text: string;
  /** Offset inside the sentence. */
  readonly start: number;
  readonly end: number;
  /** `word`, `dash` (a free-standing -, – or —) or `punct`. */
  readonly type: 'word' | 'dash' | 'punct';
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const INNER = new Set(['.', '&', '-', "'", '’', '/', '²', '³']);

/**
 * Splits a sentence into words and punctuation, linear time. Dots, `&`, `/` and hyphens between
 * letters or digits stay inside a word ("TP.Hải", "KH&CN", "T.Ư", "24/11").
 *
 * @example
 * ```ts
 * tokenize('ông A - Chủ tịch UBND TP.Hải Phòng, KH&CN').map((t) => t.text);
 * // ['ông', 'A', '-', 'Chủ', 'tịch', 'UBND', 'TP.Hải', 'Phòng', ',', 'KH&CN']
 * ```
 */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sentence.length) {
    const ch = sentence[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      let j = i + 1;
      while (j < sentence.length) {
        const c = sentence[j] ?? '';
        if (WORD_CHAR.test(c) || c === '²' || c === '³') j++;
        else if (INNER.has(c) && WORD_CHAR.test(sentence[j + 1] ?? '')) j += 2;
        else break;
      }
      out.push({ text: sentence.slice(i, j), start: i, end: j, type: 'word' });
      i = j;
      continue;
    }
    out.push({ text: ch, start: i, end: i + 1, type: ch === '-' || ch === '–' || ch === '—' ? 'dash' : 'punct' });
    i++;
  }
  return out;
}

/** Whether a word is a capitalised syllable: a capital then lower-case letters only ("Khắng", "Đạt", "Y"). */
export function isCapitalisedSyllable(word: string): boolean {
  let yes = capitalised.get(word);
  if (yes === undefined) {
    if (capitalised.size > 50_000) capitalised.clear();
    yes = /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word);
    capitalised.set(word, yes);
  }
  return yes;
}
const capitalised = new Map<string, boolean>();

/** Whether a word is written in capitals or mixes in inner marks: an acronym or a short form ("UBND", "KH&CN", "TP.Hải", "T.Ư", "(VKIST)"). */
export function isAcronymLike(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return /^[\p{Lu}\d&.]+$/u.test(word) || /[.&]/.test(word);
}

/**
 * The part of a sentence within `radius` characters of a span, so that the context read around
 * each fact stays bounded however long the sentence is (a verbatim substring, usable as a quote).
 */
export function clip(sentence: Sentence, from: number, to: number, radius = 300): Sentence {
  const a = Math.max(0, from - sentence.start - radius);
  const b = Math.min(sentence.text.length, to - sentence.start + radius);
  if (a === 0 && b === sentence.text.length) return sentence;
  const cut = sentence.text.slice(a, b);
  const lead = cut.length - cut.trimStart().length;
  return { text: cut.trim(), start: sentence.start + a + lead };
}
