import { describe, expect, it } from 'vitest';
import { convertMoney, figureAsMoney, formatMoney } from './index.js';

describe('figureAsMoney', () => {
  it('reads a figure in a currency as Money, keeping bound, range, estimate and text', () => {
    expect(figureAsMoney({ value: 9400, unit: 'USD', bound: 'lower', text: 'trên 9.400 USD' })).toEqual({
      amount: 9400,
      currency: 'USD',
      bound: 'lower',
      text: 'trên 9.400 USD',
    });
    expect(figureAsMoney({ value: 10, unit: 'VND', bound: 'approximate', max: 15, estimated: true })).toEqual({
      amount: 10,
      currency: 'VND',
      bound: 'approximate',
      max: 15,
      estimated: true,
    });
  });

  it('is null for other units and for lower-case or unknown codes', () => {
    for (const unit of ['percent', 'person', 'km2', 'usd', 'XYZ', '']) {
      expect(figureAsMoney({ value: 1, unit, bound: 'exact' }), unit).toBeNull();
    }
    expect(figureAsMoney(null as never)).toBeNull();
  });

  it('feeds formatMoney and convertMoney', () => {
    const budget = figureAsMoney({ value: 40678e9, unit: 'VND', bound: 'exact', text: '40.678 tỷ đồng' });
    expect(budget).not.toBeNull();
    if (budget === null) return;
    expect(formatMoney(budget, { locale: 'en' })).toMatch(/40[,.]678/);
    expect(convertMoney(budget, 'USD', { on: '2025-08-21' }).amount).toBe(1610180896.96); // 40678e9 / 25263 = 1610180896.9639…;
  });
});
