import { type Money, type QuantityProblem, readQuantity } from '@vnsti/money';
import type { Quantity } from '@vnsti/schema';

/**
 * What {@link parseQuantity} returns: the quantity (with `money` for an amount of money), or why the
 * text could not be read.
 *
 * @example
 * ```ts
 * const result: QuantityResult = parseQuantity('7 dự án'); // { value: { value: 7, unit: 'project', bound: 'exact', text: '7 dự án' } }
 * ```
 */
export type QuantityResult = { readonly value: Quantity; readonly money?: Money } | { readonly error: string };

const UNIT_LIST = 'người, đại biểu, %, km², ha, doanh nghiệp, dự án, biên bản, năm, "thứ N" or a currency';

/** Longest part of a bad cell echoed in a message. */
const MAX_ECHO = 80;

/** The message for each reason `readQuantity` gives. */
function explain(problem: QuantityProblem): string {
  switch (problem.reason) {
    case 'empty':
      return 'the cell is empty';
    case 'too-long':
      return `the cell is ${problem.length} characters long (a figure is at most 1000)`;
    case 'rank-form':
      return 'expected "thứ" followed by one number, e.g. "thứ 9"';
    case 'not-ordinal':
      return `"${problem.word}" is not an ordinal number`;
    case 'no-number':
      return `expected a number${problem.after ? ` after "${problem.after}"` : ''}, found ${problem.found === undefined ? 'nothing' : `"${problem.found}"`}`;
    case 'no-unit':
      return `no unit (expected one of ${UNIT_LIST})`;
    case 'unknown-unit':
      return `unknown unit "${problem.unit}" (expected one of ${UNIT_LIST})`;
  }
}

/**
 * Reads a quantity cell with `@vnsti/money`'s `readQuantity` (the one figure reader of the
 * project, also behind `vnsti diff` and `vnsti extract`) and words its failure as a cell error.
 *
 * @param text - One cell, e.g. "hơn 450 đại biểu".
 * @returns `{ value }` with the quantity (and `money`, as `parseMoney` reads it, for an amount of
 *   money), or `{ error }` saying what could not be read.
 * @example
 * ```ts
 * parseQuantity('hơn 450 đại biểu');
 * // { value: { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' } }
 * parseQuantity('12 con');
 * // { error: 'cannot read "12 con" as a quantity: unknown unit "con" (expected one of …)' }
 * ```
 */
export function parseQuantity(text: string): QuantityResult {
  const read = readQuantity(text);
  if ('quantity' in read) return read.money ? { value: read.quantity, money: read.money } : { value: read.quantity };
  const cell = text.trim();
  const shown = cell.length > MAX_ECHO ? `${cell.slice(0, MAX_ECHO)}…` : cell;
  return { error: `cannot read ${JSON.stringify(shown)} as a quantity: ${explain(read.problem)}` };
}
