import { describe, expect, it } from 'vitest';
import { findPhrase, indexPhrases } from './phrases.js';

const entries: ReadonlyArray<readonly [string, number]> = [
  ['xa', 1],
  ['xa hơn nữa', 3],
  ['rất xa', 2],
  ['xa lắm', 2],
  ['gần xa', 4],
];

describe('indexPhrases', () => {
  it('keys each phrase by its first word, the longest first and ties in list order', () => {
    const index = indexPhrases(entries, 'first');
    expect(index.get('xa')?.map((p) => p.words.join(' '))).toEqual(['xa hơn nữa', 'xa lắm', 'xa']);
    expect(index.get('rất')?.map((p) => p.value)).toEqual([2]);
    expect(index.has('nữa')).toBe(false);
  });

  it('keys each phrase by its last word for a reader going backwards', () => {
    const index = indexPhrases(entries, 'last');
    expect(index.get('xa')?.map((p) => p.words.join(' '))).toEqual(['rất xa', 'gần xa', 'xa']);
    expect(index.get('nữa')?.[0]?.value).toBe(3);
  });
});

describe('findPhrase', () => {
  const byFirst = indexPhrases(entries, 'first');
  const byLast = indexPhrases(entries, 'last');

  it('finds the phrase made of exactly the words given, whatever the case, spacing and normal form', () => {
    expect(findPhrase(byFirst, 'first', '  XA   hơn nữa ')?.value).toBe(3);
    expect(findPhrase(byLast, 'last', 'Rất xa')?.value).toBe(2);
    expect(findPhrase(byFirst, 'first', 'xa ho\u031bn nu\u031b\u0303a')?.value).toBe(3); // decomposed (NFD) input
  });

  it('finds nothing for a longer, shorter or unknown phrase, or an empty text', () => {
    expect(findPhrase(byFirst, 'first', 'xa hơn')).toBeUndefined();
    expect(findPhrase(byFirst, 'first', 'xa lắm rồi')).toBeUndefined();
    expect(findPhrase(byLast, 'last', 'gần')).toBeUndefined();
    expect(findPhrase(byFirst, 'first', '   ')).toBeUndefined();
  });
});
