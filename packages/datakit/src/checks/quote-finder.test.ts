import { describe, expect, it } from 'vitest';
import { SourceText } from '../rows/context.js';
import { QuoteFinder } from './quote-finder.js';

describe('QuoteFinder', () => {
  const text = 'một hai ba bốn năm sáu bảy tám';
  it('finds quotes in article order, out of order, and per source', () => {
    const quotes = new QuoteFinder();
    expect(quotes.find('a', text, 'hai ba')).toBe(true);
    expect(quotes.find('a', text, 'sáu bảy')).toBe(true);
    // Before the previous quote: found by the second search from the start.
    expect(quotes.find('a', text, 'một hai')).toBe(true);
    expect(quotes.find('a', text, 'tám')).toBe(true);
    // Another source starts from its own beginning.
    expect(quotes.find('b', 'tám chín', 'tám')).toBe(true);
  });
  it('reports quotes that are not in the text, wherever the search starts', () => {
    const quotes = new QuoteFinder();
    expect(quotes.find('a', text, 'bảy tám')).toBe(true);
    expect(quotes.find('a', text, 'hai bốn')).toBe(false);
    expect(quotes.find('a', text, 'tám chín')).toBe(false);
    expect(quotes.find('a', text, 'một')).toBe(true);
  });
  it('searches a SourceText in its bytes, again from the start for an earlier quote', () => {
    const bytes = new SourceText('datasets/sources/text/x.txt', 'ab'.repeat(32), Buffer.from(text));
    const quotes = new QuoteFinder();
    expect(quotes.find('x', bytes, 'bảy tám')).toBe(true);
    expect(quotes.find('x', bytes, 'một hai')).toBe(true);
    expect(quotes.find('x', bytes, 'chín')).toBe(false);
  });
});
