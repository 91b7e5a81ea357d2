/**
 * How precise a date value is: one day, a month, a quarter, a half-year, a year, or an arbitrary
 * span (a run of months, several years, a range of days, a bounded horizon, a fuzzy part of a year).
 */
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'span';

/** Part of the day named before a date: sáng, trưa, chiều, tối, đêm. */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/**
 * A calendar date or period in Asia/Ho_Chi_Minh. `start` and `end` are inclusive `YYYY-MM-DD`
 * strings with `start <= end`; a single day has `start === end`.
 *
 * @example
 * ```ts
 * // "quý III/2025"
 * const q: DateValue = { start: '2025-07-01', end: '2025-09-30', precision: 'quarter' };
 * ```
 */
export interface DateValue {
  /** First day of the period, inclusive, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the period, inclusive, `YYYY-MM-DD`. */
  end: string;
  /** The precision the words give. */
  precision: Precision;
  /** Part of day when the text named one ("sáng 24/11"): only on day values. */
  partOfDay?: PartOfDay;
  /** The expression as written, when the value was read from text. */
  text?: string;
  /**
   * Set on bounded horizons, which name only one end. `'start'`: the start is open, the text gives
   * only the end ("đến năm 2045", "trước năm 2030"); `start` is then filled with the reference date
   * (clamped to `end` when the horizon is already past). `'end'`: the end is open ("sau năm 2030",
   * "từ năm 2026 trở đi"); `end` is filled with the reference date (clamped to `start`).
   * Horizons always have precision `'span'`.
   */
  open?: 'start' | 'end';
  /**
   * Set when the words name a fuzzy part of a period ("cuối năm 2024", "đầu năm", "giữa tháng 7"):
   * `start`/`end` are then the conventional bounds (đầu/giữa/cuối năm → Q1 / Q2–Q3 / Q4;
   * đầu/giữa/cuối tháng → days 1–10 / 11–20 / 21–end), with precision `'span'`.
   */
  approximate?: true;
}

/** Options of {@link parseDate} and {@link extractDates}. */
export interface ParseOptions {
  /**
   * The date the text was written (the article's publication date), `YYYY-MM-DD` in Vietnam.
   * A missing year is inferred from it. Use `todayInVietnam()` for text written today.
   */
  reference: string;
}

/** One date expression found in a text by {@link extractDates}. */
export interface DateMatch {
  /** The expression exactly as it stands in the (NFC) text. */
  text: string;
  /** UTF-16 offset of the expression in the NFC-normalised text (the same as the input for NFC input). */
  index: number;
  /** What the expression means. */
  value: DateValue;
}

/** Options of {@link formatDate}. */
export interface FormatOptions {
  /** Output language; `'vi'` by default. */
  locale?: 'vi' | 'en';
}
