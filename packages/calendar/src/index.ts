/**
 * `@vnsti/calendar`: the project's one calendar. Days are `YYYY-MM-DD` strings or year/month/day
 * integers (proleptic Gregorian, years 1–9999); a day that does not exist (30 February) is refused,
 * never rolled over; arithmetic is on integers, so no time zone shifts a day. Today is read in
 * Asia/Ho_Chi_Minh. No runtime dependencies.
 *
 * @packageDocumentation
 */
export {
  addDays,
  compareIso,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  halfBounds,
  isLeapYear,
  isoDayNumber,
  isValidDate,
  isValidDayMonth,
  monthRange,
  parseIso,
  quarterBounds,
  toIso,
  type Ymd,
  yearBounds,
} from './calendar.js';
export { todayInVietnam } from './today.js';
