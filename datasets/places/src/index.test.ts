import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, NameInputError, placeByCode, placeById, provincesAsOf, resolvePlace } from './index.js';

const at = (name: string, asOf: string) => resolvePlace(name, { asOf })?.id;

// Name variants written for this test as news and forms write them: kind words, abbreviations,
// case, spacing, decomposed input, tone-mark placement, dashes, English.
describe('resolvePlace: one unit under many spellings', () => {
  const haiDuong = [
    'Hải Dương',
    'tỉnh Hải Dương',
    'Tỉnh Hải Dương',
    'TỈNH HẢI DƯƠNG',
    'hai duong',
    'Hai Duong province',
    '  Hải   Dương ',
    'Hải Dương'.normalize('NFD'),
    'tỉnh  Hải-Dương',
  ];
  it.each(haiDuong)('%j is Hải Dương before 2025-07-01', (name) => {
    expect(at(name, '2025-06-30')).toBe('hai-duong');
    expect(at(name, '2021-01-01')).toBe('hai-duong');
  });
  it.each(haiDuong)('%j is Hải Phòng from 2025-07-01', (name) => {
    expect(at(name, '2025-07-01')).toBe('hai-phong');
    expect(at(name, '2026-02-14')).toBe('hai-phong');
  });

  it.each([
    'Hải Phòng',
    'TP.Hải Phòng',
    'TP. Hải Phòng',
    'TP Hải Phòng',
    'tp hai phong',
    'Thành phố Hải Phòng',
    'thành phố hải phòng',
    'Hai Phong City',
  ])('%j is Hải Phòng before and after the merger', (name) => {
    expect(at(name, '2023-09-29')).toBe('hai-phong');
    expect(at(name, '2025-08-21')).toBe('hai-phong');
  });
});

describe('resolvePlace: Thừa Thiên Huế and Huế', () => {
  it('reads the province name as the city from 2025-01-01', () => {
    expect(at('Thừa Thiên Huế', '2024-12-31')).toBe('thua-thien-hue');
    expect(at('tỉnh Thừa Thiên - Huế', '2024-06-15')).toBe('thua-thien-hue');
    expect(at('Thừa Thiên–Huế', '2025-01-01')).toBe('hue');
    expect(at('thua thien hue', '2025-09-09')).toBe('hue');
  });

  it('reads the city name before 2025 as the province it was', () => {
    expect(at('thành phố Huế', '2025-01-01')).toBe('hue');
    expect(at('TP. Huế', '2024-12-31')).toBe('thua-thien-hue');
  });

  it('knows an alias, and follows it through the lineage', () => {
    expect(at('TT-Huế', '2024-05-05')).toBe('thua-thien-hue');
    expect(at('TT Huế', '2025-05-05')).toBe('hue');
  });
});

describe('resolvePlace: what it does not know', () => {
  it('gives undefined for an unknown, empty or kind-only name', () => {
    expect(at('Atlantis', '2025-01-01')).toBeUndefined();
    expect(at('', '2025-01-01')).toBeUndefined();
    expect(at('   ', '2025-01-01')).toBeUndefined();
    expect(at('tỉnh', '2025-01-01')).toBeUndefined();
    expect(at('Hải', '2025-01-01')).toBeUndefined();
  });

  it('gives undefined for a unit that had ended with no successor', () => {
    expect(at('Hạ Long', '2024-01-01')).toBe('ha-long');
    expect(at('thành phố Hạ Long', '2025-07-01')).toBeUndefined();
  });

  it('throws NameInputError for misuse', () => {
    expect(() => resolvePlace(42 as unknown as string, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolvePlace(undefined as unknown as string, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolvePlace('x'.repeat(1024 * 1024), { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolvePlace('a'.repeat(MAX_NAME_LENGTH + 1), { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolvePlace('Hải Phòng', { asOf: '2025-02-29' })).toThrow(NameInputError);
    expect(() => resolvePlace('Hải Phòng', { asOf: '2025-7-1' })).toThrow(NameInputError);
    expect(() => resolvePlace('Hải Phòng', { asOf: 20250701 as unknown as string })).toThrow(NameInputError);
    expect(() => resolvePlace('Hải Phòng', undefined as unknown as { asOf: string })).toThrow(NameInputError);
    expect(() => provincesAsOf('2025-13-01')).toThrow(NameInputError);
  });
});

describe('provincesAsOf', () => {
  it('lists only province-level units valid on the day', () => {
    const before = provincesAsOf('2024-12-31').map((p) => p.id);
    const after = provincesAsOf('2025-07-01').map((p) => p.id);
    expect(before).toContain('hai-duong');
    expect(before).toContain('thua-thien-hue');
    expect(before).not.toContain('hue');
    expect(after).not.toContain('hai-duong');
    expect(after).toContain('hue');
    for (const id of [...before, ...after]) expect(['province', 'centrally-run-city']).toContain(placeById(id)?.kind);
  });
});

describe('placeByCode', () => {
  const code = (value: string, asOf: string) => placeByCode(value, { asOf })?.id;

  it('answers the unit that had the code on the day', () => {
    expect(code('01', '2020-01-01')).toBe('ha-noi');
    expect(code(' 01 ', '2026-11-29')).toBe('ha-noi');
    expect(code('10', '2025-06-30')).toBe('lao-cai');
    expect(code('46', '2024-12-31')).toBe('thua-thien-hue');
    expect(code('46', '2025-01-01')).toBe('hue');
    expect(code('30', '2025-06-30')).toBe('hai-duong');
    expect(code('75', '2026-04-29')).toBe('dong-nai');
    expect(code('75', '2026-04-30')).toBe('thanh-pho-dong-nai');
  });

  it('a code nobody had that day, or that is not 2 to 5 digits, is undefined', () => {
    expect(code('10', '2025-07-01')).toBeUndefined(); // Lào Cai's old code, not reused
    expect(code('30', '2025-07-01')).toBeUndefined(); // Hải Dương's, ended with it
    expect(code('99', '2025-01-01')).toBeUndefined();
    expect(code('1', '2025-01-01')).toBeUndefined();
    expect(code('', '2025-01-01')).toBeUndefined();
    expect(code('０１', '2025-01-01')).toBeUndefined(); // full-width digits are not the list's code
    expect(code('01a', '2025-01-01')).toBeUndefined();
  });

  it('throws NameInputError for a non-string, a code over MAX_NAME_LENGTH or a day that is not a calendar day', () => {
    expect(() => placeByCode(1 as never, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => placeByCode('0'.repeat(1_000_000), { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => placeByCode('0'.repeat(MAX_NAME_LENGTH + 1), { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => placeByCode('01', { asOf: '2025-02-29' })).toThrow(NameInputError);
    expect(() => placeByCode('01', {} as never)).toThrow(NameInputError);
  });
});
