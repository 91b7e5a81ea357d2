/**
 * How the written amount relates to the true value:
 * - `'exact'`: the amount as written ("138 tỷ đồng");
 * - `'lower'`: the true value is above it ("hơn", "trên", "vượt", "… trở lên");
 * - `'upper'`: the true value is below it ("dưới", "chưa đến", "gần");
 * - `'approximate'`: around it ("khoảng", "xấp xỉ", "chừng", "tầm").
 */
export type Bound = 'exact' | 'approximate' | 'lower' | 'upper';

/**
 * An amount of money read from (or written into) Vietnamese text.
 *
 * `amount` is a JavaScript number: exact for every integer up to 2^53 (about 9 × 10^15, i.e.
 * "9 triệu tỷ đồng") and for decimals of up to 15 significant digits. When the written value is
 * not exactly representable, `amount` is the nearest number and `exact` carries the written value
 * as a plain decimal string.
 */
export interface Money {
  /** The amount in the currency's units (đồng, dollars…); for a range, its lower end. */
  amount: number;
  /** ISO 4217 code: `'VND'`, `'USD'`, `'EUR'`, `'JPY'`, `'KRW'`, `'CNY'`… */
  currency: string;
  /** How the amount bounds the true value. */
  bound: Bound;
  /** `true` when the text calls the figure an estimate or a forecast ("ước đạt", "dự kiến"). */
  estimated?: boolean | undefined;
  /** The exact substring the amount was read from. */
  text?: string | undefined;
  /** For a range ("từ 10 đến 15 tỷ đồng", "10-15 tỷ"): the upper end; `amount` is the lower end. */
  max?: number | undefined;
  /** For a per-unit amount ("9.400 USD/người"): the unit, here `'người'`. */
  per?: string | undefined;
  /**
   * The amount as a plain decimal string, present only when `amount` cannot hold it exactly
   * (beyond 2^53, or more than about 15 significant digits).
   */
  exact?: string | undefined;
  /** Like `exact`, for `max`. */
  exactMax?: string | undefined;
}

/** One amount found in running text by {@link extractMoney}. */
export interface MoneyMatch {
  /** The exact substring that was read (the same as `value.text`). */
  text: string;
  /** Its UTF-16 offset in the input. */
  index: number;
  /** What it says. */
  value: Money;
}

/** Options for {@link parseMoney} and {@link extractMoney}. */
export interface ParseMoneyOptions {
  /**
   * The currency of a bare amount with no currency word ("8.300 tỷ" in a Vietnamese article is
   * đồng: pass `'VND'`). Without it such amounts are not money. In running text a bare amount also
   * needs a magnitude word (nghìn, triệu, tỷ) and must not be followed by a counted noun
   * ("4,7 triệu người" is a population).
   */
  defaultCurrency?: string | undefined;
}

/**
 * A counted or measured figure read from Vietnamese text ("hơn 450 đại biểu" → 450 people, lower
 * bound). `unit` is a unit id of the {@link lexicon} (`person`, `percent`, `km2`, `ha`, `project`,
 * `enterprise`, `year`, `rank`…) or an ISO 4217 code for an amount of money. The value may be
 * negative (a fall, a loss: "-2,5%").
 *
 * @example
 * ```ts
 * const q: Quantity = { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' };
 * ```
 */
export interface Quantity {
  /** The figure (for a range, its lower end). */
  value: number;
  /** Unit id or currency code. */
  unit: string;
  /** How the figure bounds the true value. */
  bound: Bound;
  /** For a range: the upper end. */
  max?: number;
  /** `true` when the text calls the figure an estimate ("ước đạt", "dự kiến"). */
  estimated?: boolean;
  /** The figure exactly as written. */
  text?: string;
}

/** Options for {@link parseQuantity} and {@link readQuantity}. */
export interface QuantityOptions {
  /** The currency of an amount written without one ("8.300 tỷ"), as for {@link parseMoney}. */
  defaultCurrency?: string;
  /**
   * Accept unit words the lexicon does not know: the unit is then the words as written, lower-case
   * ("200 gian hàng" → `'gian hàng'`), or `'number'` when none follows. For comparing and drafting
   * figures; data cells leave it off so that an unknown unit is reported.
   */
  anyUnit?: boolean;
}

/**
 * Why {@link readQuantity} could not read a figure: `empty`; `too-long` (more than 1 000
 * characters); `rank-form` ("thứ" not followed by exactly one number); `not-ordinal` (the word after
 * "thứ" is no number); `no-number` (no number, perhaps `after` a bound phrase; `found` is the word
 * where it was expected); `no-unit`; `unknown-unit` (`unit` is the words as written).
 */
export type QuantityProblem =
  | { reason: 'empty' }
  | { reason: 'too-long'; length: number }
  | { reason: 'rank-form' }
  | { reason: 'not-ordinal'; word: string }
  | { reason: 'no-number'; after?: string; found?: string }
  | { reason: 'no-unit' }
  | { reason: 'unknown-unit'; unit: string };

/**
 * What {@link readQuantity} returns: the quantity, or why there is none. For an amount of money the
 * reading also has `money`, the amount as {@link parseMoney} read it (with `per` and the exact
 * decimals a quantity has no room for), so that a caller wanting Money need not read the text again.
 */
export type QuantityReading = { quantity: Quantity; money?: Money } | { problem: QuantityProblem };
