import { describe, expect, it } from 'vitest';
import { isFormulaText, neutraliseFormulaText, restoreFormulaText } from './formula.js';

describe('formula cells', () => {
  it('flags the texts a spreadsheet evaluates, and only those', () => {
    for (const text of [
      '=HYPERLINK("http://example.com/a","mở")',
      '+cmd|/c calc!A1',
      '@SUM(B2:B9)',
      '-2+3',
      '\t=1',
      '\r@x',
    ])
      expect(isFormulaText(text), text).toBe(true);
    for (const text of ['', 'Hà Nội', 'a=b', 'tỷ lệ -5%', "'plain", '2025-11-24', '１=1'])
      expect(isFormulaText(text), text).toBe(false);
  });

  it('escapes a leading apostrophe run before a formula, so the reverse is exact', () => {
    for (const text of ['=1', "'=1", "''+x", "'abc", 'abc', '-', "'"]) {
      expect(restoreFormulaText(neutraliseFormulaText(text))).toBe(text);
    }
    expect(neutraliseFormulaText("'=1")).toBe("''=1");
    expect(neutraliseFormulaText("'abc")).toBe("'abc");
  });
});
