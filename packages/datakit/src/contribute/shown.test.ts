import { describe, expect, it } from 'vitest';
import { shown } from './shown.js';

describe('shown', () => {
  it('quotes a value so that line feeds and control characters stay on one line', () => {
    expect(shown('https://example.invalid/a\nb')).toBe('"https://example.invalid/a\\nb"');
    expect(shown('tên\u0000')).toBe('"tên\\u0000"');
    expect(shown('')).toBe('""');
  });

  it('cuts a long value to 80 characters (not code units) and marks the cut', () => {
    expect(shown('a'.repeat(80))).toBe(`"${'a'.repeat(80)}"`);
    expect(shown('a'.repeat(81))).toBe(`"${'a'.repeat(80)}"…`);
    const astral = '𝒜'.repeat(100);
    expect(shown(astral)).toBe(`"${'𝒜'.repeat(80)}"…`);
    expect(shown('x'.repeat(1_000_000)).length).toBe(83);
  });
});
