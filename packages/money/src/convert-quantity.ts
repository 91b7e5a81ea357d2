import { isKnownCurrency } from './convert.js';
import type { Bound, Money } from './types.js';

/**
 * A figure with a unit, as `@vnsti/schema`'s `Quantity`: money when `unit` is an ISO 4217 code
 * ("40.678 tỷ đồng" read by {@link readQuantity} → `unit: 'VND'`).
 *
 * @deprecated Only {@link figureAsMoney} takes it; see there.
 *
 * @example
 * ```ts
 * const figure: UnitFigure = { value: 40678e9, unit: 'VND', bound: 'exact', text: '40.678 tỷ đồng' };
 * ```
 */
export interface UnitFigure {
  /** The figure (the lower end of a range). */
  value: number;
  /** Its unit: `'person'`, `'percent'`, … or a currency code. */
  unit: string;
  /** How the figure bounds the true value. */
  bound: Bound;
  /** Upper end of a range. */
  max?: number | undefined;
  /** `true` for an estimate. */
  estimated?: boolean | undefined;
  /** The words as written. */
  text?: string | undefined;
}

/**
 * Reads a figure whose unit is a currency as {@link Money}, so that {@link formatMoney} and
 * {@link convertMoney} take it: `{ value: 9400, unit: 'USD' }` becomes `{ amount: 9400, currency:
 * 'USD', … }`. A figure in another unit is not money: `null`.
 *
 * @deprecated A metric's money figure is now Money itself (`@vnsti/schema` 1.0: tell it apart with
 * {@link isMoneyFigure}); read text with {@link parseMoney}, which also keeps `per` and the exact
 * decimals this function cannot know. To be removed in the next major version.
 *
 * @param figure - a `Quantity`-shaped figure
 * @returns the same figure as Money (bound, range, estimate and text kept), or `null`
 * @example
 * ```ts
 * figureAsMoney({ value: 9400, unit: 'USD', bound: 'lower', text: 'trên 9.400 USD' })
 * // → { amount: 9400, currency: 'USD', bound: 'lower', text: 'trên 9.400 USD' }
 * figureAsMoney({ value: 11.2, unit: 'percent', bound: 'exact' }) // → null
 * ```
 */
export function figureAsMoney(figure: UnitFigure): Money | null {
  if (figure === null || typeof figure !== 'object' || !isKnownCurrency(figure.unit)) return null;
  const money: Money = { amount: figure.value, currency: figure.unit, bound: figure.bound };
  if (figure.max !== undefined) money.max = figure.max;
  if (figure.estimated) money.estimated = true;
  if (figure.text !== undefined) money.text = figure.text;
  return money;
}
