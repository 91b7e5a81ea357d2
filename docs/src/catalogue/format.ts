import { formatNumber } from './chart.js';
import type { Cell, Row } from './load.js';

/**
 * Code-unit order of two strings: the same on every machine and locale, so the pages come out
 * byte-identical.
 *
 * @example
 * ```ts
 * ['b', 'a'].sort(compare); // ['a', 'b']
 * ```
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A cell as text: `null`, `undefined` and `''` are no value; numbers and booleans are written out. */
export function text(row: Row, field: string): string | undefined {
  const v: Cell | undefined = row[field];
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

/** A cell as a string exactly as stored (ids, dates), or `undefined`. */
export function str(row: Row, field: string): string | undefined {
  const v = row[field];
  if (v === null || v === undefined || v === '') return undefined;
  return String(v);
}

/** A cell as a finite number (numeric strings accepted), or `undefined`. */
export function num(row: Row, field: string): number | undefined {
  const v = row[field];
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A cell as a boolean (`true`/`"true"`), or `undefined`. */
export function bool(row: Row, field: string): boolean | undefined {
  const v = row[field];
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

const BOUND_WORDS: Readonly<Record<string, string>> = {
  exact: '',
  approximate: 'about ',
  lower: 'more than ',
  upper: 'at most ',
};

/**
 * A normalised money or quantity value in words: bound, value (or range) and unit.
 *
 * @example
 * ```ts
 * describeAmount({ value: 16e12, unit: 'VND', bound: 'lower' }); // 'more than 16,000,000,000,000 VND'
 * ```
 */
export function describeAmount(v: {
  value: number;
  unit?: string | undefined;
  bound?: string | undefined;
  max?: number | undefined;
  estimated?: boolean | undefined;
  per?: string | undefined;
}): string {
  const figure =
    v.max !== undefined && v.max !== v.value
      ? `${formatNumber(v.value)}–${formatNumber(v.max)}`
      : formatNumber(v.value);
  const unit = v.unit === 'percent' ? '%' : v.unit ? ` ${v.unit}` : '';
  const per = v.per ? ` per ${v.per}` : '';
  const estimate = v.estimated ? ' (estimate)' : '';
  return `${BOUND_WORDS[v.bound ?? 'exact'] ?? ''}${figure}${unit}${per}${estimate}`;
}

/**
 * A date value in short form: a day (with its part of day), a quarter, a half, a month, a year or a
 * span of days.
 *
 * @example
 * ```ts
 * describePeriod({ start: '2025-04-01', end: '2025-06-30', precision: 'quarter' }); // '2025 Q2'
 * describePeriod({ start: '2016-01-01', end: '2022-12-31', precision: 'span' }); // '2016–2022'
 * ```
 */
export function describePeriod(v: {
  start: string;
  end: string;
  precision?: string | undefined;
  partOfDay?: string | undefined;
  open?: string | undefined;
}): string {
  const { start, end } = v;
  const y = start.slice(0, 4);
  const wholeYears = start.endsWith('-01-01') && end.endsWith('-12-31');
  let out: string;
  switch (v.precision) {
    case 'day':
      out = start === end ? start : `${start} – ${end}`;
      break;
    case 'month':
      out = start.slice(0, 7);
      break;
    case 'quarter':
      out = `${y} Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
      break;
    case 'half':
      out = `${y} H${Number(start.slice(5, 7)) <= 6 ? 1 : 2}`;
      break;
    case 'year':
      out = y;
      break;
    default:
      out = wholeYears ? (start.slice(0, 4) === end.slice(0, 4) ? y : `${y}–${end.slice(0, 4)}`) : `${start} – ${end}`;
  }
  if (v.open === 'start') out = `until ${end}`;
  if (v.open === 'end') out = `from ${start}`;
  return v.partOfDay ? `${out} (${v.partOfDay})` : out;
}
