import { describe, expect, it } from 'vitest';
import { SourceText } from './context.js';

describe('SourceText', () => {
  const text = new SourceText(
    'datasets/sources/text/x.txt',
    'ab'.repeat(32),
    Buffer.from('Hội nghị sáng 24/11 tại Hạ Long, hội nghị chiều'),
  );

  it('gives the folded text back as a string', () => {
    expect(text.folded).toBe('Hội nghị sáng 24/11 tại Hạ Long, hội nghị chiều');
  });

  it('finds a quote by its bytes, from a byte offset, and says -1 when it is absent', () => {
    const first = text.indexOf('hội nghị');
    expect(first).toBeGreaterThan(0);
    expect(text.indexOf('hội nghị', first + 1)).toBe(-1);
    expect(text.indexOf('Hạ Long')).toBe(Buffer.from('Hội nghị sáng 24/11 tại ').length);
    expect(text.indexOf('Hà Nội')).toBe(-1);
  });
});
