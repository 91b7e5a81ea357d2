/**
 * The grammar of Vietnamese date expressions, read forward from an offset by small hand-written
 * rules (no big regex). Each rule looks at a bounded number of words, so a call does constant work
 * apart from reading one run of digits.
 *
 * @internal
 * @packageDocumentation
 */
import { isValidDayMonth } from '@vnsti/calendar';
import { readNumberWords } from '@vnsti/money/lexicon';
import { isDigitCode, isQuantityWord, mayStartQuantity, partOfDay } from './lexicon.js';
import { parseRoman } from './numerals.js';
import {
  expectWord,
  gluedAfter,
  nextWord,
  readNumberAfter,
  readRun,
  readWord,
  skipSpaces,
  type Word,
} from './reader.js';
import type { Direction, Spec, YearSpec } from './spec.js';
import type { PartOfDay } from './types.js';

/** An expression found at `start..end` and what it says. */
export interface Hit {
  start: number;
  end: number;
  spec: Spec;
  dir?: Direction;
}

/** What the words around a number allow it to be. */
export interface Ctx {
  /** A yearless day/month ("21.8", "24/11") may be a date: after ngày, sáng, từ, đến, vào, "(" … */
  date: boolean;
  /** A bare four-digit number may be a year: after năm, đến, trước, từ, giai đoạn … */
  year: boolean;
  /** parseDate on a whole string: bare "24/11", "2025", "10 tháng" are accepted. */
  lenient: boolean;
}

const ALL: Ctx = { date: true, year: true, lenient: false };

// Every context is one of these eight, shared rather than allocated on each call.
const CONTEXTS: readonly Ctx[] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({
  date: (k & 1) !== 0,
  year: (k & 2) !== 0,
  lenient: (k & 4) !== 0,
}));

/** The shared context with these flags. */
function context(date: boolean, year: boolean, lenient: boolean): Ctx {
  return CONTEXTS[(date ? 1 : 0) | (year ? 2 : 0) | (lenient ? 4 : 0)] as Ctx;
}

function isYear(value: number, len: number): boolean {
  return len === 4 && value >= 1000 && value <= 2999;
}

function isDashAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Whether a quantity word or a percent sign follows: "2030 tỷ", "21.8 %". */
function followedByUnit(t: string, i: number): boolean {
  const s = skipSpaces(t, i);
  if (t.charCodeAt(s) === 37) return true;
  const w = readWord(t, s);
  if (w === null) return false;
  if (!mayStartQuantity(w.w)) return false;
  const second = nextWord(t, w.end);
  const third = second === null ? null : nextWord(t, second.end);
  return isQuantityWord(w.w, second === null ? [] : third === null ? [second.w] : [second.w, third.w]);
}

const DATE_WORDS: ReadonlySet<string> = new Set([
  'ngày',
  'tháng',
  'năm',
  'quý',
  'hết',
  'cuối',
  'đầu',
  'giữa',
  'hôm',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'nay',
]);

/** Reads "vừa qua", "qua", "vừa rồi", "tới", "sắp tới", "tới đây", "này" after a yearless date. */
function readDirection(t: string, i: number): { dir: Direction | undefined; end: number } | null {
  const w = nextWord(t, i);
  if (w === null) return null;
  switch (w.w) {
    case 'vừa': {
      const n = nextWord(t, w.end);
      if (n !== null && (n.w === 'qua' || n.w === 'rồi')) return { dir: 'past', end: n.end };
      return null;
    }
    case 'qua':
      return { dir: 'past', end: w.end };
    case 'này':
      return { dir: undefined, end: w.end };
    case 'sắp':
    case 'tới': {
      let end = w.end;
      if (w.w === 'sắp') {
        const n = nextWord(t, w.end);
        if (n === null || (n.w !== 'tới' && n.w !== 'đến')) return null;
        end = n.end;
      }
      const after = nextWord(t, end);
      if (after !== null && after.w === 'đây') return { dir: 'future', end: after.end };
      // "từ 1.7 tới 31.12": here "tới" joins a range, it does not point forward.
      const s = skipSpaces(t, end);
      if (isDigitCode(t.charCodeAt(s)) || (after !== null && after.start === s && DATE_WORDS.has(after.w))) {
        return null;
      }
      return { dir: 'future', end };
    }
    default:
      return null;
  }
}

/** Reads the year after the word "năm": "2025", "nay" (0), "ngoái"/"trước" (−1), "sau"/"tới" (+1). */
function yearAfterNam(t: string, i: number): { y: YearSpec; end: number } | null {
  const num = readNumberAfter(t, i);
  if (num !== null) return isYear(num.value, num.len) ? { y: { y: num.value }, end: num.end } : null;
  const w = nextWord(t, i);
  if (w === null) return null;
  if (w.w === 'nay') return { y: { offset: 0 }, end: w.end };
  if (w.w === 'ngoái' || w.w === 'trước') return { y: { offset: -1 }, end: w.end };
  if (w.w === 'sau' || w.w === 'tới') return { y: { offset: 1 }, end: w.end };
  return null;
}

/** Reads a year written after a month or quarter: "/2021", "-2025", " năm 2024", " năm nay". */
function readYearSuffix(t: string, i: number): { y: YearSpec; end: number } | null {
  const c = t.charCodeAt(i);
  if ((c === 47 || c === 45 || c === 46) && isDigitCode(t.charCodeAt(i + 1))) {
    const run = readRun(t, i + 1);
    // The separator glues the run to what precedes it, so only what follows is checked here.
    if (run.groups.length === 1 && isYear(run.groups[0] as number, run.lens[0] as number) && !gluedAfter(t, run.end)) {
      return { y: { y: run.groups[0] as number }, end: run.end };
    }
    return null;
  }
  const end = expectWord(t, i, 'năm');
  if (end < 0) return null;
  return yearAfterNam(t, end);
}

/** Adds a direction suffix to a yearless day or period. */
function withDirection(t: string, h: Hit | null): Hit | null {
  if (h === null) return null;
  const s = h.spec;
  const yearless = (s.k === 'day' || s.k === 'months' || s.k === 'days') && s.y === undefined;
  if (!yearless) return h;
  const d = readDirection(t, h.end);
  if (d === null) return h;
  h.end = d.end;
  if (d.dir !== undefined) h.dir = d.dir;
  return h;
}

/** Reads " - 2029", " – 2029", "–năm 2029" after a year. */
function readYearSpanTail(t: string, i: number, from: number): { to: number; end: number } | null {
  const k = skipSpaces(t, i);
  if (!isDashAt(t, k)) return null;
  let j = k + 1;
  const nam = expectWord(t, j, 'năm');
  if (nam >= 0) j = nam;
  const num = readNumberAfter(t, j);
  if (num === null || !isYear(num.value, num.len)) return null;
  if (num.value <= from || num.value - from > 100) return null;
  return { to: num.value, end: num.end };
}

const WEEKDAYS: ReadonlySet<string> = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy']);

/** Reads a weekday starting with the word `w` ("thứ Hai", "thứ 2", "Chủ nhật"); returns its end or -1. */
function readWeekday(t: string, w: Word): number {
  if (w.w === 'chủ') return expectWord(t, w.end, 'nhật');
  if (w.w !== 'thứ') return -1;
  const n = nextWord(t, w.end);
  if (n !== null && WEEKDAYS.has(n.w)) return n.end;
  const num = readNumberAfter(t, w.end);
  if (num !== null && num.len === 1 && num.value >= 2 && num.value <= 7) return num.end;
  return -1;
}

function monthsSpec(
  from: number,
  to: number,
  y: YearSpec | undefined,
  extra: Partial<Extract<Spec, { k: 'months' }>> = {},
): Spec {
  // Always the same shape (monomorphic), absent fields undefined.
  return { k: 'months', from, to, y, approx: extra.approx, single: extra.single };
}

/** "9 tháng đầu năm", "6 tháng cuối năm 2023", "7 tháng năm 2025"; `numEnd` is after the number. */
function parseCumulative(t: string, start: number, numEnd: number, n: number, ctx: Ctx): Hit | null {
  if (n < 1 || n > 12) return null;
  const k = expectWord(t, numEnd, 'tháng');
  if (k < 0) return null;
  const w = nextWord(t, k);
  if (w !== null && (w.w === 'đầu' || w.w === 'cuối')) {
    const nam = expectWord(t, w.end, 'năm');
    if (nam < 0) return null;
    const ya = yearAfterNam(t, nam);
    const from = w.w === 'đầu' ? 1 : 13 - n;
    const to = w.w === 'đầu' ? n : 12;
    return { start, end: ya ? ya.end : nam, spec: monthsSpec(from, to, ya?.y) };
  }
  if (w !== null && w.w === 'năm') {
    const ya = yearAfterNam(t, w.end);
    if (ya === null) return null;
    return { start, end: ya.end, spec: monthsSpec(1, n, ya.y) };
  }
  if (ctx.lenient) return { start, end: k, spec: monthsSpec(1, n, undefined) };
  return null;
}

/** Everything that starts with a run of digits. */
function parseNumber(t: string, i: number, ctx: Ctx): Hit | null {
  const run = readRun(t, i);
  if (!run.clean) return null;
  const g = run.groups;
  const L = run.lens;
  const s = run.seps;
  const n = g.length;
  const g0 = g[0] as number;
  const g1 = g[1] as number;
  const g2 = g[2] as number;
  const l0 = L[0] as number;
  const l1 = L[1] as number;
  const l2 = L[2] as number;
  if (n === 1) {
    if (isYear(g0, l0)) {
      if (followedByUnit(t, run.end)) return null;
      const tail = readYearSpanTail(t, run.end, g0);
      if (tail !== null) return { start: i, end: tail.end, spec: { k: 'years', from: g0, to: tail.to } };
      if (ctx.year || ctx.lenient) return { start: i, end: run.end, spec: { k: 'years', from: g0, to: g0 } };
      return null;
    }
    if (l0 > 2) return null;
    // "22 tháng 10 [năm 2014]"
    const th = expectWord(t, run.end, 'tháng');
    if (th >= 0) {
      const m = readNumberAfter(t, th);
      if (m !== null && m.len <= 2 && isValidDayMonth(m.value, g0)) {
        const ys = readYearSuffix(t, m.end);
        if (ys !== null) return { start: i, end: ys.end, spec: { k: 'day', d: g0, m: m.value, y: ys.y } };
        if ((ctx.date || ctx.lenient) && !followedByUnit(t, m.end)) {
          return { start: i, end: m.end, spec: { k: 'day', d: g0, m: m.value } };
        }
        return null;
      }
      return parseCumulative(t, i, run.end, g0, ctx);
    }
    // A lone day number: the first of a list of days ("ngày 20 và 21/5"), or the left side of a
    // range ("từ ngày 5 đến ngày 7/11").
    if (ctx.date && g0 >= 1 && g0 <= 31) {
      const list = readDayList(t, run.end, g0);
      if (list !== null) return { start: i, end: list.end, spec: list.spec };
      return { start: i, end: run.end, spec: { k: 'day', d: g0 } };
    }
    return null;
  }
  if (n === 2) {
    const sep = s[0];
    if (l0 === 4 && l1 === 4 && (sep === '-' || sep === '–')) {
      if (!isYear(g0, 4) || !isYear(g1, 4) || g1 <= g0 || g1 - g0 > 100) return null;
      return { start: i, end: run.end, spec: { k: 'years', from: g0, to: g1 } };
    }
    if (sep === '–') return null;
    if (l0 <= 2 && l1 === 4) {
      // "8/2024": a month, only where the words make it one ("từ 8/2024"); "13/2023/NĐ-CP" never gets here.
      if (!(ctx.date || ctx.lenient) || g0 < 1 || g0 > 12 || !isYear(g1, 4)) return null;
      return { start: i, end: run.end, spec: monthsSpec(g0, g0, { y: g1 }, { single: 'month' }) };
    }
    if (l0 <= 2 && l1 <= 2) {
      if (!isValidDayMonth(g1, g0)) return null;
      if (followedByUnit(t, run.end)) return null;
      const h: Hit = { start: i, end: run.end, spec: { k: 'day', d: g0, m: g1 } };
      if (ctx.date || ctx.lenient) return h;
      // "24/11 vừa qua": the direction word is context enough (not for the dotted form).
      if (sep === '/') {
        const d = readDirection(t, run.end);
        if (d !== null && d.dir !== undefined) return h;
      }
      return null;
    }
    return null;
  }
  if (n === 3) {
    if (s[0] !== s[1] && !(s[0] === '-' && (s[1] === '/' || s[1] === '.'))) return null;
    if (l0 <= 2 && l1 <= 2 && l2 === 4 && s[0] === s[1] && s[0] !== '–') {
      if (!isYear(g2, 4)) return null;
      return { start: i, end: run.end, spec: { k: 'day', d: g0, m: g1, y: { y: g2 } } };
    }
    if (l0 === 4 && l1 <= 2 && l2 <= 2 && s[0] === s[1] && (s[0] === '-' || s[0] === '/')) {
      if (!isYear(g0, 4)) return null;
      return { start: i, end: run.end, spec: { k: 'day', d: g2, m: g1, y: { y: g0 } } };
    }
    if (s[0] === '-' && l0 <= 2 && l1 <= 2 && l2 <= 2 && (ctx.date || ctx.lenient)) {
      // "ngày 5-7/11"
      if (g0 >= g1 || !isValidDayMonth(g2, g1)) return null;
      return { start: i, end: run.end, spec: { k: 'days', m: g2, from: g0, to: g1 } };
    }
    return null;
  }
  if (n === 4) {
    const l3 = L[3] as number;
    const g3 = g[3] as number;
    if (s[0] === '-' && s[1] === s[2] && s[1] !== '-' && s[1] !== '–' && l0 <= 2 && l1 <= 2 && l2 <= 2 && l3 === 4) {
      if (g0 >= g1 || !isValidDayMonth(g2, g1) || !isYear(g3, 4)) return null;
      return { start: i, end: run.end, spec: { k: 'days', m: g2, from: g0, to: g1, y: { y: g3 } } };
    }
  }
  return null;
}

/**
 * Reads the rest of a list of days after its first day `first`: ", 6 và 7/11", " và 21/5",
 * " và 21 tháng 5". The days must rise and the last one must carry the month. The list is read as
 * one span from the first day to the last (documented in the README: "ngày 5 và 7/11" is 5–7/11,
 * the smallest interval that holds every day listed).
 */
function readDayList(t: string, from: number, first: number): { end: number; spec: Spec } | null {
  let s = skipSpaces(t, from);
  let joined = false;
  if (t.charCodeAt(s) === 44 /* , */) {
    s = skipSpaces(t, s + 1);
    joined = true;
  }
  const va = readWord(t, s);
  if (va !== null && va.w === 'và') {
    s = skipSpaces(t, va.end);
    joined = true;
  }
  if (!joined || !isDigitCode(t.charCodeAt(s))) return null;
  // The next item reads the rest of the list itself: a lone day recurses here (at most 31 deep,
  // since the days rise), the last item ends it.
  const next = parseNumber(t, s, ALL);
  if (next === null) return null;
  const n = next.spec;
  if (n.k === 'day') {
    if (n.m === undefined || n.d <= first || !isValidDayMonth(n.m, n.d)) return null;
    const spec: Spec =
      n.y === undefined
        ? { k: 'days', m: n.m, from: first, to: n.d }
        : { k: 'days', m: n.m, from: first, to: n.d, y: n.y };
    return { end: next.end, spec };
  }
  if (n.k === 'days' && n.from > first && !n.approx) return { end: next.end, spec: { ...n, from: first } };
  return null;
}

/** A day, possibly after "ngày"/"hôm", a weekday ("thứ Hai (24/11)"), with a part of day. */
function parseDayish(t: string, i: number, ctx: Ctx, pod?: PartOfDay): Hit | null {
  let j = i;
  let w = readWord(t, j);
  let date = ctx.date;
  let close = false;
  if (w !== null && (w.w === 'ngày' || w.w === 'hôm')) {
    date = true;
    j = skipSpaces(t, w.end);
    w = readWord(t, j);
  }
  if (w !== null && (w.w === 'thứ' || w.w === 'chủ')) {
    const wd = readWeekday(t, w);
    if (wd < 0) return null;
    date = true;
    j = skipSpaces(t, wd);
    if (t[j] === ',') j = skipSpaces(t, j + 1);
    else if (t[j] === '(') {
      close = true;
      j = skipSpaces(t, j + 1);
    }
    const nw = readWord(t, j);
    if (nw !== null && nw.w === 'ngày') j = skipSpaces(t, nw.end);
  }
  if (!isDigitCode(t.charCodeAt(j))) return null;
  if (!date && !ctx.lenient) return null;
  const h = parseNumber(t, j, context(true, ctx.year, ctx.lenient));
  if (h === null || (h.spec.k !== 'day' && h.spec.k !== 'days')) return null;
  let end = h.end;
  if (close) {
    const k = skipSpaces(t, end);
    if (t[k] !== ')') return null;
    end = k + 1;
  }
  const spec: Spec = pod !== undefined && h.spec.k === 'day' ? { ...h.spec, pod } : h.spec;
  return { start: i, end, spec };
}

/** "hôm nay", "hôm qua", "ngày mai", "sáng nay", "chiều qua", "tối mai", "sáng hôm qua". */
function parseRelative(t: string, i: number, w: Word, pod: PartOfDay | undefined): Hit | null {
  const n = nextWord(t, w.end);
  if (n === null) return null;
  const make = (offset: number, end: number): Hit => ({
    start: i,
    end,
    spec: pod === undefined ? { k: 'rel', offset } : { k: 'rel', offset, pod },
  });
  if (w.w === 'hôm') {
    if (n.w === 'nay') return make(0, n.end);
    if (n.w === 'qua') return make(-1, n.end);
    if (n.w === 'kia') return make(-2, n.end);
    return null;
  }
  if (w.w === 'ngày') {
    if (n.w === 'mai') return make(1, n.end);
    return null;
  }
  // part of day
  if (n.w === 'nay') return make(0, n.end);
  if (n.w === 'qua') return make(-1, n.end);
  if (n.w === 'mai') return make(1, n.end);
  if (n.w === 'hôm' || n.w === 'ngày') return parseRelative(t, i, n, pod);
  return null;
}

function parseMonthWord(t: string, i: number, after: number, ctx: Ctx): Hit | null {
  const s = skipSpaces(t, after);
  if (!isDigitCode(t.charCodeAt(s))) return null;
  const run = readRun(t, s);
  if (!run.clean) return null;
  const m = run.groups[0] as number;
  if ((run.lens[0] as number) > 2 || m < 1 || m > 12) return null;
  if (run.groups.length === 2) {
    const y = run.groups[1] as number;
    if (!isYear(y, run.lens[1] as number) || run.seps[0] === '–') return null;
    return { start: i, end: run.end, spec: monthsSpec(m, m, { y }, { single: 'month' }) };
  }
  if (run.groups.length !== 1) return null;
  const ys = readYearSuffix(t, run.end);
  if (ys !== null) return { start: i, end: ys.end, spec: monthsSpec(m, m, ys.y, { single: 'month' }) };
  // "mỗi tháng 2 lần", "3 tháng 5 ngày": counts, not months.
  if (followedByUnit(t, run.end)) return null;
  void ctx;
  return withDirection(t, { start: i, end: run.end, spec: monthsSpec(m, m, undefined, { single: 'month' }) });
}

function parseQuarterWord(t: string, i: number, after: number): Hit | null {
  const s = skipSpaces(t, after);
  let q: number | null = null;
  let end = s;
  let y: YearSpec | undefined;
  if (isDigitCode(t.charCodeAt(s))) {
    const run = readRun(t, s);
    if (!run.clean || (run.lens[0] as number) !== 1) return null;
    q = run.groups[0] as number;
    end = run.end;
    if (run.groups.length === 2) {
      const yy = run.groups[1] as number;
      if (!isYear(yy, run.lens[1] as number) || run.seps[0] === '–') return null;
      y = { y: yy };
    } else if (run.groups.length !== 1) return null;
  } else {
    const w = readWord(t, s);
    if (w === null) return null;
    const raw = t.slice(w.start, w.end);
    const roman = raw === raw.toUpperCase() ? parseRoman(w.w) : null;
    const word = readNumberWords(w.w)?.value ?? null;
    q = roman ?? (w.w === 'tư' ? 4 : word);
    end = w.end;
  }
  if (q === null || q < 1 || q > 4) return null;
  if (y === undefined) {
    const ys = readYearSuffix(t, end);
    if (ys !== null) {
      y = ys.y;
      end = ys.end;
    }
  }
  if (y === undefined && followedByUnit(t, end)) return null;
  const h: Hit = { start: i, end, spec: monthsSpec(q * 3 - 2, q * 3, y, { single: 'quarter' }) };
  return withDirection(t, h);
}

function parseHalfWord(t: string, i: number, after: number): Hit | null {
  const w = nextWord(t, after);
  if (w === null) return null;
  let half: number;
  if (w.w === 'đầu' || w.w === 'trước') half = 1;
  else if (w.w === 'cuối' || w.w === 'sau') half = 2;
  else return null;
  const nam = expectWord(t, w.end, 'năm');
  if (nam < 0) return null;
  const ya = yearAfterNam(t, nam);
  return withDirection(t, {
    start: i,
    end: ya ? ya.end : nam,
    spec: monthsSpec(half * 6 - 5, half * 6, ya?.y, { single: 'half' }),
  });
}

const YEAR_PARTS = { đầu: [1, 3], giữa: [4, 9], cuối: [10, 12] } as const;
const MONTH_PARTS = { đầu: [1, 10], giữa: [11, 20], cuối: [21, 31] } as const;

/** "đầu năm", "cuối năm 2024", "cuối 2024", "giữa tháng 7". */
function parsePartWord(t: string, i: number, w: Word): Hit | null {
  const part = w.w as keyof typeof YEAR_PARTS;
  const n = nextWord(t, w.end);
  if (n !== null && n.w === 'năm') {
    const [from, to] = YEAR_PARTS[part];
    const ya = yearAfterNam(t, n.end);
    return withDirection(t, {
      start: i,
      end: ya ? ya.end : n.end,
      spec: monthsSpec(from, to, ya?.y, { approx: true }),
    });
  }
  if (n !== null && n.w === 'tháng') {
    const m = parseMonthWord(t, i, n.end, ALL);
    if (m === null || m.spec.k !== 'months') return null;
    const [from, to] = MONTH_PARTS[part];
    const spec: Spec =
      m.spec.y === undefined
        ? { k: 'days', m: m.spec.from, from, to, approx: true }
        : { k: 'days', m: m.spec.from, from, to, y: m.spec.y, approx: true };
    return withDirection(t, { start: i, end: m.end, spec });
  }
  const num = readNumberAfter(t, w.end);
  if (num !== null && isYear(num.value, num.len) && !followedByUnit(t, num.end)) {
    const [from, to] = YEAR_PARTS[part];
    return { start: i, end: num.end, spec: monthsSpec(from, to, { y: num.value }, { approx: true }) };
  }
  return null;
}

function parseYearWord(t: string, i: number, after: number): Hit | null {
  const num = readNumberAfter(t, after);
  if (num !== null) {
    if (isDigitCode(t.charCodeAt(num.start))) {
      const run = readRun(t, num.start);
      if (run.groups.length === 1 && isYear(num.value, num.len)) {
        if (followedByUnit(t, num.end)) return null;
        const tail = readYearSpanTail(t, num.end, num.value);
        if (tail !== null) return { start: i, end: tail.end, spec: { k: 'years', from: num.value, to: tail.to } };
        return { start: i, end: num.end, spec: { k: 'years', from: num.value, to: num.value } };
      }
    }
    return null;
  }
  const s = skipSpaces(t, after);
  if (isDigitCode(t.charCodeAt(s))) {
    // "năm 2025-2030"
    const h = parseNumber(t, s, ALL);
    if (h !== null && h.spec.k === 'years') return at(h, i);
    return null;
  }
  const w = nextWord(t, after);
  if (w === null) return null;
  if (w.w === 'nay') return { start: i, end: w.end, spec: monthsSpec(1, 12, { offset: 0 }) };
  if (w.w === 'ngoái') return { start: i, end: w.end, spec: monthsSpec(1, 12, { offset: -1 }) };
  return null;
}

/** One date or period, without range or horizon words. */
export function parseCore(t: string, i: number, ctx: Ctx): Hit | null {
  if (isDigitCode(t.charCodeAt(i))) return withDirection(t, parseNumber(t, i, ctx));
  const w = readWord(t, i);
  if (w === null) return null;
  const next = nextWord(t, w.end);
  const pod = partOfDay(w.w, next?.w);
  if (pod !== null) {
    const rel = parseRelative(t, i, w, pod);
    if (rel !== null) return rel;
    const h = parseDayish(t, skipSpaces(t, w.end), context(true, ctx.year, ctx.lenient), pod);
    if (h === null || h.spec.k !== 'day' || h.spec.m === undefined) return null;
    return withDirection(t, at(h, i));
  }
  switch (w.w) {
    case 'ngày':
    case 'hôm':
      return parseRelative(t, i, w, undefined) ?? withDirection(t, parseDayish(t, i, ctx));
    case 'thứ':
    case 'chủ':
      return withDirection(t, parseDayish(t, i, ctx));
    case 'tháng':
      return parseMonthWord(t, i, w.end, ctx);
    case 'quý':
      return parseQuarterWord(t, i, w.end);
    case 'nửa':
      return parseHalfWord(t, i, w.end);
    case 'đầu':
    case 'giữa':
    case 'cuối':
      return parsePartWord(t, i, w);
    case 'hết': {
      const s = skipSpaces(t, w.end);
      const h = parseCore(t, s, ALL);
      if (h === null || (h.spec.k !== 'months' && h.spec.k !== 'years')) return null;
      return at(h, i);
    }
    case 'năm':
      return parseYearWord(t, i, w.end) ?? parseCumulative(t, i, w.end, 5, ctx);
    default: {
      const num = readNumberWords(w.w, next?.w);
      if (num === null) return null;
      const numEnd = num.words === 2 && next !== null ? next.end : w.end;
      return parseCumulative(t, i, numEnd, num.value, ctx);
    }
  }
}

/** Moves a fresh hit's start back to `start` (hits are never shared, so this mutates). */
function at(h: Hit, start: number): Hit {
  h.start = start;
  return h;
}

function isComplete(spec: Spec): boolean {
  return !(spec.k === 'day' && spec.m === undefined);
}

/** "… - Y", "… – Y", "… đến Y", "… tới Y", "… đến nay" after a left value; `null` if no range follows. */
function parseRangeTail(t: string, left: Hit, start: number): Hit | null {
  const k = skipSpaces(t, left.end);
  let r: number;
  if (isDashAt(t, k)) r = skipSpaces(t, k + 1);
  else {
    const w = readWord(t, k);
    if (w === null) return null;
    if (w.w === 'đến' || w.w === 'tới') r = w.end;
    else if (w.w === 'cho') {
      const e = expectWord(t, w.end, 'đến');
      r = e >= 0 ? e : expectWord(t, w.end, 'tới');
      if (r < 0) return null;
    } else return null;
    const het = expectWord(t, r, 'hết');
    if (het >= 0) r = het;
    r = skipSpaces(t, r);
  }
  const nay = readWord(t, r);
  if (nay !== null && (nay.w === 'nay' || nay.w === 'hiện')) {
    const e = nay.w === 'hiện' ? expectWord(t, nay.end, 'nay') : nay.end;
    if (e < 0) return null;
    return { start, end: e, spec: { k: 'range', a: left.spec, b: { k: 'rel', offset: 0 } } };
  }
  const right = parseCore(t, r, ALL);
  if (right === null || !isComplete(right.spec) || right.spec.k === 'rel') return null;
  const h: Hit = { start, end: right.end, spec: { k: 'range', a: left.spec, b: right.spec } };
  if (right.dir !== undefined) h.dir = right.dir;
  return h;
}

function horizon(t: string, start: number, after: number, mode: 'until' | 'before' | 'after'): Hit | null {
  let j = after;
  if (mode === 'until') {
    const het = expectWord(t, j, 'hết');
    if (het >= 0) j = het;
  }
  const v = parseCore(t, skipSpaces(t, j), ALL);
  if (v === null || !isComplete(v.spec) || v.spec.k === 'rel') return null;
  const h: Hit = { start, end: v.end, spec: { k: 'horizon', mode, v: v.spec } };
  if (v.dir !== undefined) h.dir = v.dir;
  return h;
}

/**
 * Reads one date expression that starts exactly at `i`, with its range and horizon words
 * ("từ … đến …", "trước năm 2030", "giai đoạn 2025-2030").
 *
 * @param dateContext - Whether the text just before `i` already makes a number a date ("(", "vào").
 * @param yearContext - Whether it makes a bare four-digit number a year ("vào", "trong").
 */
export function parseExpression(
  t: string,
  i: number,
  lenient: boolean,
  dateContext = false,
  yearContext = false,
): Hit | null {
  const w = readWord(t, i);
  if (w !== null) {
    switch (w.w) {
      case 'kể':
      case 'từ': {
        let j = w.end;
        if (w.w === 'kể') {
          j = expectWord(t, j, 'từ');
          if (j < 0) return null;
        }
        const left = parseCore(t, skipSpaces(t, j), ALL);
        if (left === null) return null;
        const range = parseRangeTail(t, left, i);
        if (range !== null) return range;
        if (!isComplete(left.spec)) return null;
        const tro = expectWord(t, left.end, 'trở');
        const di = tro >= 0 ? expectWord(t, tro, 'đi') : -1;
        if (di >= 0 && left.spec.k !== 'rel') {
          return { start: i, end: di, spec: { k: 'horizon', mode: 'from', v: left.spec } };
        }
        return at(left, i);
      }
      case 'đến':
      case 'tới':
        return horizon(t, i, w.end, 'until');
      case 'cho': {
        const e = expectWord(t, w.end, 'đến');
        const j = e >= 0 ? e : expectWord(t, w.end, 'tới');
        return j >= 0 ? horizon(t, i, j, 'until') : null;
      }
      case 'trước':
        return horizon(t, i, w.end, 'before');
      case 'sau':
        return horizon(t, i, w.end, 'after');
      case 'giai':
      case 'thời':
      case 'nhiệm': {
        const j = expectWord(t, w.end, w.w === 'giai' ? 'đoạn' : 'kỳ');
        if (j < 0) return null;
        const s = skipSpaces(t, j);
        const v = parseCore(t, s, ALL);
        if (v === null || v.spec.k !== 'years' || v.spec.from === v.spec.to) {
          const from = v !== null ? parseRangeTail(t, v, s) : null;
          return from !== null ? at(from, i) : null;
        }
        return at(v, i);
      }
      case 'vào':
      case 'lúc':
        // "vào 24/11", "vào 2030": after it a day number is a date and a bare year a year.
        return parseExpression(t, skipSpaces(t, w.end), lenient, true, w.w === 'vào');
      case 'trong': {
        // "trong 2026": a bare year after "trong" is the year; "trong quý 4" reads on.
        const s = skipSpaces(t, w.end);
        return s > w.end ? parseExpression(t, s, lenient, false, true) : null;
      }
      default:
        break;
    }
  }
  const base = parseCore(t, i, context(dateContext, yearContext, lenient));
  if (base === null) return null;
  const range = parseRangeTail(t, base, i);
  if (range !== null) return range;
  return isComplete(base.spec) ? base : null;
}
