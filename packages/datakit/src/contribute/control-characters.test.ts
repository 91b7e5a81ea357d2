import { describe, expect, it } from 'vitest';
import { findControlCharacter } from './control-characters.js';

describe('findControlCharacter', () => {
  it('allows tab, line feed and carriage return, and Vietnamese text', () => {
    expect(findControlCharacter('Hội nghị\tsáng nay\r\nở Hà Nội\n')).toBeNull();
    expect(findControlCharacter('')).toBeNull();
  });

  it('finds the first other control character by line and column, counted in characters', () => {
    expect(findControlCharacter('a\u0000')).toEqual({ line: 1, column: 2, codePoint: 'U+0000' });
    expect(findControlCharacter('dòng một\r\nHà Nội\u0007 và \u0000')).toEqual({
      line: 2,
      column: 7,
      codePoint: 'U+0007',
    });
    expect(findControlCharacter('𝒜𝒜\u001b[31m')).toEqual({ line: 1, column: 3, codePoint: 'U+001B' });
  });

  it('counts DEL and the C1 controls as control characters', () => {
    expect(findControlCharacter('x\u007f')?.codePoint).toBe('U+007F');
    expect(findControlCharacter('x\u0085y')?.codePoint).toBe('U+0085');
  });
});
