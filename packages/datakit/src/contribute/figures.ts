import { extractMoney, lexicon, parseQuantity, type Quantity } from '@vnsti/money';

/** A figure found in a text: as written, where, normalised, and whether it is money. */
export interface FigureHit {
  readonly text: string;
  readonly index: number;
  readonly figure: Quantity;
  readonly money: boolean;
}

/** Reads a figure as drafting does: bare amounts in đồng, unit words the lexicon does not know kept as written. */
export const readFigure = (text: string): Quantity | null =>
  parseQuantity(text, { defaultCurrency: 'VND', anyUnit: true });

const longestFirst = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length);
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Unit ids of the lexicon that drafting does not look for: repetitions ("gấp 3 lần"), administrative
 * units and spans of time or age count the parts of a story ("20 tỉnh tham gia", "trong 3 ngày"),
 * not a fact about a place or a deal.
 */
const NOT_DRAFTED = new Set([
  'time',
  'commune',
  'ward',
  'province',
  'day',
  'hour',
  'minute',
  'second',
  'year-of-age',
  'point',
]);

/** The lexicon's unit phrases that drafting looks for. */
const UNIT_WORDS = [...lexicon.UNIT_PHRASES].filter(([, id]) => !NOT_DRAFTED.has(id)).map(([phrase]) => phrase);

/** A bound phrase of the lexicon ("hơn", "gần", "khoảng"…) just before a number, kept with the figure. */
const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(?:${longestFirst(lexicon.PHRASES_BEFORE.filter(([, q]) => q.bound).map(([p]) => p))
    .map(escapeRegExp)
    .join('|')}) $`,
  'iu',
);
const QUALIFIER_WINDOW = Math.max(...lexicon.PHRASES_BEFORE.map(([p]) => p.length)) + 2;
const MAGNITUDE = new RegExp(
  `^(${[...lexicon.MAGNITUDES]
    .filter(([, m]) => m.style === 'vi')
    .map(([w]) => w)
    .join('|')}) `,
);
/** "xếp thứ 5", "vươn lên thứ ba": the word after "thứ" is read by {@link readFigure} (number or ordinal word). */
const RANK = /(?:đứng|xếp|xếp hạng|vươn lên|tụt xuống) thứ (?:\d{1,3}|\p{L}+)(?![\p{L}\d])/giu;

/**
 * Every figure of a text: money (through `extractMoney`), percentages, ranks ("xếp thứ 5/63"), and
 * numbers followed by a unit phrase of the money lexicon or of `units` ("hơn 200 gian hàng", "140 MW",
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
  const allUnits = longestFirst([...UNIT_WORDS, ...units]);
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
    const lead = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - QUALIFIER_WINDOW), start));
    const from = lead ? start - lead[0].length : start;
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
