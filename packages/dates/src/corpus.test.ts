import { describe, expect, it } from 'vitest';
import { CORPUS, SEED_EXPRESSIONS } from './corpus/expressions.js';
import { NEGATIVES } from './corpus/negatives.js';
import { SEEDS, seedText } from './corpus/seeds.js';
import { extractDates } from './extract.js';
import { parseDate } from './parse.js';

describe('corpus of expressions', () => {
  it('holds at least 140 expressions, seeds included', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(140);
    expect(SEED_EXPRESSIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS.map((c) => [c.text, c.reference, c] as const))('%s (ref %s)', (text, reference, c) => {
    const v = parseDate(text, { reference });
    expect(v).not.toBeNull();
    const { start, end, precision, partOfDay, open, approximate } = v!;
    expect({ start, end, precision, partOfDay, open, approximate }).toEqual({
      partOfDay: undefined,
      open: undefined,
      approximate: undefined,
      ...c.expected,
    });
  });
});

describe('negatives: no date in these', () => {
  it('holds at least 40 strings', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(NEGATIVES.map((n) => [n]))('%s', (text) => {
    expect(extractDates(text, { reference: '2025-08-21' })).toEqual([]);
  });
});

describe('extractDates on the seed articles', () => {
  it.each(SEEDS.map((s) => [s.id, s] as const))('article %s finds exactly the expected list', (_id, seed) => {
    const text = seedText(seed);
    const found = extractDates(text, { reference: seed.reference });
    const shown = found.map((m) => {
      const flags = [
        m.value.partOfDay,
        m.value.open && `open:${m.value.open}`,
        m.value.approximate && 'approximate',
      ].filter(Boolean);
      return flags.length
        ? [m.text, m.value.start, m.value.end, flags.join(',')]
        : [m.text, m.value.start, m.value.end];
    });
    expect(shown).toEqual(seed.expected.map((e) => [...e]));
    for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });
});
