import type { DateValue } from '@vnsti/dates';

/**
 * Words that name an event in Vietnamese news, with the `events.kind` each suggests; longest first
 * so that "lễ khánh thành" wins over "lễ".
 */
export const EVENT_WORDS: ReadonlyArray<readonly [string, string]> = (
  [
    ['hội nghị thượng đỉnh', 'summit'],
    ['hội nghị', 'conference'],
    ['hội thảo', 'workshop'],
    ['tọa đàm', 'workshop'],
    ['toạ đàm', 'workshop'],
    ['diễn đàn', 'forum'],
    ['triển lãm', 'exhibition'],
    ['hội chợ', 'fair'],
    ['ngày hội', 'fair'],
    ['lễ hội', 'fair'],
    ['tuần lễ', 'event-series'],
    ['techfest', 'event-series'],
    ['lễ khánh thành', 'ceremony'],
    ['lễ khởi công', 'ceremony'],
    ['lễ khai trương', 'ceremony'],
    ['lễ ra mắt', 'ceremony'],
    ['lễ ký kết', 'ceremony'],
    ['lễ trao', 'ceremony'],
    ['lễ', 'ceremony'],
    ['khánh thành', 'ceremony'],
    ['khởi công', 'ceremony'],
    ['khai trương', 'ceremony'],
    ['khai mạc', 'ceremony'],
    ['ra mắt', 'ceremony'],
    ['kỳ họp', 'meeting'],
    ['cuộc họp', 'meeting'],
    ['họp báo', 'meeting'],
    ['phiên họp', 'meeting'],
    ['đoàn công tác', 'meeting'],
    ['làm việc với', 'meeting'],
    ['làm việc tại', 'meeting'],
    ['hội đàm', 'meeting'],
    ['tiếp', 'meeting'],
    ['thảo luận', 'meeting'],
    ['sự kiện', 'conference'],
  ] as Array<readonly [string, string]>
).sort((a, b) => b[0].length - a[0].length);

const EVENT_WORD = new RegExp(
  `(^|[^\\p{L}])(${EVENT_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);

/** The first event word of a text and the kind it suggests, or `null`. */
export function findEventWord(text: string): { index: number; words: string; kind: string } | null {
  const m = EVENT_WORD.exec(text);
  if (!m) return null;
  const words = (m[2] ?? '').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const kind = EVENT_WORDS.find(([w]) => w === words)?.[1] ?? 'conference';
  return { index: m.index + (m[1] ?? '').length, words, kind };
}

/** A date match as `extractDates` gives it. */
export interface DateHit {
  readonly text: string;
  readonly index: number;
  readonly value: DateValue;
}

/**
 * Whether a date names one or more whole days ("sáng 2/10", "từ 8/10 đến 10/10", "ngày 5/3/2024"),
 * rather than a month, a quarter or a year.
 */
export function isDayDate(d: DateHit): boolean {
  if (d.value.precision === 'day') return true;
  return d.value.precision === 'span' && /\d{1,2}\s*\/\s*\d{1,2}|ngày\s+\d/i.test(d.text);
}

/**
 * The day(s) an event sentence states around a date: "3 - 5/12/2025" (the first day written before
 * a dash), "khai mạc tối 16/12 … kéo dài đến hết ngày 20/12" (a later "đến …" date in the sentence
 * ends the span). Returns the date with its span widened, or the date itself.
 *
 * @param text - The whole text.
 * @param d - The date.
 * @param later - The day dates after it in the same sentence.
 * @example
 * ```ts
 * eventSpan('diễn ra 3 - 5/12/2025', { text: '5/12/2025', index: 13, value: { start: '2025-12-05', end: '2025-12-05', precision: 'day' } }, [])
 *   .value; // { start: '2025-12-03', end: '2025-12-05', precision: 'span' }
 * ```
 */
export function eventSpan(text: string, d: DateHit, later: readonly DateHit[]): DateHit {
  const sliceFrom = Math.max(0, d.index - 8);
  const before = /(?:^|[^\d/])(\d{1,2})\s*[-–]\s*$/.exec(text.slice(sliceFrom, d.index));
  if (before && d.value.precision === 'day') {
    const day = Number(before[1]);
    const start = `${d.value.start.slice(0, 8)}${String(day).padStart(2, '0')}`;
    if (day >= 1 && start < d.value.start) {
      const at = sliceFrom + before.index + before[0].indexOf(before[1] ?? '');
      return {
        text: text.slice(at, d.index + d.text.length),
        index: at,
        value: { ...d.value, start, precision: 'span' },
      };
    }
  }
  const until = later.find((l) => /^(?:đến|tới|kéo dài đến)/i.test(l.text) && l.value.end > d.value.end);
  if (until) return { ...d, value: { ...d.value, end: until.value.end, precision: 'span' } };
  return d;
}

/**
 * Whether a sentence opens with its date, as news paragraphs that report an event do ("Sáng 2/10, …",
 * "Ngày 5/3/2024, …", "Từ ngày 16/3 đến 17/3/2026, đoàn công tác …").
 */
export function opensWithDate(sentence: string, sentenceStart: number, d: DateHit): boolean {
  const lead = sentence.slice(0, d.index - sentenceStart);
  return /^(?:vào |trong |cũng )?$/i.test(lead);
}
