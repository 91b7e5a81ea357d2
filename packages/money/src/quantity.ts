import { boundOf } from './lexicon/bounds.js';
import { MAGNITUDES } from './lexicon/magnitudes.js';
import { readOrdinalWord } from './lexicon/numbers.js';
import { MINUS_WORDS } from './lexicon/signs.js';
import { UNIT_PHRASES } from './lexicon/units.js';
import { parseNumber } from './number.js';
import { parseMoney } from './parse.js';
import type { Bound, Quantity, QuantityOptions, QuantityReading } from './types.js';

/** Longest cell read word by word; a longer cell is refused before it is split. */
const MAX_CELL = 1000;

/** Whether a word starts a number ("450", "4,7", "-3", "−3"): no bound phrase holds one. */
function startsNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2212;
}

/** Reads up to two bound or estimate phrases (1–3 words each) before the number. */
function readBound(words: readonly string[]): { used: number; bound?: Bound; estimated?: true } {
  let used = 0;
  let bound: Bound | undefined;
  let estimated: true | undefined;
  let before = 0;
  while (before < words.length && !startsNumber(words[before]!)) before++;
  // "ước đạt hơn 450 người", "dự kiến khoảng 10 dự án".
  for (let round = 0; round < 2; round++) {
    let matched = false;
    for (let size = Math.min(3, words.length - used - 1, before - used); size >= 1; size--) {
      const found = boundOf(words.slice(used, used + size).join(' '));
      if (found) {
        if (found.bound) bound = found.bound;
        if (found.estimated) estimated = true;
        used += size;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return { used, ...(bound ? { bound } : {}), ...(estimated ? { estimated } : {}) };
}

/** Splits "11,2%" into "11,2" and "%"; other words stay whole. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (word.length > 1 && word.endsWith('%')) out.push(word.slice(0, -1), '%');
    else out.push(word);
  }
  return out;
}

/** Multiplies by a power of ten exactly, by shifting the decimal point in the number's text. */
function shift(n: number, exponent: number): number {
  if (exponent === 0) return n;
  const text = String(n);
  return text.includes('e') ? n * 10 ** exponent : Number(`${text}e${exponent}`);
}

/** Words that open a rank: "thứ 9", "hạng 3", "top 10", "xếp thứ 12". */
function rankStart(words: readonly string[]): number {
  if (words[0] === 'xếp' && words[1] === 'thứ') return 1;
  return words[0] === 'thứ' || words[0] === 'hạng' || words[0] === 'top' ? 0 : -1;
}

/**
 * Reads a counted or measured figure, saying why when it cannot: the reader behind
 * {@link parseQuantity}, for callers that report the reason (a data cell's error message).
 *
 * @param text - One figure, e.g. "hơn 450 đại biểu".
 * @param options - See {@link QuantityOptions}.
 * @returns `{ quantity }` (and `money`, as `parseMoney` reads it, for an amount of money), or
 *   `{ problem }` naming what could not be read.
 * @example
 * ```ts
 * readQuantity('12 con');
 * // → { problem: { reason: 'unknown-unit', unit: 'con' } }
 * readQuantity('trên 9.400 USD/người');
 * // → { quantity: { value: 9400, unit: 'USD', bound: 'lower', text: … }, money: { amount: 9400, currency: 'USD', per: 'người', … } }
 * readQuantity('7 dự án');
 * // → { quantity: { value: 7, unit: 'project', bound: 'exact', text: '7 dự án' } }
 * ```
 */
export function readQuantity(text: string, options: QuantityOptions = {}): QuantityReading {
  if (typeof text !== 'string') return { problem: { reason: 'empty' } };
  const cell = text.trim();
  if (cell === '') return { problem: { reason: 'empty' } };
  if (cell.length > MAX_CELL) return { problem: { reason: 'too-long', length: cell.length } };
  const words = splitWords(cell.normalize('NFC').toLowerCase());
  const { used, bound, estimated } = words.length === 0 || startsNumber(words[0]!) ? { used: 0 } : readBound(words);
  const afterBound = used === 0 ? words : words.slice(used);
  // "âm 2%": a minus word right before a number is its sign, as for money.
  const minusWord = MINUS_WORDS.has(afterBound[0] ?? '') && /^[0-9]/.test(afterBound[1] ?? '');
  const rest = minusWord ? afterBound.slice(1) : afterBound;
  // Built field by field in the schema's order (value, unit, bound, estimated, text).
  const quantity = (value: number, unit: string): QuantityReading => ({
    quantity: estimated
      ? { value, unit, bound: bound ?? 'exact', estimated, text: cell }
      : { value, unit, bound: bound ?? 'exact', text: cell },
  });

  const rankAt = rankStart(rest);
  if (rankAt >= 0) {
    const word = rest[rankAt + 1];
    if (rest.length !== rankAt + 2 || word === undefined) return { problem: { reason: 'rank-form' } };
    const n = /^\d+$/.test(word) ? Number(word) : readOrdinalWord(word);
    if (n === null) return { problem: { reason: 'not-ordinal', word } };
    return quantity(n, 'rank');
  }

  // None left: "không còn hộ nghèo" is 0 of the unit named first (the words after it say which).
  if (rest[0] === 'không' && rest[1] === 'còn' && rest[2] !== undefined) {
    const none = UNIT_PHRASES.get(rest[2]);
    if (none) return quantity(0, none);
  }

  const numberText = rest[0];
  const glued = numberText?.startsWith('-') || numberText?.startsWith('−');
  // No negative zero: "-0%" is 0, as "-0 tỷ đồng" is for money.
  const signed = (n: number): number => ((glued || minusWord) && n !== 0 ? -n : n);
  const value = numberText === undefined ? null : parseNumber(glued ? numberText.slice(1) : numberText);
  let index = 1;
  let exponent = 0;
  for (let magnitude = MAGNITUDES.get(rest[index] ?? ''); magnitude?.style === 'vi'; ) {
    exponent += magnitude.exponent;
    magnitude = MAGNITUDES.get(rest[++index] ?? '');
  }
  const unitText = index === rest.length - 1 ? rest[index]! : rest.slice(index).join(' ');
  const unit = value === null ? undefined : UNIT_PHRASES.get(unitText);
  if (value !== null && unit) return quantity(signed(shift(value, exponent)), unit);

  // Not a counted unit: an amount of money ("40.678 tỷ đồng", "hơn 15,6 tỷ USD") has its currency as unit.
  const money = parseMoney(cell, options.defaultCurrency ? { defaultCurrency: options.defaultCurrency } : {});
  if (money) {
    return {
      quantity: {
        value: money.amount,
        unit: money.currency,
        bound: money.bound,
        ...(money.max !== undefined ? { max: money.max } : {}),
        ...(money.estimated ? { estimated: true } : {}),
        text: cell,
      },
      money,
    };
  }
  if (value === null) {
    return {
      problem: {
        reason: 'no-number',
        ...(used > 0 ? { after: words.slice(0, used).join(' ') } : {}),
        ...(numberText !== undefined ? { found: numberText } : {}),
      },
    };
  }
  if (options.anyUnit) return quantity(signed(shift(value, exponent)), unitText === '' ? 'number' : unitText);
  return { problem: unitText === '' ? { reason: 'no-unit' } : { reason: 'unknown-unit', unit: unitText } };
}

/**
 * Reads a counted or measured figure as an article writes it: an optional bound word (hơn, trên,
 * vượt, gần, khoảng, xấp xỉ, dưới, chưa đến; ước, ước đạt, dự kiến mark an estimate), a Vietnamese
 * number ('.' groups thousands, ',' is the decimal mark; a leading '-' or '−', or the word "âm"
 * before it, is a minus sign) with optional magnitude words (nghìn, triệu, tỷ), and a unit word of
 * the {@link lexicon} (`person`, `percent`, `km2`, `ha`, `enterprise`, `project`, `year`…); or a rank ("thứ 9", "thứ ba", "top 10");
 * or "không còn" and a unit word (none left: 0, e.g. "không còn hộ nghèo"); or an amount of money, whose ISO currency code becomes the unit. `text` keeps the input as written.
 *
 * @param text - One figure, e.g. a data cell "hơn 450 đại biểu".
 * @param options - `defaultCurrency` for a bare amount ("8.300 tỷ"); `anyUnit` to accept unit words
 *   the lexicon does not know.
 * @returns The quantity, or `null` when the text is not one figure (see {@link readQuantity} for why).
 * @example
 * ```ts
 * parseQuantity('hơn 450 đại biểu');
 * // → { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' }
 * parseQuantity('gần 4,7 triệu người')?.value; // → 4700000
 * parseQuantity('11,2%')?.unit; // → 'percent'
 * parseQuantity('không còn hộ nghèo')?.value; // → 0 (unit 'household')
 * parseQuantity('hơn 15,6 tỷ USD')?.unit; // → 'USD'
 * parseQuantity('hơn 200 gian hàng'); // → null (unknown unit)
 * parseQuantity('hơn 200 gian hàng', { anyUnit: true })?.unit; // → 'gian hàng'
 * ```
 */
export function parseQuantity(text: string, options: QuantityOptions = {}): Quantity | null {
  const reading = readQuantity(text, options ?? {});
  return 'quantity' in reading ? reading.quantity : null;
}
