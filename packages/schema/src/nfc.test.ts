import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfc, MAY_NEED_NORMALISING } from './nfc.js';

describe('isNfc', () => {
  it('tells NFC text from text that is not, without normalising the common case', () => {
    for (const nfc of [
      '',
      'ascii only',
      'Bùi Văn Khắng – “Hội nghị” …',
      'Đắk Lắk, 16.000 tỷ đồng',
      'ệ\u0301',
      '東京',
    ]) {
      expect(isNfc(nfc), JSON.stringify(nfc)).toBe(true);
    }
    // Decomposed Vietnamese, canonical singletons (Ohm, Angstrom, en quad), a mark out of order.
    for (const not of [
      'Ha\u0300 No\u0323\u0302i',
      'Vie\u0302\u0323t',
      '\u2126',
      '\u212b',
      'a\u2000b',
      'a\u0301\u0323',
    ]) {
      expect(isNfc(not), JSON.stringify(not)).toBe(false);
      expect(isNfc(not.normalize('NFC'))).toBe(true);
    }
  });
  it('agrees with normalize on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'ệ', 'e\u0302\u0323', '\u0300', '\u2126', '\u2000', '–', 'Đ'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(isNfc(text)).toBe(text.normalize('NFC') === text);
        // Text without a character that may need normalising is NFC as it is.
        if (!MAY_NEED_NORMALISING.test(text)) expect(text.normalize('NFC')).toBe(text);
      }),
    );
    expect(MAY_NEED_NORMALISING.test('Bùi Văn Khắng – 16.000 tỷ đồng')).toBe(false);
    expect(MAY_NEED_NORMALISING.test('Ha\u0300')).toBe(true);
  });
});
