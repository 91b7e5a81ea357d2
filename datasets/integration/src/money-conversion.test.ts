// Every amount of money in every built dataset converts to US dollars and to đồng with
// @vnsti/money's cited reference rates, on the day the conversion rule picks for its record
// (conversionDate), and never with a rate from after that day.
import { conversionDate, convertMoney, type Money, MoneyConversionError } from '@vnsti/money';
import { describe, expect, it } from 'vitest';
import { type DatasetName, records } from './datasets.js';

interface Amount {
  /** `dataset/record-id/path.to.value`, for messages. */
  where: string;
  money: Money;
  /** The record's own date or period, if it has one. */
  period: { start: string; end: string; precision?: string | undefined } | undefined;
  /** Publication dates of the sources the record cites. */
  published: string[];
}

const publishedById = new Map<string, string>(records.sources.map((s) => [s.id, s.published]));

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).amount === 'number' &&
    typeof (value as Money).currency === 'string'
  );
}

/** Every Money value under `value`: investments, outcomes, and metric figures that are money. */
function moneyIn(value: unknown, path: string, found: (path: string, money: Money) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (isMoney(value)) {
    found(path, value);
    return;
  }
  for (const [key, child] of Object.entries(value)) moneyIn(child, `${path}.${key}`, found);
}

function amounts(): Amount[] {
  const list: Amount[] = [];
  for (const [name, recordList] of Object.entries(records) as [DatasetName, readonly unknown[]][]) {
    for (const record of recordList as ReadonlyArray<Record<string, unknown> & { id: string }>) {
      const cited = (record.sources as ReadonlyArray<{ source: string }> | undefined) ?? [];
      const published = cited.map((c) => publishedById.get(c.source)).filter((d): d is string => d !== undefined);
      const period = (record.date ?? record.period) as Amount['period'];
      const add = (path: string, money: Money) =>
        list.push({ where: `${name}/${record.id}${path}`, money, period, published });
      moneyIn(record, '', add);
    }
  }
  return list;
}

describe('money in every dataset', () => {
  const all = amounts();

  it('finds the amounts: investments, outcomes and metric figures in a currency', () => {
    const datasets = new Set(all.map((a) => a.where.split('/')[0]));
    expect(datasets).toEqual(new Set(['events', 'projects', 'metrics']));
    expect(all.some((a) => a.money.currency === 'USD')).toBe(true);
    expect(all.some((a) => a.money.currency === 'VND')).toBe(true);
  });

  it('reads metric money as Money itself, and no metric figure in a currency as a quantity', () => {
    const metricMoney = all.filter((a) => a.where.startsWith('metrics/')).map((a) => a.where);
    expect(metricMoney).toEqual(
      expect.arrayContaining([
        'metrics/quang-ninh-budget-revenue-2023-9m.value',
        'metrics/quang-ninh-grdp-per-capita-2023.value',
      ]),
    );
    for (const metric of records.metrics) {
      const figure = metric.value as { unit?: string; currency?: string };
      if (figure.unit !== undefined) expect(figure.unit, metric.id).not.toMatch(/^[A-Z]{3}$/);
    }
  });

  it('converts every amount to USD and to VND on its record date, citing the rate', () => {
    const refused: string[] = [];
    let converted = 0;
    for (const to of ['USD', 'VND'])
      for (const amount of all) {
        const when = conversionDate({ period: amount.period, published: amount.published });
        expect(when, amount.where).not.toBeNull();
        if (when === null) continue;
        try {
          const result = convertMoney(amount.money, to, { on: when.on });
          expect(result.currency).toBe(to);
          expect(result.amount).toBeGreaterThan(0);
          expect(result.bound).toBe(amount.money.bound);
          // Never a rate from after the day.
          expect(result.conversion.rateDate <= when.on, amount.where).toBe(true);
          if (amount.money.currency !== to) expect(result.conversion.rate.sourceUrl).toMatch(/^https:\/\//);
          converted++;
        } catch (error) {
          if (!(error instanceof MoneyConversionError) || error.reason !== 'no-rate') throw error;
          refused.push(`${to} ${amount.where} on ${when.on}`);
        }
      }
    // Each refusal is listed with its day, so a missing rate names what to add to the table.
    expect(refused.sort()).toEqual([]);
    expect(converted).toBe(all.length * 2);
  });

  it('converts the 2023-09-29 figures on the rate of 2023-09-25, four days before, marked as such', () => {
    const lateSeptember = all.filter((a) => a.published.includes('2023-09-29') && a.where.startsWith('metrics/'));
    expect(lateSeptember.length).toBeGreaterThan(0);
    for (const amount of lateSeptember) {
      const when = conversionDate({ period: amount.period, published: amount.published });
      expect(when?.on, amount.where).toBe('2023-09-29');
      const to = amount.money.currency === 'VND' ? 'USD' : 'VND';
      const result = convertMoney(amount.money, to, { on: '2023-09-29' });
      expect(result.conversion, amount.where).toMatchObject({ rateDate: '2023-09-25', fallback: true });
      expect(result.conversion.rate.rate).toBe('24076');
    }
  });

  it('round-trips VND → USD → VND within the rounding of a cent', () => {
    for (const amount of all.filter((a) => a.money.currency === 'VND')) {
      const when = conversionDate({ period: amount.period, published: amount.published });
      if (when === null) continue;
      const usd = convertMoney(amount.money, 'USD', { on: when.on });
      const back = convertMoney(usd, 'VND', { on: when.on });
      const rate = Number(usd.conversion.rate.rate);
      expect(Math.abs(back.amount - amount.money.amount), amount.where).toBeLessThanOrEqual(rate / 100);
    }
  });
});
