/**
 * Turns a parsed {@link Spec} into a {@link DateValue} against the reference date.
 *
 * @internal
 * @packageDocumentation
 */
import { addDays, compareIso, dayNumber, daysInMonth, isValidDate, monthRange, parseIso, toIso } from '@vnsti/calendar';
import { DateError } from './errors.js';
import { inferDayYear, inferPeriodYear, type Reference } from './infer-year.js';
import type { Direction, Spec, YearSpec } from './spec.js';
import type { DateValue, Precision } from './types.js';

/**
 * Reads and checks a reference date.
 *
 * @throws {@link DateError} when it is not a real `YYYY-MM-DD` day.
 */
export function toReference(reference: unknown): Reference {
  if (typeof reference !== 'string') {
    throw new DateError(`options.reference must be a YYYY-MM-DD string, got ${typeof reference}`);
  }
  const d = parseIso(reference);
  if (d === null) throw new DateError(`options.reference is not a real YYYY-MM-DD day: ${JSON.stringify(reference)}`);
  return { ...d, iso: reference, dayNumber: dayNumber(d.year, d.month, d.day) };
}

function yearOf(y: YearSpec, ref: Reference): number {
  return 'y' in y ? y.y : ref.year + y.offset;
}

/** The precision of a run of whole months of one year. */
export function monthsPrecision(from: number, to: number): Precision {
  if (from === to) return 'month';
  if (from === 1 && to === 12) return 'year';
  if (to - from === 2 && from % 3 === 1) return 'quarter';
  if (to - from === 5 && (from === 1 || from === 7)) return 'half';
  return 'span';
}

type Value = Omit<DateValue, 'text'>;

function earlier(a: string, b: string): string {
  return compareIso(a, b) <= 0 ? a : b;
}

function later(a: string, b: string): string {
  return compareIso(a, b) >= 0 ? a : b;
}

function resolveWithYear(
  spec: Spec,
  ref: Reference,
  dir: Direction | undefined,
  year: number | undefined,
): Value | null {
  switch (spec.k) {
    case 'day': {
      if (spec.m === undefined) return null;
      const y = spec.y !== undefined ? yearOf(spec.y, ref) : (year ?? inferDayYear(spec.m, spec.d, ref, dir));
      if (y === null || !isValidDate(y, spec.m, spec.d)) return null;
      const iso = toIso(y, spec.m, spec.d);
      const v: Value = { start: iso, end: iso, precision: 'day' };
      if (spec.pod !== undefined) v.partOfDay = spec.pod;
      return v;
    }
    case 'days': {
      const y =
        spec.y !== undefined
          ? yearOf(spec.y, ref)
          : (year ??
            (spec.approx ? inferPeriodYear(spec.m, spec.m, ref, dir) : inferDayYear(spec.m, spec.from, ref, dir)));
      if (y === null) return null;
      const last = daysInMonth(y, spec.m);
      const to = spec.approx ? Math.min(spec.to, last) : spec.to;
      if (!isValidDate(y, spec.m, spec.from) || !isValidDate(y, spec.m, to)) return null;
      const v: Value = { start: toIso(y, spec.m, spec.from), end: toIso(y, spec.m, to), precision: 'span' };
      if (spec.approx) v.approximate = true;
      return v;
    }
    case 'months': {
      const y = spec.y !== undefined ? yearOf(spec.y, ref) : (year ?? inferPeriodYear(spec.from, spec.to, ref, dir));
      if (y < 1 || y > 9999) return null;
      const r = monthRange(y, spec.from, spec.to);
      const v: Value = {
        start: r.start,
        end: r.end,
        precision: spec.approx ? 'span' : monthsPrecision(spec.from, spec.to),
      };
      if (spec.approx) v.approximate = true;
      return v;
    }
    case 'years':
      return {
        start: toIso(spec.from, 1, 1),
        end: toIso(spec.to, 12, 31),
        precision: spec.from === spec.to ? 'year' : 'span',
      };
    case 'rel': {
      const iso = addDays(ref.iso, spec.offset);
      const v: Value = { start: iso, end: iso, precision: 'day' };
      if (spec.pod !== undefined) v.partOfDay = spec.pod;
      return v;
    }
    case 'range': {
      const b = resolveWithYear(spec.b, ref, dir, undefined);
      if (b === null) return null;
      const a = resolveLeft(spec.a, spec.b, ref, b);
      if (a === null || a.start > b.end) return null;
      return { start: a.start, end: b.end, precision: 'span' };
    }
    case 'horizon': {
      const v = resolveWithYear(spec.v, ref, dir, undefined);
      if (v === null) return null;
      if (spec.mode === 'until' || spec.mode === 'before') {
        const end = spec.mode === 'until' ? v.end : addDays(v.start, -1);
        return { start: earlier(ref.iso, end), end, precision: 'span', open: 'start' };
      }
      const start = spec.mode === 'from' ? v.start : addDays(v.end, 1);
      return { start, end: later(ref.iso, start), precision: 'span', open: 'end' };
    }
  }
}

/** The left side of a range borrows what it lacks (month, year) from the right side. */
function resolveLeft(a: Spec, b: Spec, ref: Reference, right: Value): Value | null {
  let left = a;
  if (a.k === 'day' && a.m === undefined) {
    const m = b.k === 'day' || b.k === 'days' ? b.m : undefined;
    if (m === undefined) return null;
    left = { ...a, m };
  }
  const lacksYear = (left.k === 'day' || left.k === 'days' || left.k === 'months') && left.y === undefined;
  if (!lacksYear) return resolveWithYear(left, ref, undefined, undefined);
  const rightYear = Number(right.end.slice(0, 4));
  const same = resolveWithYear(left, ref, undefined, rightYear);
  if (same !== null && same.start <= right.end) return same;
  return resolveWithYear(left, ref, undefined, rightYear - 1);
}

/** Resolves a spec against the reference; `null` when it names no real day (30/2, 31/4). */
export function resolve(spec: Spec, ref: Reference, dir: Direction | undefined): Value | null {
  const v = resolveWithYear(spec, ref, dir, undefined);
  if (v === null || v.start > v.end) return null;
  return v;
}

// The days values name, shared: a text dense with dates names the same few days again and again,
// and every value that keeps its own copy of '2030-01-01' is more for the garbage collector to
// move while the matches stay alive. Bounded: emptied when full.
const DAYS = new Map<string, string>();
const DAYS_MAX = 4096;

function sharedDay(iso: string): string {
  const known = DAYS.get(iso);
  if (known !== undefined) return known;
  if (DAYS.size >= DAYS_MAX) DAYS.clear();
  DAYS.set(iso, iso);
  return iso;
}

/** A resolved value with the expression text, fields in one fixed order. */
export function withText(v: Value, text: string): DateValue {
  const out: DateValue = { start: sharedDay(v.start), end: sharedDay(v.end), precision: v.precision };
  if (v.partOfDay !== undefined) out.partOfDay = v.partOfDay;
  if (v.open !== undefined) out.open = v.open;
  if (v.approximate !== undefined) out.approximate = v.approximate;
  out.text = text;
  return out;
}
