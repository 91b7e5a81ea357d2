import { describe, expect, it } from 'vitest';
import { findQuote, highlightQuotes } from './quotes.js';

describe('findQuote', () => {
  it('matches after folding whitespace and maps back to the original text', () => {
    const text = 'Ngày  24/11,\nhội nghị';
    const range = findQuote(text, '24/11, hội nghị')!;
    expect(text.slice(range.start, range.end)).toBe('24/11,\nhội nghị');
  });

  it('returns null for an absent or empty quote', () => {
    expect(findQuote('abc', 'x')).toBeNull();
    expect(findQuote('abc', '   ')).toBeNull();
  });

  it('compares NFC forms', () => {
    expect(findQuote('Quảng Ninh', 'Quảng Ninh'.normalize('NFD'))).toEqual({ start: 0, end: 10 });
  });
});

describe('highlightQuotes', () => {
  it('marks quotes, merges overlaps, anchors each quote and escapes the text', () => {
    const text = 'A <b> bc & d. Second part here.';
    const { markup, missing } = highlightQuotes(text, [
      { quote: '<b> bc', anchor: 'q1' },
      { quote: 'bc & d', anchor: 'q2' },
      { quote: 'part', anchor: 'q3' },
      { quote: 'absent', anchor: 'q4' },
    ]);
    expect(missing).toEqual(['q4']);
    expect(markup.value).toBe(
      'A <mark><span class="quote-anchor" id="q1"></span>&lt;b&gt; <span class="quote-anchor" id="q2"></span>bc &amp; d</mark>. Second <mark><span class="quote-anchor" id="q3"></span>part</mark> here.',
    );
  });

  it('returns the escaped text unchanged when there are no quotes', () => {
    expect(highlightQuotes('x < y', []).markup.value).toBe('x &lt; y');
  });
});
