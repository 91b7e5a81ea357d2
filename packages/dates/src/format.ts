import { daysInMonth, parseIso, type Ymd } from '@vnsti/calendar';
import { DateError } from './errors.js';
import { PART_OF_DAY_VI } from './lexicon.js';
import { ENGLISH_NUMBERS, ROMAN_QUARTERS } from './numerals.js';
import type { DateValue, FormatOptions, PartOfDay, Precision } from './types.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const PART_OF_DAY_EN: Readonly<Record<PartOfDay, string>> = {
  morning: 'morning',
  noon: 'noon',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
};

const PRECISIONS: ReadonlySet<Precision> = new Set(['day', 'month', 'quarter', 'half', 'year', 'span']);

type Locale = 'vi' | 'en';

function monthEn(m: number): string {
  return MONTHS_EN[m - 1] ?? String(m);
}

function dayText(d: Ymd, locale: Locale): string {
  return locale === 'vi' ? `${d.day}/${d.month}/${d.year}` : `${d.day} ${monthEn(d.month)} ${d.year}`;
}

function monthText(d: Ymd, locale: Locale): string {
  return locale === 'vi' ? `tháng ${d.month}/${d.year}` : `${monthEn(d.month)} ${d.year}`;
}

function isMonthStart(d: Ymd): boolean {
  return d.day === 1;
}

function isMonthEnd(d: Ymd): boolean {
  return d.day === daysInMonth(d.year, d.month);
}

function yearWord(y: number, locale: Locale): string {
  return locale === 'vi' ? `năm ${y}` : String(y);
}

function countEn(n: number): string {
  return ENGLISH_NUMBERS[n] ?? String(n);
}

/** A run of whole months within one year. */
function monthsText(s: Ymd, e: Ymd, locale: Locale, approximate: boolean): string {
  const y = s.year;
  const n = e.month - s.month + 1;
  if (approximate) {
    if (s.month === 1 && e.month === 3) return locale === 'vi' ? `đầu năm ${y}` : `early ${y}`;
    if (s.month === 4 && e.month === 9) return locale === 'vi' ? `giữa năm ${y}` : `mid-${y}`;
    if (s.month === 10 && e.month === 12) return locale === 'vi' ? `cuối năm ${y}` : `late ${y}`;
  }
  if (n === 12) return yearWord(y, locale);
  if (n === 1) return monthText(s, locale);
  if (s.month === 1) return locale === 'vi' ? `${n} tháng đầu năm ${y}` : `first ${countEn(n)} months of ${y}`;
  if (e.month === 12) return locale === 'vi' ? `${n} tháng cuối năm ${y}` : `last ${countEn(n)} months of ${y}`;
  return locale === 'vi' ? `tháng ${s.month}–${e.month}/${y}` : `${monthEn(s.month)}–${monthEn(e.month)} ${y}`;
}

function spanText(s: Ymd, e: Ymd, locale: Locale, approximate: boolean): string {
  const wholeMonths = isMonthStart(s) && isMonthEnd(e);
  if (wholeMonths && s.month === 1 && e.month === 12) {
    if (s.year === e.year) return yearWord(s.year, locale);
    return locale === 'vi' ? `giai đoạn ${s.year}–${e.year}` : `${s.year}–${e.year}`;
  }
  if (wholeMonths && s.year === e.year) return monthsText(s, e, locale, approximate);
  if (wholeMonths) return `${monthText(s, locale)} – ${monthText(e, locale)}`;
  if (s.year === e.year && s.month === e.month) {
    if (approximate) {
      const part =
        s.day === 1 && e.day === 10 ? 0 : s.day === 11 && e.day === 20 ? 1 : s.day === 21 && isMonthEnd(e) ? 2 : -1;
      if (part >= 0) {
        const vi = ['đầu', 'giữa', 'cuối'][part] as string;
        const en = ['early', 'mid-', 'late'][part] as string;
        return locale === 'vi'
          ? `${vi} ${monthText(s, locale)}`
          : `${en}${part === 1 ? '' : ' '}${monthText(s, locale)}`;
      }
    }
    return locale === 'vi'
      ? `${s.day}–${e.day}/${s.month}/${s.year}`
      : `${s.day}–${e.day} ${monthEn(s.month)} ${s.year}`;
  }
  return `${dayText(s, locale)} – ${dayText(e, locale)}`;
}

function boundText(d: Ymd, locale: Locale, side: 'start' | 'end'): string {
  if (side === 'end') {
    if (d.month === 12 && d.day === 31) return locale === 'vi' ? `đến hết năm ${d.year}` : `through ${d.year}`;
    if (isMonthEnd(d)) return locale === 'vi' ? `đến hết ${monthText(d, locale)}` : `through ${monthText(d, locale)}`;
    return locale === 'vi' ? `đến ngày ${dayText(d, locale)}` : `until ${dayText(d, locale)}`;
  }
  if (d.month === 1 && d.day === 1) return locale === 'vi' ? `từ năm ${d.year}` : `from ${d.year}`;
  if (d.day === 1) return locale === 'vi' ? `từ ${monthText(d, locale)}` : `from ${monthText(d, locale)}`;
  return locale === 'vi' ? `từ ngày ${dayText(d, locale)}` : `from ${dayText(d, locale)}`;
}

/**
 * Writes a date value back as Vietnamese or English text. Quarters in Roman numerals as Vietnamese
 * writes them, runs of months as "9 tháng đầu năm 2023", horizons by their one closed end. A value
 * whose bounds do not fit its precision is written as the span it covers.
 *
 * @param value - A date value (from {@link parseDate}, {@link extractDates}, or built by hand).
 * @param options - `locale`: `'vi'` (default) or `'en'`.
 * @returns The text.
 * @throws {@link DateError} when `value` is not a valid date value or the locale is unknown.
 * @example
 * ```ts
 * formatDate({ start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning' }); // 'sáng 24/11/2025'
 * formatDate({ start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning' }, { locale: 'en' });
 * // 'morning of 24 November 2025'
 * formatDate({ start: '2025-07-01', end: '2025-09-30', precision: 'quarter' }); // 'quý III/2025'
 * formatDate({ start: '2025-07-01', end: '2025-09-30', precision: 'quarter' }, { locale: 'en' }); // 'Q3 2025'
 * formatDate({ start: '2023-01-01', end: '2023-09-30', precision: 'span' }); // '9 tháng đầu năm 2023'
 * formatDate({ start: '2023-01-01', end: '2023-09-30', precision: 'span' }, { locale: 'en' }); // 'first nine months of 2023'
 * ```
 */
export function formatDate(value: DateValue, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') throw new DateError(`Unknown locale: ${JSON.stringify(locale)}`);
  if (value === null || typeof value !== 'object') throw new DateError('formatDate needs a DateValue object');
  const s = parseIso(value.start);
  const e = parseIso(value.end);
  if (s === null || e === null) {
    throw new DateError(
      `Not a valid DateValue: start ${JSON.stringify(value.start)}, end ${JSON.stringify(value.end)}`,
    );
  }
  if (value.start > value.end) throw new DateError(`DateValue start ${value.start} is after end ${value.end}`);
  if (!PRECISIONS.has(value.precision)) throw new DateError(`Unknown precision: ${JSON.stringify(value.precision)}`);
  if (value.open === 'start') return boundText(e, locale, 'end');
  if (value.open === 'end') return boundText(s, locale, 'start');
  const same = value.start === value.end;
  const wholeMonths = isMonthStart(s) && isMonthEnd(e) && s.year === e.year;
  switch (value.precision) {
    case 'day':
      if (same) {
        const day = dayText(s, locale);
        const pod = value.partOfDay;
        if (pod === undefined) return day;
        return locale === 'vi' ? `${PART_OF_DAY_VI[pod]} ${day}` : `${PART_OF_DAY_EN[pod]} of ${day}`;
      }
      break;
    case 'month':
      if (wholeMonths && s.month === e.month) return monthText(s, locale);
      break;
    case 'quarter':
      if (wholeMonths && e.month - s.month === 2 && s.month % 3 === 1) {
        const q = (s.month + 2) / 3;
        return locale === 'vi' ? `quý ${ROMAN_QUARTERS[q - 1]}/${s.year}` : `Q${q} ${s.year}`;
      }
      break;
    case 'half':
      if (wholeMonths && e.month - s.month === 5 && (s.month === 1 || s.month === 7)) {
        const first = s.month === 1;
        if (locale === 'vi') return `6 tháng ${first ? 'đầu' : 'cuối'} năm ${s.year}`;
        return `${first ? 'first' : 'second'} half of ${s.year}`;
      }
      break;
    case 'year':
      if (wholeMonths && s.month === 1 && e.month === 12) return yearWord(s.year, locale);
      break;
    default:
      break;
  }
  return spanText(s, e, locale, value.approximate === true);
}
