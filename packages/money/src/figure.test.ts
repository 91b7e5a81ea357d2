import { describe, expect, it } from 'vitest';
import {
  convertMoney,
  figureNumber,
  figureUnit,
  formatMoney,
  isMoneyFigure,
  type Money,
  type Quantity,
} from './index.js';

const budget: Money = { amount: 40_678_000_000_000, currency: 'VND', bound: 'exact', text: '40.678 tỷ đồng' };
const growth: Quantity = { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' };

describe('isMoneyFigure, figureUnit, figureNumber', () => {
  it('tell Money from a Quantity by its currency, and give the unit and the number of each', () => {
    expect([isMoneyFigure(budget), figureUnit(budget), figureNumber(budget)]).toEqual([
      true,
      'VND',
      40_678_000_000_000,
    ]);
    expect([isMoneyFigure(growth), figureUnit(growth), figureNumber(growth)]).toEqual([false, 'percent', 11.2]);
  });

  it('narrow a figure so that convertMoney and formatMoney take it, and keep quantities out', () => {
    const figures: Array<Money | Quantity> = [growth, budget];
    const money = figures.filter((f) => isMoneyFigure(f));
    expect(money).toEqual([budget]);
    const [first] = money;
    if (first === undefined || !isMoneyFigure(first)) throw new Error('expected the budget');
    expect(convertMoney(first, 'USD', { on: '2025-08-21' }).amount).toBe(1610180896.96);
    expect(formatMoney(first, { locale: 'en' })).toMatch(/40[,.]678/);
  });

  it('read a negative amount (a fall) like any other', () => {
    const fall: Money = { amount: -5e9, currency: 'VND', bound: 'exact' };
    expect([figureUnit(fall), figureNumber(fall)]).toEqual(['VND', -5e9]);
  });
});
