import type { DateValue } from '@vnsti/dates';

/** How sure a figure is: a measurement, an estimate, or a goal. */
export type DraftStatus = 'actual' | 'estimate' | 'target';

/** Words that make a figure a goal. */
const TARGET_CUES =
  /(?:^|[^\p{L}])(mục tiêu|phấn đấu|kế hoạch|chỉ tiêu|dự toán|định hướng|thiết kế|cam kết|đặt ra|kỳ vọng)(?![\p{L}])/giu;
/** Words that make a figure an estimate. */
const ESTIMATE_CUES = /(?:^|[^\p{L}])(ước tính|ước đạt|ước|dự kiến|dự báo|tạm tính)(?![\p{L}])/giu;
/** Words that open a clause carrying on the figure before it ("…, bằng 58% dự toán", "…, tăng 8%"). */
const CONTINUATION = /^\s*(?:bằng|tăng|giảm|vượt|chiếm|đạt|gấp|tương đương|trong đó|so với|riêng|còn)(?![\p{L}])/iu;

/**
 * Where the words that decide a figure's status start: the start of the clause holding the figure,
 * or an earlier clause when the figure's clause carries on the one before it ("ước đạt 57.300 tỷ
 * đồng, bằng 58% dự toán": the 58 % is an estimate too; "ước tăng 11,4%, đứng thứ 2": the rank is not).
 */
function scopeStart(sentence: string, at: number): number {
  let start = at;
  for (;;) {
    // A clause ends at ", " or "; " (not at the decimal comma of "3,2 triệu").
    const cut = Math.max(sentence.lastIndexOf(', ', start - 1), sentence.lastIndexOf('; ', start - 1));
    if (cut < 0) return 0;
    if (!CONTINUATION.test(sentence.slice(cut + 1, at))) return cut + 1;
    start = cut;
  }
}

/** The last cue of `re` in `text`, skipping cues inside a proper name ("Bộ Kế hoạch và Đầu tư"). */
const lastCue = (re: RegExp, text: string) => {
  let found: string | null = null;
  for (const m of text.matchAll(re)) {
    const cue = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - cue.length;
    if (/^\p{Lu}/u.test(cue) && /\p{Lu}[\p{L}\p{M}]*\s+$/u.test(text.slice(Math.max(0, start - 12), start))) continue;
    found = cue.toLocaleLowerCase('vi');
  }
  return found;
};

/**
 * The status of a figure from its sentence: a goal word (mục tiêu, phấn đấu, kế hoạch, chỉ tiêu, dự
 * toán, thiết kế, cam kết) in the figure's clause, or in a clause that opens the sentence ("Theo kế
 * hoạch, …"), makes it a `target`; an estimate word (ước, ước tính, dự kiến, dự báo) makes it an
 * `estimate`, or a `target` when the sentence set a goal before or the period lies wholly after the
 * publication year; no word: `target` when the period lies after the publication date, else `actual`.
 *
 * @param sentence - The sentence (or the part of it around the figure).
 * @param at - Offset of the figure in it.
 * @param period - The figure's period, if any.
 * @param published - Publication date (ISO).
 * @example
 * ```ts
 * metricStatus('Thu ngân sách ước đạt 57.300 tỷ đồng, bằng 58% dự toán', 41, null, '2025-07-03'); // 'estimate'
 * metricStatus('Năm 2026, tỉnh phấn đấu tăng trưởng 11%', 36, null, '2026-01-06'); // 'target'
 * ```
 */
export function metricStatus(sentence: string, at: number, period: DateValue | null, published: string): DraftStatus {
  // "ước đạt 57.300 tỷ đồng": the words before the number belong to the status.
  at += Math.max(0, sentence.slice(at).search(/\d/));
  // Cue words are matched on the sentence as written, so that a capitalised name is not a cue.
  const from = scopeStart(sentence, at);
  const scope = sentence.slice(from, at);
  const firstClause = sentence.slice(0, Math.max(0, sentence.indexOf(','))); // "Theo kế hoạch, …", "Mục tiêu đến năm 2025, …"
  const earlier = sentence.slice(0, from);
  const future = period !== null && period.start > published;
  const futureYear = period !== null && period.start.slice(0, 4) > published.slice(0, 4);
  if (lastCue(TARGET_CUES, scope) || (from > 0 && lastCue(TARGET_CUES, firstClause))) return 'target';
  if (lastCue(ESTIMATE_CUES, scope)) return lastCue(TARGET_CUES, earlier) || futureYear ? 'target' : 'estimate';
  return future ? 'target' : 'actual';
}

/** A date expression found in the text (as `extractDates` gives it). */
export interface PeriodHit {
  readonly text: string;
  readonly index: number;
  readonly value: DateValue;
}

const yearValue = (year: string): DateValue => ({
  start: `${year}-01-01`,
  end: `${year}-12-31`,
  precision: 'year',
});

/**
 * The period of a figure: a deadline ("đến năm 2030", "vào năm 2030", "đến 2030") is that year;
 * otherwise the date expression nearest before the figure in its sentence, else the nearest after
 * it, else the last period (not a day) stated earlier in the article; `null` when there is none
 * (the figure is then a stock observed on the publication date).
 *
 * @param sentence - The sentence.
 * @param sentenceStart - Its offset in the text.
 * @param at - Offset of the figure in the text.
 * @param inSentence - The date expressions of the sentence.
 * @param carried - The last non-day period stated before the sentence, if any.
 * @example
 * ```ts
 * periodOf('Theo kế hoạch, đến năm 2030 tỷ trọng này đạt 45%', 0, 45, [], null)?.value.start; // '2030-01-01'
 * ```
 */
export function periodOf(
  sentence: string,
  sentenceStart: number,
  at: number,
  inSentence: readonly PeriodHit[],
  carried: PeriodHit | null,
): PeriodHit | null {
  const deadline = /(?:^|[^\p{L}])(?:đến|tới|vào|trong)\s+(?:năm\s+)?(\d{4})(?!\d)/iu.exec(
    sentence.slice(0, at - sentenceStart + 1),
  );
  if (deadline) {
    const text = deadline[0].replace(/^[^\p{L}]/u, '');
    return { text, index: sentenceStart + deadline.index, value: yearValue(deadline[1] ?? '') };
  }
  const periods = inSentence.filter((d) => d.value.precision !== 'day');
  const before = periods.filter((d) => d.index < at).at(-1);
  if (before) return before;
  const after = periods.find((d) => d.index > at);
  return after ?? carried;
}

/**
 * Words before a figure that make it an amount of a project, a deal or an event (its investment,
 * site, commitments) rather than a figure about a place; the nearest of these and of the indicator
 * phrases decides.
 */
export const AMOUNT_PHRASES: readonly string[] = [
  'tổng vốn đầu tư',
  'tổng mức đầu tư',
  'vốn đầu tư',
  'tổng vốn',
  'vốn đăng ký',
  'mức đầu tư',
  'kinh phí',
  'giá trị cam kết',
  'trị giá',
  'đầu tư',
  'trên diện tích',
  'diện tích sàn',
  'dành',
];

/** Words before an area that make it a project's site ("nhà máy … trên diện tích 24 ha"). */
export const PROJECT_WORDS =
  /(?:^|[^\p{L}])(dự án|nhà máy|công trình|trung tâm|nhà ga|khu công nghiệp|cảng|sân bay)(?![\p{L}])/iu;
