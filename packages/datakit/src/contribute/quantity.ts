import { parseMoney, parseNumber } from '@vnsti/money';
import { slugify } from '@vnsti/schema';

/**
 * A money or quantity cell reduced to what two cells must share to state the same figure: the
 * value in base units and the unit (an ISO currency code, `percent`, `rank`, or the counted noun's
 * slug: `du-an`, `doanh-nghiep`, `km2`).
 *
 * @example
 * ```ts
 * const f: Figure = { value: 4_700_000, unit: 'nguoi', bound: 'upper' }; // "gần 4,7 triệu người"
 * ```
 */
export interface Figure {
  /** The value in base units (đồng, dollars, people…). */
  readonly value: number;
  /** Currency code, `percent`, `rank` or the slug of the unit words. */
  readonly unit: string;
  /** `exact`, `lower` (hơn, trên), `upper` (gần, dưới) or `approximate` (khoảng). */
  readonly bound: 'exact' | 'lower' | 'upper' | 'approximate';
}

const QUALIFIERS: ReadonlyArray<readonly [string, Figure['bound']]> = [
  ['hơn', 'lower'],
  ['trên', 'lower'],
  ['ít nhất', 'lower'],
  ['vượt', 'lower'],
  ['gần', 'upper'],
  ['dưới', 'upper'],
  ['chưa đến', 'upper'],
  ['khoảng', 'approximate'],
  ['xấp xỉ', 'approximate'],
  ['chừng', 'approximate'],
  ['tầm', 'approximate'],
];
const MAGNITUDES: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const ORDINALS: Readonly<Record<string, number>> = {
  nhất: 1,
  nhì: 2,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
/** Words before the figure that say nothing about it (estimate and verb words). */
const LEAD_WORDS = ['dự kiến', 'ước đạt', 'ước tính', 'ước', 'đạt', 'là', 'tăng', 'giảm'];

function stripLead(text: string, words: readonly string[]): [string, string | null] {
  const lower = text.toLocaleLowerCase('vi');
  for (const w of words) {
    if (lower.startsWith(`${w} `)) return [text.slice(w.length + 1).trimStart(), w];
  }
  return [text, null];
}

/**
 * Reads a money or quantity cell as written in an article ("hơn 16.000 tỷ đồng", "gần 4,7 triệu
 * người", "11,2%", "thứ ba", "hơn 3.190 km²") into a {@link Figure}. Money goes through
 * `parseMoney` (bare amounts taken as VND).
 *
 * @param text - The cell.
 * @returns The figure, or `null` when the cell holds no number.
 * @example
 * ```ts
 * readFigure('gần 4,7 triệu người'); // { value: 4700000, unit: 'nguoi', bound: 'upper' }
 * readFigure('hơn 15,6 tỉ USD'); // { value: 15600000000, unit: 'USD', bound: 'lower' }
 * readFigure('thứ ba'); // { value: 3, unit: 'rank', bound: 'exact' }
 * ```
 */
export function readFigure(text: string): Figure | null {
  let rest = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (rest === '') return null;
  const money = parseMoney(rest, { defaultCurrency: 'VND' });
  if (money) return { value: money.amount, unit: money.currency, bound: money.bound };
  for (;;) {
    const [next, word] = stripLead(rest, LEAD_WORDS);
    if (word === null) break;
    rest = next;
  }
  let bound: Figure['bound'] = 'exact';
  for (const [word, b] of QUALIFIERS) {
    if (rest.toLocaleLowerCase('vi').startsWith(`${word} `)) {
      bound = b;
      rest = rest.slice(word.length + 1);
      break;
    }
  }
  const rank = /^(?:thứ|hạng|top) (\S+)/i.exec(rest);
  if (rank) {
    const n = parseNumber(rank[1] ?? '') ?? ORDINALS[(rank[1] ?? '').toLocaleLowerCase('vi')];
    return n === undefined || n === null ? null : { value: n, unit: 'rank', bound };
  }
  const num = /^\d[\d.,]*/.exec(rest);
  if (!num) return null;
  let value = parseNumber(num[0].replace(/[.,]$/, ''));
  if (value === null) return null;
  rest = rest.slice(num[0].length).trim();
  if (rest.startsWith('%')) return { value, unit: 'percent', bound };
  const words = rest.split(' ');
  while (words.length > 0 && MAGNITUDES[(words[0] ?? '').toLocaleLowerCase('vi')] !== undefined) {
    value = scale(value, MAGNITUDES[(words.shift() ?? '').toLocaleLowerCase('vi')] ?? 1);
  }
  const unit = slugify(words.join(' ').replace('²', '2').replace('³', '3'));
  return { value, unit: unit === '' ? 'number' : unit, bound };
}

/** Multiplies by a power of ten without binary noise (4,7 × 10^6 is exactly 4 700 000). */
function scale(value: number, factor: number): number {
  return Number(`${value}e${Math.round(Math.log10(factor))}`);
}
