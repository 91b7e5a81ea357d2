import { describe, expect, it } from 'vitest';
import { NameInputError, placeNameKey } from './names.js';
import { changeDays, requireDay, type Unit, UnitIndex, validOn } from './units.js';

// A made-up lineage in the shape of the 2025 reorganisation: A continues and absorbs B; C is
// renamed D; E merges into F, which later merges into A; G and H are two units with one name.
const units: Unit[] = [
  { id: 'a', name: { vi: 'Sông Xanh', en: 'Song Xanh' } },
  {
    id: 'b',
    name: { vi: 'Đồi Đỏ', en: 'Doi Do' },
    validUntil: '2025-06-30',
    changes: [{ change: 'merged-into', successor: 'a', date: '2025-07-01' }],
  },
  {
    id: 'c',
    name: { vi: 'Núi Cũ', en: 'Nui Cu' },
    validUntil: '2024-12-31',
    changes: [{ change: 'renamed', successor: 'd', date: '2025-01-01' }],
  },
  { id: 'd', name: { vi: 'Núi Mới', en: 'Nui Moi' }, validFrom: '2025-01-01', aliases: ['Núi Mới Mẻ'] },
  {
    id: 'e',
    name: { vi: 'Bến Xưa', en: 'Ben Xua' },
    validUntil: '2020-12-31',
    changes: [{ change: 'merged-into', successor: 'f', date: '2021-01-01' }],
  },
  {
    id: 'f',
    name: { vi: 'Bến Mới', en: 'Ben Moi' },
    validUntil: '2025-06-30',
    changes: [{ change: 'merged-into', successor: 'a', date: '2025-07-01' }],
  },
  { id: 'g', name: { vi: 'Trùng Tên', en: 'Trung Ten' } },
  { id: 'h', name: { vi: 'Trùng Tên', en: 'Trung Ten (2)' } },
];
const index = new UnitIndex(units, placeNameKey);
const at = (name: string, asOf: string) => index.resolve(name, { asOf })?.id;

describe('UnitIndex.resolve', () => {
  it('answers the named unit while it is valid, and its successor after', () => {
    expect(at('Đồi Đỏ', '2025-06-30')).toBe('b');
    expect(at('tỉnh Đồi Đỏ', '2025-07-01')).toBe('a');
    expect(at('Sông Xanh', '2000-01-01')).toBe('a');
  });

  it('follows a chain of changes up to the day', () => {
    expect(at('Bến Xưa', '2020-12-31')).toBe('e');
    expect(at('Bến Xưa', '2023-05-05')).toBe('f');
    expect(at('Bến Xưa', '2026-01-01')).toBe('a');
  });

  it('follows a rename back for a name asked before it existed', () => {
    expect(at('Núi Mới', '2024-06-01')).toBe('c');
    expect(at('Núi Cũ', '2025-01-01')).toBe('d');
    expect(at('nui moi me', '2025-02-02')).toBe('d');
  });

  it('gives undefined for unknown, empty and ambiguous names', () => {
    expect(at('Biển Lạ', '2025-01-01')).toBeUndefined();
    expect(at('', '2025-01-01')).toBeUndefined();
    expect(at('Trùng Tên', '2025-01-01')).toBeUndefined();
  });

  it('throws NameInputError for a bad day or a bad name', () => {
    expect(() => at('Sông Xanh', '2025-02-30')).toThrow(NameInputError);
    expect(() => at('Sông Xanh', '1/7/2025')).toThrow(NameInputError);
    expect(() => index.resolve('Sông Xanh', {} as { asOf: string })).toThrow(NameInputError);
    expect(() => index.resolve(7 as unknown as string, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => at('x'.repeat(1 << 20), '2025-01-01')).toThrow(NameInputError);
  });
});

describe('validOn and requireDay', () => {
  it('treats validity bounds as inclusive and open ends as open', () => {
    expect(validOn(units[1]!, '2025-06-30')).toBe(true);
    expect(validOn(units[1]!, '2025-07-01')).toBe(false);
    expect(index.validOn('2025-07-01').map((u) => u.id)).toEqual(['a', 'd', 'g', 'h']);
  });

  it('accepts leap days only in leap years', () => {
    expect(requireDay('2024-02-29')).toBe('2024-02-29');
    expect(() => requireDay('2025-02-29')).toThrow(NameInputError);
  });
});

describe('changeDays', () => {
  it('gives each first day of a new state once, in order, with the last day before it', () => {
    expect(changeDays(units)).toEqual([
      { day: '2021-01-01', dayBefore: '2020-12-31' },
      { day: '2025-01-01', dayBefore: '2024-12-31' },
      { day: '2025-07-01', dayBefore: '2025-06-30' },
    ]);
  });

  it('crosses month, year and leap-day ends, and gives nothing for open spans', () => {
    expect(changeDays([{ validUntil: '2024-02-28' }, { validFrom: '2024-03-01' }])).toEqual([
      { day: '2024-02-29', dayBefore: '2024-02-28' },
      { day: '2024-03-01', dayBefore: '2024-02-29' },
    ]);
    expect(changeDays([{}, {}])).toEqual([]);
  });

  it('throws RangeError for a bound that is not a real calendar day', () => {
    expect(() => changeDays([{ validFrom: '2025-02-30' }])).toThrow(RangeError);
    expect(() => changeDays([{ validUntil: '30/06/2025' }])).toThrow(RangeError);
  });
});
