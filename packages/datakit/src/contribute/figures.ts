import { extractMoney } from '@vnsti/money';
import { type Figure, readFigure } from './quantity.js';

/** A figure found in a text: as written, where, normalised, and whether it is money. */
export interface FigureHit {
  readonly text: string;
  readonly index: number;
  readonly figure: Figure;
  readonly money: boolean;
}

const QUALIFIER_BEFORE = /(?:hơn|gần|trên|khoảng|xấp xỉ|chừng|dưới|ít nhất|vượt|tới|đến|tăng|giảm) $/i;

/**
 * Units of measure and counted nouns news figures carry, besides the counted nouns of the indicator
 * registry (passed to {@link findFigures}): areas, power, length, mass, containers, ranks moved, and the
 * nouns of event and project amounts.
 */
export const FIGURE_UNITS: readonly string[] = [
  // measures
  'ha',
  'héc-ta',
  'hecta',
  'km²',
  'km2',
  'm²',
  'm2',
  'km',
  'mw',
  'kw',
  'gw',
  'mwp',
  'tấn',
  'teu',
  'rack',
  'tủ rack',
  'máy chủ',
  'bậc',
  'năm',
  // amounts of events and projects
  'biên bản ghi nhớ',
  'thỏa thuận hợp tác',
  'thoả thuận hợp tác',
  'biên bản',
  'thỏa thuận',
  'thoả thuận',
  'hợp đồng',
  'nhà đầu tư',
  'gian hàng',
  'đại biểu',
  'khách mời',
  'nhà khoa học',
  'chuyên gia',
  'dự án',
  'sản phẩm',
  'giải pháp',
  'công trình',
  'đề tài',
  'sáng chế',
  'quốc gia',
  'tổ chức',
  'trường',
  'viện',
];

const MAGNITUDE = /^(nghìn|ngàn|triệu|tỷ|tỉ) /;
const ORDINAL_WORDS = 'nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười';
const RANK = new RegExp(
  `(?:đứng|xếp|xếp hạng|vươn lên|tụt xuống) thứ (\\d{1,3}|${ORDINAL_WORDS})(?![\\p{L}\\d])`,
  'giu',
);

/**
 * Every figure of a text: money (through `extractMoney`), percentages, ranks ("xếp thứ 5/63"), and
 * numbers followed by a unit of {@link FIGURE_UNITS} or of `units` ("hơn 200 gian hàng", "140 MW",
 * "khoảng 3.500 lao động"). Spans in `taken` (dates) are skipped, and so is a count of one after
 * "trên"/"mỗi" ("bình quân trên 1 ha": a rate, not a figure).
 *
 * @param text - The text (NFC).
 * @param taken - Spans already read as something else (dates).
 * @param units - More counted nouns (the registry's), lower case.
 * @returns The figures, in text order.
 * @example
 * ```ts
 * findFigures('thu hút hơn 200 gian hàng, công suất 140 MW', [], []).map((f) => f.text); // ['hơn 200 gian hàng', '140 MW']
 * ```
 */
export function findFigures(
  text: string,
  taken: ReadonlyArray<readonly [number, number]>,
  units: readonly string[],
): FigureHit[] {
  const allUnits = [...new Set([...FIGURE_UNITS, ...units])].sort((a, b) => b.length - a.length);
  const hits: FigureHit[] = [];
  for (const m of extractMoney(text, { defaultCurrency: 'VND' })) {
    const figure = readFigure(m.text);
    if (figure) hits.push({ text: m.text, index: m.index, figure, money: true });
  }
  const mask = new Uint8Array(text.length + 1);
  const cover = (a: number, b: number) => mask.fill(1, a, b);
  for (const h of hits) cover(h.index, h.index + h.text.length);
  for (const [a, b] of taken) cover(a, b);
  const covered = (a: number, b: number) => mask.subarray(a, b).includes(1);
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const start = m.index;
    const digits = m[0].replace(/[.,]+$/, '');
    const before = text[start - 1] ?? ' ';
    if (/[\p{L}\d/]/u.test(before) || text[start + digits.length] === '/') continue; // 4G, 94/2022
    let end = start + digits.length;
    const tail = text.slice(end, end + 40);
    let matched = '';
    if (/^ ?%/.test(tail)) matched = tail.startsWith(' ') ? ' %' : '%';
    else {
      const mag = MAGNITUDE.exec(tail.slice(1));
      const afterMag = tail.startsWith(' ') ? (mag ? mag[0].length + 1 : 1) : mag ? -1 : 0;
      if (afterMag >= 0) {
        const rest = tail.slice(afterMag).toLocaleLowerCase('vi');
        const unit = allUnits.find((u) => rest.startsWith(u) && !/[\p{L}\d]/u.test(rest[u.length] ?? ' '));
        if (unit && (afterMag > 0 || /^[a-zđ]/i.test(unit))) matched = tail.slice(0, afterMag + unit.length);
      }
    }
    if (!matched) continue;
    end += matched.length;
    const lead = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const from = lead && !/^(?:tăng|giảm) $/i.test(lead[0]) ? start - lead[0].length : start;
    if (covered(from, end)) continue;
    if (digits === '1' && /(?:trên|mỗi|\/) $/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    const written = text.slice(from, end);
    const figure = readFigure(written);
    if (figure) {
      hits.push({ text: written, index: from, figure, money: false });
      cover(from, end);
    }
  }
  for (const m of text.matchAll(RANK)) {
    const written = m[0].replace(/^(đứng|xếp hạng|xếp|vươn lên|tụt xuống) /i, '');
    const index = m.index + (m[0].length - written.length);
    const figure = readFigure(written);
    if (figure && !covered(index, index + written.length)) hits.push({ text: written, index, figure, money: false });
  }
  return hits.sort((a, b) => a.index - b.index);
}
