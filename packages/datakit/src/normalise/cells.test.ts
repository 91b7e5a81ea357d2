import type { Column } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { readCell, readDateValue, readFigure, readMoney } from './cells.js';

const column = (kind: Column['kind'], extra: Partial<Column> = {}): Column => ({
  name: 'x',
  kind,
  field: 'x',
  required: false,
  description: '',
  ...extra,
});

describe('readDateValue', () => {
  it('reads canonical forms without a reference', () => {
    expect(readDateValue('2025-11-24', undefined).value).toEqual({
      start: '2025-11-24',
      end: '2025-11-24',
      precision: 'day',
      text: '2025-11-24',
    });
    expect(readDateValue('2025-01-01..2025-09-30', undefined).value).toEqual({
      start: '2025-01-01',
      end: '2025-09-30',
      precision: 'span',
      text: '2025-01-01..2025-09-30',
    });
    expect(readDateValue('2025-07-01..', undefined).value).toEqual({
      start: '2025-07-01',
      end: '2025-07-01',
      precision: 'span',
      open: 'end',
      text: '2025-07-01..',
    });
    expect(readDateValue('2025-07-01...', undefined).value).toBeUndefined();
    expect(readDateValue('2024-02', undefined).value).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'month',
      text: '2024-02',
    });
    expect(readDateValue('2025', undefined).value).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
      precision: 'year',
      text: '2025',
    });
  });
  it('reads the article wording against the source date', () => {
    expect(readDateValue('sáng 24/11', '2025-11-25').value).toEqual({
      start: '2025-11-24',
      end: '2025-11-24',
      precision: 'day',
      partOfDay: 'morning',
      text: 'sáng 24/11',
    });
    expect(readDateValue('quý 2', '2025-08-01').value).toMatchObject({
      start: '2025-04-01',
      end: '2025-06-30',
      precision: 'quarter',
      text: 'quý 2',
    });
  });
  it('leaves wording alone when there is no reference, and reports what it cannot read', () => {
    expect(readDateValue('sáng 24/11', undefined)).toEqual({ value: undefined });
    expect(readDateValue('hôm nọ', '2025-11-25').error).toMatch(/^cannot read "hôm nọ" as a date or period/);
  });
});

describe('readMoney', () => {
  it('reads the canonical form and the article wording, keeping the cell as text', () => {
    expect(readMoney('138000000000 VND').value).toEqual({
      amount: 138_000_000_000,
      currency: 'VND',
      bound: 'exact',
      text: '138000000000 VND',
    });
    expect(readMoney('hơn 16.000 tỷ đồng').value).toEqual({
      amount: 16_000_000_000_000,
      currency: 'VND',
      bound: 'lower',
      text: 'hơn 16.000 tỷ đồng',
    });
    expect(readMoney('8.300 tỷ').value).toMatchObject({ amount: 8_300_000_000_000, currency: 'VND' });
  });
  it('reports unreadable money', () => {
    expect(readMoney('nhiều tiền').error).toMatch(/^cannot read "nhiều tiền" as money/);
  });
});

describe('readFigure', () => {
  it('reads a figure in a unit as a Quantity and money as Money (the TSDoc example)', () => {
    expect(readFigure('11,2%').value).toEqual({ value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' });
    expect(readFigure('trên 9.400 USD').value).toEqual({
      amount: 9400,
      currency: 'USD',
      bound: 'lower',
      text: 'trên 9.400 USD',
    });
  });
  it('gives money the same Money a money column reads: the per unit, a range, a negative amount', () => {
    for (const cell of ['9.400 USD/người', 'từ 1,1 đến 1,7 tỷ USD', '-5 tỷ đồng', '40.678 tỷ đồng'])
      expect(readFigure(cell).value, cell).toEqual(readMoney(cell).value);
    expect(readFigure('9.400 USD/người').value).toMatchObject({ per: 'người' });
    expect(readFigure('-5 tỷ đồng').value).toMatchObject({ amount: -5_000_000_000, currency: 'VND' });
  });
  it('keeps the exact decimal of an amount beyond 2^53', () => {
    const read = readFigure('12.345.678.901.234.567 đồng').value as { amount: number; exact?: string };
    expect(read.exact).toBe('12345678901234567');
  });
  it('reports a cell it cannot read as a quantity, with the quantity reader’s words', () => {
    expect(readFigure('12 con').error).toMatch(/cannot read "12 con" as a quantity: unknown unit "con"/);
    expect(readCell(column('figure'), 'không rõ', undefined).error).toMatch(/as a quantity/);
    expect(readCell(column('figure'), '', undefined)).toEqual({ value: undefined });
  });
});

describe('readCell', () => {
  it('reads a date wording once per source date, and apart for each date', () => {
    const cache = new Map();
    const period = column('date-value');
    const first = readCell(period, 'quý 2', '2025-08-01', cache);
    expect(readCell(period, 'quý 2', '2025-08-01', cache)).toBe(first);
    // The same words against another year's article are another period.
    expect(readCell(period, 'quý 2', '2024-08-01', cache).value).toMatchObject({
      start: '2024-04-01',
      end: '2024-06-30',
    });
    expect(readCell(period, 'quý 2', undefined, cache)).toEqual({ value: undefined });
    expect(first.value).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
  });
  it('checks enums (the TSDoc example)', () => {
    expect(readCell(column('enum', { values: ['a', 'b'] }), 'c', undefined).error).toBe(
      'expected one of a, b, found "c"',
    );
    expect(readCell(column('enum', { values: ['a', 'b'] }), 'b', undefined).value).toBe('b');
  });
  it('reads numbers and booleans, and leaves empty cells empty', () => {
    expect(readCell(column('number'), '1.5', undefined).value).toBe(1.5);
    expect(readCell(column('number'), 'x', undefined).error).toBe('expected a number, found "x"');
    expect(readCell(column('boolean'), 'true', undefined).value).toBe(true);
    expect(readCell(column('boolean'), 'yes', undefined).error).toBe('expected true or false, found "yes"');
    expect(readCell(column('text'), '', undefined)).toEqual({ value: undefined });
  });
});
