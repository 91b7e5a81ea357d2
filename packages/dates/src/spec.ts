/**
 * What the grammar reads before the reference date is applied: a date expression with its year
 * possibly missing. `resolve.ts` turns a spec into a {@link DateValue}.
 *
 * @internal
 * @packageDocumentation
 */
import type { PartOfDay } from './types.js';

/** An explicit year, or one relative to the reference ("năm nay" 0, "năm ngoái" −1). */
export type YearSpec = { y: number } | { offset: number };

/** Which way a yearless date points: "vừa qua" back, "tới"/"sắp tới" forward. */
export type Direction = 'past' | 'future';

/** A parsed expression, before the reference date is applied. */
export type Spec =
  /** A day; `m` is missing only on the left of a range ("từ ngày 5 đến ngày 7/11"). */
  | { k: 'day'; d: number; m?: number; y?: YearSpec; pod?: PartOfDay }
  /** A run of whole months of one year: a month, quarter, half, "9 tháng đầu năm", "cuối năm". */
  | {
      k: 'months';
      from: number;
      to: number;
      y: YearSpec | undefined;
      approx: boolean | undefined;
      single: 'quarter' | 'half' | 'month' | undefined;
    }
  /** Days of a month: "đầu/giữa/cuối tháng 7" (approximate) or "ngày 5-7/11". */
  | { k: 'days'; m: number; from: number; to: number; y?: YearSpec; approx?: boolean }
  /** Whole years, one or several. */
  | { k: 'years'; from: number; to: number }
  /** A day relative to the reference: hôm nay 0, hôm qua −1, ngày mai +1. */
  | { k: 'rel'; offset: number; pod?: PartOfDay }
  /** "từ X đến Y", "X - Y". */
  | { k: 'range'; a: Spec; b: Spec }
  /** A bounded horizon: "đến năm 2045" (until), "trước năm 2030" (before), "sau 2030" (after), "từ 2026 trở đi" (from). */
  | { k: 'horizon'; mode: 'until' | 'before' | 'after' | 'from'; v: Spec };
