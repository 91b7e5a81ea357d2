import { describe, expect, it } from 'vitest';
import { findFigures, readFigure } from './figures.js';
import { fits, indicatorsFrom, unitKindOf } from './indicators.js';

const found = (text: string, units: readonly string[] = []) =>
  findFigures(text, [], units).map((f) => [f.text, f.figure.value, f.figure.unit, f.figure.bound]);

describe('findFigures', () => {
  it('reads units, bounds and magnitudes with the money lexicon', () => {
    expect(found('Cảng đạt khoảng 3,2 triệu TEU, nhà máy 140 MWp và trên dưới 1.000 tủ rack.')).toEqual([
      ['khoảng 3,2 triệu TEU', 3_200_000, 'TEU', 'approximate'],
      ['140 MWp', 140, 'MWp', 'exact'],
      ['trên dưới 1.000 tủ rack', 1000, 'rack', 'approximate'],
    ]);
    expect(found('Hội chợ có hơn 200 gian hàng và 150 nhà khoa học.')).toEqual([
      ['hơn 200 gian hàng', 200, 'booth', 'lower'],
      ['150 nhà khoa học', 150, 'person', 'exact'],
    ]);
  });

  it('keeps a noun of the registry as written, and skips counts that are no fact', () => {
    expect(found('Nhà máy tạo việc làm cho 3.500 lao động.', ['lao động'])).toEqual([
      ['3.500 lao động', 3500, 'lao động', 'exact'],
    ]);
    expect(found('Lượng khách gấp 3 lần, đến từ 20 tỉnh, trong 3 ngày.')).toEqual([]);
  });

  it('reads ranks written in digits or words, and nothing after "thứ" that is no ordinal', () => {
    expect(found('Tỉnh xếp thứ 5/63 và vươn lên thứ ba.')).toEqual([
      ['thứ 5', 5, 'rank', 'exact'],
      ['thứ ba', 3, 'rank', 'exact'],
    ]);
    expect(found('Tỉnh xếp thứ hạng cao.')).toEqual([]);
  });
});

describe('unitKindOf and fits', () => {
  it('gives each lexicon unit its kind; a currency is money but TEU is a count', () => {
    const kind = (text: string) => unitKindOf(readFigure(text) ?? { value: 0, unit: '', bound: 'exact' });
    expect(['24 ha', '140 MW', '3 bậc', '30 năm', '3,2 triệu TEU', '16.000 tỷ đồng', 'thứ 3'].map(kind)).toEqual([
      'area',
      'power',
      'rank-change',
      'years',
      'count',
      'money',
      'rank',
    ]);
  });

  it('lets a count indicator take the lexicon id of its noun', () => {
    const [enterprises] = indicatorsFrom({
      headers: ['id', 'unit_kind', 'units', 'phrases_vi'],
      rows: [
        { id: 'enterprise-count', unit_kind: 'count', units: 'Doanh nghiệp; lao động', phrases_vi: 'doanh nghiệp' },
      ],
    });
    expect(enterprises?.units).toEqual(['enterprise', 'lao động']);
    const fitsText = (text: string) => {
      const figure = readFigure(text);
      return enterprises !== undefined && figure !== null && fits(enterprises, figure);
    };
    expect(fitsText('1.234 doanh nghiệp')).toBe(true);
    expect(fitsText('3.500 lao động')).toBe(true);
    expect(fitsText('200 gian hàng')).toBe(false);
  });
});

describe('readFigure', () => {
  it('refuses text with no figure', () => {
    expect(readFigure('')).toBeNull();
    expect(readFigure('không có số')).toBeNull();
  });
});
