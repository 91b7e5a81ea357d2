/**
 * Vietnamese date expressions, read against the article's date: parse one, extract all from a text,
 * format a value back in Vietnamese or English. Dates are `YYYY-MM-DD` strings in Asia/Ho_Chi_Minh.
 *
 * @packageDocumentation
 */
export {
  addDays,
  compareIso,
  daysInMonth,
  halfBounds,
  isLeapYear,
  isValidDate,
  parseIso,
  quarterBounds,
  todayInVietnam,
  toIso,
  type Ymd,
  yearBounds,
} from '@vnsti/calendar';
export { DateError } from './errors.js';
export { extractDates } from './extract.js';
export { formatDate } from './format.js';
export { parseDate } from './parse.js';
export type { DateMatch, DateValue, FormatOptions, ParseOptions, PartOfDay, Precision } from './types.js';
