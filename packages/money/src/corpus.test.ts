import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEGATIVES } from './corpus/negatives.js';
import { POSITIVES } from './corpus/positives.js';
import { extractMoney, parseMoney } from './index.js';

const SEEDS = new URL('../test/fixtures/seeds/', import.meta.url);
const seedText = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(file, SEEDS), 'utf8');
};

/** The index of the n-th (0-based) occurrence of `needle`. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

describe('corpus of money expressions', () => {
  it('holds at least 170 expressions, all seed ones included, and at least 40 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(170);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(POSITIVES.map((e) => e.text)).size).toBe(POSITIVES.length);
    const seeds = readdirSync(SEEDS)
      .map((name) => readFileSync(new URL(name, SEEDS), 'utf8'))
      .join('\n');
    for (const entry of POSITIVES.filter((e) => e.from === 'seed')) expect(seeds).toContain(entry.text);
  });

  it.each(POSITIVES.map((e) => [e.text, e] as const))('parseMoney(%j)', (_, entry) => {
    const money = parseMoney(entry.text, entry.defaultCurrency ? { defaultCurrency: entry.defaultCurrency } : {});
    expect(money).not.toBeNull();
    expect({
      amount: money!.amount,
      currency: money!.currency,
      bound: money!.bound,
      estimated: money!.estimated ?? false,
      max: money!.max,
      per: money!.per,
      text: money!.text,
    }).toEqual({
      amount: entry.amount,
      currency: entry.currency,
      bound: entry.bound,
      estimated: entry.estimated,
      max: entry.max,
      per: entry.per,
      text: entry.text,
    });
    expect(money!.exact).toBeUndefined();
  });

  it.each(POSITIVES.map((e) => [e.text, e] as const))('extractMoney finds %j in a sentence', (_, entry) => {
    const lead = 'Theo báo cáo, ';
    const sentence = `${lead}${entry.text}, so với cùng kỳ năm 2024 tăng 5%.`;
    const found = extractMoney(sentence, entry.defaultCurrency ? { defaultCurrency: entry.defaultCurrency } : {});
    expect(found.map((m) => [m.text, m.index, m.value.amount, m.value.currency, m.value.bound, m.value.max])).toEqual([
      [entry.text, lead.length, entry.amount, entry.currency, entry.bound, entry.max],
    ]);
  });

  it.each(NEGATIVES.map((t) => [t] as const))('finds no money in %j', (text) => {
    expect(extractMoney(text)).toEqual([]);
    expect(extractMoney(text, { defaultCurrency: 'VND' })).toEqual([]);
    expect(parseMoney(text)).toBeNull();
  });
});

describe('extractMoney on the full seed articles', () => {
  const read = (prefix: string, options = {}) =>
    extractMoney(seedText(prefix), options).map((m) => ({
      text: m.text,
      index: m.index,
      amount: m.value.amount,
      currency: m.value.currency,
      bound: m.value.bound,
      estimated: m.value.estimated ?? false,
    }));

  it('000 (no amount of money in it)', () => {
    expect(read('000')).toEqual([]);
    expect(read('000', { defaultCurrency: 'VND' })).toEqual([]);
  });

  it('001: the total investment of the 7 projects', () => {
    const text = seedText('001');
    const expected = [
      {
        text: 'hơn 16.000 tỷ đồng',
        index: nth(text, 'hơn 16.000 tỷ đồng', 0),
        amount: 16e12,
        currency: 'VND',
        bound: 'lower',
        estimated: false,
      },
    ];
    expect(read('001')).toEqual(expected);
    expect(read('001', { defaultCurrency: 'VND' })).toEqual(expected);
  });

  it('002: the FPT digital technology zone', () => {
    const text = seedText('002');
    const expected = [
      {
        text: 'hơn 138 tỷ đồng',
        index: nth(text, 'hơn 138 tỷ đồng', 0),
        amount: 138e9,
        currency: 'VND',
        bound: 'lower',
        estimated: false,
      },
    ];
    expect(read('002')).toEqual(expected);
    expect(read('002', { defaultCurrency: 'VND' })).toEqual(expected);
  });

  it('003: GRDP per capita targets and budget revenue', () => {
    const text = seedText('003');
    const target = (n: number) => ({
      text: 'trên 15.000 USD',
      index: nth(text, 'trên 15.000 USD', n),
      amount: 15_000,
      currency: 'USD',
      bound: 'lower',
      estimated: false,
    });
    const expected = [
      target(0),
      target(1),
      {
        text: '40.678 tỷ đồng',
        index: nth(text, '40.678 tỷ đồng', 0),
        amount: 40_678e9,
        currency: 'VND',
        bound: 'exact',
        estimated: false,
      },
      {
        text: 'dự kiến đạt trên 9.400 USD',
        index: nth(text, 'dự kiến đạt trên 9.400 USD', 0),
        amount: 9_400,
        currency: 'USD',
        bound: 'lower',
        estimated: true,
      },
      target(2),
    ];
    expect(read('003')).toEqual(expected);
    expect(read('003', { defaultCurrency: 'VND' })).toEqual(expected);
  });

  it('004: committed capital and a technology city; not the population or the area', () => {
    const text = seedText('004');
    const expected = [
      {
        text: 'hơn 15,6 tỉ USD',
        index: nth(text, 'hơn 15,6 tỉ USD', 0),
        amount: 15.6e9,
        currency: 'USD',
        bound: 'lower',
        estimated: false,
      },
      {
        text: '13.000 tỉ đồng',
        index: nth(text, '13.000 tỉ đồng', 0),
        amount: 13e12,
        currency: 'VND',
        bound: 'exact',
        estimated: false,
      },
    ];
    expect(read('004')).toEqual(expected);
    // "dân số gần 4,7 triệu người" is a population: not money even when bare amounts are đồng.
    expect(read('004', { defaultCurrency: 'VND' })).toEqual(expected);
  });

  it('keeps text equal to the substring at index', () => {
    for (const prefix of ['001', '002', '003', '004']) {
      const text = seedText(prefix);
      for (const m of extractMoney(text)) {
        expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
        expect(m.value.text).toBe(m.text);
      }
    }
  });
});
