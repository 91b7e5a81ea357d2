import { boundOf, parseMoney, parseNumber } from '@vnsti/money';
import type { Quantity } from '@vnsti/schema';

/**
 * What {@link parseQuantity} returns: the quantity, or why the text could not be read.
 *
 * @example
 * ```ts
 * const result: QuantityResult = parseQuantity('7 dự án'); // { value: { value: 7, unit: 'project', bound: 'exact', text: '7 dự án' } }
 * ```
 */
export type QuantityResult = { readonly value: Quantity } | { readonly error: string };

/** Unit words as Vietnamese news writes them, longest first where one is a prefix of another. */
const UNIT_LIST_ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['biên bản ghi nhớ', 'agreement'],
  ['biên bản', 'agreement'],
  ['người dân', 'person'],
  ['người', 'person'],
  ['đại biểu', 'person'],
  ['phần trăm', 'percent'],
  ['%', 'percent'],
  ['km²', 'km2'],
  ['km2', 'km2'],
  ['ha', 'ha'],
  ['héc-ta', 'ha'],
  ['doanh nghiệp', 'enterprise'],
  ['dự án', 'project'],
  ['năm', 'year'],
  ['hộ', 'household'],
];

const UNITS: ReadonlyMap<string, string> = new Map(UNIT_LIST_ENTRIES);

const MAGNITUDES: Readonly<Record<string, number>> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

const ORDINALS: Readonly<Record<string, number>> = {
  nhất: 1,
  nhì: 2,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

const UNIT_LIST = 'người, đại biểu, %, km², ha, doanh nghiệp, dự án, biên bản, năm, "thứ N" or a currency';

/** Multiplies by a power of ten exactly, by shifting the decimal point in the number's text. */
function shift(n: number, exponent: number): number {
  if (exponent === 0) return n;
  const text = String(n);
  return text.includes('e') ? n * 10 ** exponent : Number(`${text}e${exponent}`);
}

/** Whether a word starts a number ("450", "4,7", "-3"): no bound phrase holds one. */
function startsNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2212;
}

/** Reads the longest bound phrase (1–3 words) at the start of `words`. */
function readBound(words: readonly string[]): { used: number; bound?: Quantity['bound']; estimated?: true } {
  let used = 0;
  let bound: Quantity['bound'] | undefined;
  let estimated: true | undefined;
  // Bound phrases come before the number: only the words before it are looked up.
  let before = 0;
  while (before < words.length && !startsNumber(words[before]!)) before++;
  // Up to two phrases: "ước đạt hơn 450 người", "dự kiến khoảng 10 dự án".
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

/** Splits "11,2%" into "11,2" and "%"; other tokens stay whole. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (word.length > 1 && word.endsWith('%')) out.push(word.slice(0, -1), '%');
    else out.push(word);
  }
  return out;
}

/**
 * Reads a counted or measured figure as an article writes it: an optional bound word (hơn, trên,
 * vượt, gần, khoảng, xấp xỉ, dưới, chưa đến; ước, ước đạt, dự kiến mark an estimate), a Vietnamese
 * number ('.' groups thousands, ',' is the decimal mark) with optional magnitude words (nghìn,
 * triệu, tỷ), and a unit word; or "không còn" and a unit word (none left: 0); or an ordinal rank ("thứ 9", "thứ ba"); or an amount of money, whose
 * currency becomes the unit. `text` keeps the cell as written.
 *
 * @param text - One cell, e.g. "hơn 450 đại biểu".
 * @returns `{ value }` with the quantity, or `{ error }` saying what could not be read.
 * @example
 * ```ts
 * parseQuantity('hơn 450 đại biểu');
 * // { value: { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' } }
 * parseQuantity('gần 4,7 triệu người');
 * // { value: { value: 4700000, unit: 'person', bound: 'upper', text: 'gần 4,7 triệu người' } }
 * parseQuantity('11,2%'); // { value: { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' } }
 * parseQuantity('thứ ba'); // { value: { value: 3, unit: 'rank', bound: 'exact', text: 'thứ ba' } }
 * parseQuantity('không còn hộ nghèo'); // { value: { value: 0, unit: 'household', bound: 'exact', text: 'không còn hộ nghèo' } }
 * ```
 */
export function parseQuantity(text: string): QuantityResult {
  const cell = text.trim();
  const fail = (why: string): QuantityResult => ({
    error: `cannot read ${JSON.stringify(cell)} as a quantity: ${why}`,
  });
  if (cell === '') return fail('the cell is empty');
  const words = tokenize(cell.normalize('NFC').toLowerCase());
  // A figure starting with a digit or a sign has no bound word: skip the phrase lookup.
  const { used, bound, estimated } =
    words.length === 0 || startsNumber(words[0]!) ? ({ used: 0 } as ReturnType<typeof readBound>) : readBound(words);
  const rest = used === 0 ? words : words.slice(used);
  // Built field by field in the schema's order (value, unit, bound, estimated, text), without
  // spreads: this runs once per quantity cell.
  const quantity = (value: number, unit: string): QuantityResult => ({
    value: estimated
      ? { value, unit, bound: bound ?? 'exact', estimated, text: cell }
      : { value, unit, bound: bound ?? 'exact', text: cell },
  });

  // Ordinal rank: "thứ 9", "thứ ba", "hạng 3", "xếp thứ 9".
  const rankAt = rest[0] === 'xếp' && rest[1] === 'thứ' ? 1 : rest[0] === 'thứ' || rest[0] === 'hạng' ? 0 : -1;
  if (rankAt >= 0) {
    const word = rest[rankAt + 1];
    if (rest.length !== rankAt + 2 || word === undefined)
      return fail('expected "thứ" followed by one number, e.g. "thứ 9"');
    const n = /^\d+$/.test(word) ? Number(word) : ORDINALS[word];
    if (n === undefined) return fail(`"${word}" is not an ordinal number`);
    return quantity(n, 'rank');
  }

  // None left: "không còn hộ nghèo" is 0 of the unit named first (the words after it say which).
  if (rest[0] === 'không' && rest[1] === 'còn' && rest[2] !== undefined) {
    const none = UNITS.get(rest[2]);
    if (none) return quantity(0, none);
  }

  const numberText = rest[0];
  const sign = numberText?.startsWith('-') || numberText?.startsWith('−') ? -1 : 1;
  const value = numberText === undefined ? null : parseNumber(sign < 0 ? numberText.slice(1) : numberText);
  let index = 1;
  let exponent = 0;
  while (index < rest.length && MAGNITUDES[rest[index]!] !== undefined) exponent += MAGNITUDES[rest[index++]!]!;
  const unitText = index === rest.length - 1 ? rest[index]! : rest.slice(index).join(' ');
  const unit = value === null ? undefined : UNITS.get(unitText);
  if (value !== null && unit) return quantity(sign * shift(value, exponent), unit);

  // Not a counted unit: an amount of money ("40.678 tỷ đồng", "hơn 15,6 tỷ USD") has its currency as unit.
  const money = parseMoney(cell);
  if (money) {
    return {
      value: {
        value: money.amount,
        unit: money.currency,
        bound: money.bound,
        ...(money.max !== undefined ? { max: money.max } : {}),
        ...(money.estimated ? { estimated: true } : {}),
        text: cell,
      },
    };
  }
  if (value === null)
    return fail(
      `expected a number${used > 0 ? ` after "${words.slice(0, used).join(' ')}"` : ''}, found ${numberText === undefined ? 'nothing' : `"${numberText}"`}`,
    );
  if (unitText === '') return fail(`no unit (expected one of ${UNIT_LIST})`);
  return fail(`unknown unit "${unitText}" (expected one of ${UNIT_LIST})`);
}
