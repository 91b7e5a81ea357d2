import { daysInMonth, parseDate } from '@vnsti/dates';
import { parseMoney } from '@vnsti/money';
import type { Column, DateValue, Money } from '@vnsti/schema';
import { parseQuantity } from './quantity.js';

/** The result of reading one cell: a value, nothing (empty cell), or a message. @internal */
export type CellResult = { value: unknown; error?: undefined } | { value?: undefined; error: string };

const EMPTY: CellResult = { value: undefined };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_SPAN = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const ISO_FROM = /^(\d{4}-\d{2}-\d{2})\.\.$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^\d{4}$/;
const CANONICAL_MONEY = /^(-?\d+) ([A-Za-z]{3})$/;

/**
 * Reads a date or period cell: canonical `YYYY-MM-DD`, `YYYY-MM-DD..YYYY-MM-DD`,
 * `YYYY-MM-DD..` (from that day on, the end left open, for when the article gives no end), `YYYY-MM`
 * or `YYYY`, else the article's wording read by `@vnsti/dates` against `reference` (the publication
 * date of the row's source). Impossible dates and end-before-start are left for the schema to
 * report. `text` keeps the cell.
 *
 * @param cell - The trimmed cell.
 * @param reference - `YYYY-MM-DD`, or `undefined` when the row has no known source.
 * @returns The value, or an error; `{ value: undefined }` when the wording needs a reference and
 *   there is none (the missing source is reported on its own).
 * @example
 * ```ts
 * readDateValue('2025-11-24', undefined).value; // { start: '2025-11-24', end: '2025-11-24', precision: 'day', text: '2025-11-24' }
 * ```
 */
export function readDateValue(cell: string, reference: string | undefined): CellResult {
  if (ISO_DAY.test(cell))
    return { value: { start: cell, end: cell, precision: 'day', text: cell } satisfies DateValue };
  const span = ISO_SPAN.exec(cell);
  if (span) return { value: { start: span[1]!, end: span[2]!, precision: 'span', text: cell } satisfies DateValue };
  const from = ISO_FROM.exec(cell);
  if (from) {
    return {
      value: { start: from[1]!, end: from[1]!, precision: 'span', open: 'end', text: cell } satisfies DateValue,
    };
  }
  const month = ISO_MONTH.exec(cell);
  if (month) {
    const m = Number(month[2]);
    if (m >= 1 && m <= 12) {
      const last = daysInMonth(Number(month[1]), m);
      return {
        value: {
          start: `${cell}-01`,
          end: `${cell}-${String(last).padStart(2, '0')}`,
          precision: 'month',
          text: cell,
        } satisfies DateValue,
      };
    }
  }
  if (ISO_YEAR.test(cell))
    return {
      value: { start: `${cell}-01-01`, end: `${cell}-12-31`, precision: 'year', text: cell } satisfies DateValue,
    };
  if (reference === undefined) return EMPTY;
  const read = parseDate(cell, { reference });
  if (!read) {
    return {
      error: `cannot read ${JSON.stringify(cell)} as a date or period (expected YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD or the article's wording such as "sáng 24/11", read against ${reference})`,
    };
  }
  const value: DateValue = {
    start: read.start,
    end: read.end,
    precision: read.precision,
    ...(read.partOfDay ? { partOfDay: read.partOfDay } : {}),
    ...(read.open ? { open: read.open } : {}),
    text: cell,
  };
  return { value };
}

/**
 * Reads a money cell with `@vnsti/money` (a bare amount is in đồng), or the canonical
 * `<integer> <ISO 4217 code>` ("138000000000 VND"). `text` keeps the cell.
 *
 * @example
 * ```ts
 * readMoney('138000000000 VND').value; // { amount: 138000000000, currency: 'VND', bound: 'exact', text: '138000000000 VND' }
 * ```
 */
export function readMoney(cell: string): CellResult {
  const canonical = CANONICAL_MONEY.exec(cell);
  if (canonical)
    return {
      value: {
        amount: Number(canonical[1]),
        currency: canonical[2]!,
        bound: 'exact',
        text: cell,
        ...(Number.isSafeInteger(Number(canonical[1])) ? {} : { exact: BigInt(canonical[1]!).toString() }),
      } satisfies Money,
    };
  const read = parseMoney(cell, { defaultCurrency: 'VND' });
  if (!read)
    return {
      error: `cannot read ${JSON.stringify(cell)} as money (expected an amount such as "hơn 138 tỷ đồng", "1,34 tỷ USD" or "138000000000 VND")`,
    };
  return { value: moneyOfCell(read, cell) };
}

/** The Money a cell holds, from `parseMoney`'s reading of it: its fields in the schema's order, `text` the cell. */
function moneyOfCell(read: Money, cell: string): Money {
  return {
    amount: read.amount,
    currency: read.currency,
    bound: read.bound,
    ...(read.max !== undefined ? { max: read.max } : {}),
    ...(read.estimated ? { estimated: true } : {}),
    ...(read.per ? { per: read.per } : {}),
    text: cell,
    ...(read.exact !== undefined ? { exact: read.exact } : {}),
    ...(read.exactMax !== undefined ? { exactMax: read.exactMax } : {}),
  };
}

/**
 * Reads a figure cell (a metric's value) with {@link parseQuantity}: an amount of money becomes the
 * Money `parseMoney` read on the way (exact decimals and `per` kept, as a money column gives), any
 * other figure stays a Quantity. `text` keeps the cell.
 *
 * @example
 * ```ts
 * readFigure('11,2%').value; // { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' }
 * readFigure('trên 9.400 USD').value; // { amount: 9400, currency: 'USD', bound: 'lower', text: 'trên 9.400 USD' }
 * ```
 */
export function readFigure(cell: string): CellResult {
  const read = parseQuantity(cell);
  if (!('value' in read)) return { error: read.error };
  return { value: read.money ? moneyOfCell(read.money, cell) : read.value };
}

/**
 * Reads one cell of a column that is not `localized` (pairs are read by the row reader).
 *
 * @param column - The column from `@vnsti/schema`'s table layout.
 * @param cell - The cell as csv-parse read it.
 * @param reference - The publication date of the row's source, when known.
 * @param cache - Date results by reference date, then by cell, shared across the cells of one load.
 * @example
 * ```ts
 * readCell({ name: 'kind', kind: 'enum', field: 'kind', required: true, values: ['a', 'b'], description: '' }, 'c', undefined).error;
 * // 'expected one of a, b, found "c"'
 * ```
 */
export function readCell(
  column: Column,
  cell: string,
  reference: string | undefined,
  cache?: Map<string, Map<string, CellResult>>,
): CellResult {
  if (cell === '') return EMPTY;
  if (cache && column.kind === 'date-value') {
    // Rows of one source repeat its date wording ("quý 2", "9 tháng đầu năm"): read it once per
    // date. Two lookups rather than one key built from both: no string to allocate per cell.
    let byCell = cache.get(reference ?? '');
    if (byCell === undefined) {
      byCell = new Map();
      cache.set(reference ?? '', byCell);
    }
    let result = byCell.get(cell);
    if (result === undefined) {
      result = readCell(column, cell, reference);
      byCell.set(cell, result);
    }
    return result;
  }
  switch (column.kind) {
    case 'enum':
      return column.values?.includes(cell)
        ? { value: cell }
        : { error: `expected one of ${column.values?.join(', ')}, found ${JSON.stringify(cell)}` };
    case 'money':
      return readMoney(cell);
    case 'quantity': {
      const read = parseQuantity(cell);
      return 'value' in read ? { value: read.value } : { error: read.error };
    }
    case 'figure':
      return readFigure(cell);
    case 'date-value':
      return readDateValue(cell, reference);
    case 'number': {
      const n = Number(cell);
      return cell.trim() !== '' && Number.isFinite(n)
        ? { value: n }
        : { error: `expected a number, found ${JSON.stringify(cell)}` };
    }
    case 'boolean':
      return cell === 'true'
        ? { value: true }
        : cell === 'false'
          ? { value: false }
          : { error: `expected true or false, found ${JSON.stringify(cell)}` };
    default:
      return { value: cell };
  }
}
