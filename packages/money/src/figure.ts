import type { Money, Quantity } from './types.js';

/**
 * Whether a figure is money: a metric's `value` is `Money` (`{ amount, currency, … }`) for an amount
 * of money and a `Quantity` (`{ value, unit, … }`) for any other figure. Narrowed, it goes straight
 * into `formatMoney` and `convertMoney`.
 *
 * @param figure - a Money or a Quantity, such as a metric's `value`
 * @returns `true` for Money (it has `currency`), `false` for a Quantity
 * @example
 * ```ts
 * const figure = metric.value;
 * if (isMoneyFigure(figure)) convertMoney(figure, 'USD', { on: '2023-09-29' });
 * isMoneyFigure({ value: 11.2, unit: 'percent', bound: 'exact' }); // false
 * ```
 */
export function isMoneyFigure<M extends Money, Q extends Quantity>(figure: M | Q): figure is M {
  return 'currency' in figure;
}

/**
 * The unit a figure is counted in: a Money's currency (`'VND'`, `'USD'`) or a Quantity's unit
 * (`'percent'`, `'person'`). Figures in one unit can be compared and charted together.
 *
 * @param figure - a Money or a Quantity, such as a metric's `value`
 * @example
 * ```ts
 * figureUnit({ amount: 9400, currency: 'USD', bound: 'lower' }); // 'USD'
 * figureUnit({ value: 11.2, unit: 'percent', bound: 'exact' }); // 'percent'
 * ```
 */
export function figureUnit(figure: Money | Quantity): string {
  return isMoneyFigure(figure) ? figure.currency : figure.unit;
}

/**
 * The number a figure states (a range's lower end): a Money's `amount` or a Quantity's `value`.
 * Money beyond 2^53 has its exact decimal in `exact`; this is the nearest number.
 *
 * @param figure - a Money or a Quantity, such as a metric's `value`
 * @example
 * ```ts
 * figureNumber({ amount: 40_678_000_000_000, currency: 'VND', bound: 'exact' }); // 40678000000000
 * figureNumber({ value: 11.2, unit: 'percent', bound: 'exact' }); // 11.2
 * ```
 */
export function figureNumber(figure: Money | Quantity): number {
  return isMoneyFigure(figure) ? figure.amount : figure.value;
}
