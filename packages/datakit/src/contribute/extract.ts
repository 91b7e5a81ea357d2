import { resolve } from 'node:path';
import { type DateValue, extractDates } from '@vnsti/dates';
import { extractMoney, lexicon, parseQuantity, type Quantity } from '@vnsti/money';
import { authoredHeaders, slugify, type TableName, tables } from '@vnsti/schema';
import { readSourceText } from '../io/source-text.js';
import { writeInside } from '../io/write-file.js';
import { type CsvTable, csvLine, readWorkingTables } from './csv.js';
import { ContributeError } from './errors.js';
import { findTitles, type KnownPeople } from './people.js';
import { clip, type Sentence, splitSentences } from './text.js';

/** What a draft row states. */
export type DraftKind = 'position' | 'official' | 'amount' | 'event' | 'metric';

/**
 * One candidate row for a person to review: the table it would go to, its cells in that table's
 * CSV layout (`authoredHeaders`), the sentence it comes from and a note on how it was read.
 */
export interface Draft {
  readonly kind: DraftKind;
  readonly table: TableName;
  /** Cells by CSV header; empty cells are for the reviewer to fill. */
  readonly row: Readonly<Record<string, string>>;
  /** The sentence, verbatim: the row's `quote` (shorten it to the words that carry the fact). */
  readonly quote: string;
  /** Offset of the fact in the source text. */
  readonly index: number;
  /** How it was read and what to check. */
  readonly note: string;
  /** For amounts and metrics: the figure, normalised. */
  readonly figure?: Quantity;
  /** For metrics and events: the period or date, resolved against the publication date. */
  readonly period?: DateValue;
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Repository root. */
  repoRoot: string;
  /** Id of a registered source (a row of `datasets/sources/data/sources.csv`). */
  sourceId: string;
  /** Write the review file (default `true`); `false` only returns the drafts. */
  write?: boolean;
}

/** What {@link extract} drafted. */
export interface ExtractResult {
  readonly sourceId: string;
  /** The review file written, relative to the repository root (`review/<source-id>.md`), or `null`. */
  readonly reviewPath: string | null;
  readonly drafts: readonly Draft[];
}

/** What the datasets already know, for resolving names to ids. */
interface Known {
  people: KnownPeople;
  /** Slug of a name or abbreviation → organization id. */
  organizations: Array<{ slug: string; id: string }>;
  /** Place name (NFC, as written) → id. */
  places: Array<{ name: string; id: string }>;
  placeSlugs: Set<string>;
  /** title_vi (lower-case) → title_en from existing positions. */
  titlesEn: Map<string, string>;
}

function knownFrom(data: Partial<Record<TableName, CsvTable>>): Known {
  const people = new Map<string, { id: string; name: string }>();
  for (const r of data.officials?.rows ?? []) {
    const name = r['name_vi'] ?? '';
    if (name && r['id']) people.set(slugify(name), { id: r['id'], name });
  }
  const organizations: Known['organizations'] = [];
  for (const r of data.organizations?.rows ?? []) {
    for (const n of [r['name_vi'], r['abbreviation']]) {
      const slug = slugify(n ?? '');
      if (slug && r['id']) organizations.push({ slug, id: r['id'] });
    }
  }
  organizations.sort((a, b) => b.slug.length - a.slug.length);
  const places = (data.places?.rows ?? [])
    .map((r) => ({
      name: (r['name_vi'] ?? '').replace(/^(phường|xã|quận|huyện|tỉnh|thành phố) /i, '').normalize('NFC'),
      id: r['id'] ?? '',
    }))
    .filter((p) => p.name && p.id);
  const titlesEn = new Map<string, string>();
  for (const r of data.positions?.rows ?? []) {
    if (r['title_vi'] && r['title_en']) titlesEn.set(r['title_vi'].toLocaleLowerCase('vi'), r['title_en']);
  }
  return { people, organizations, places, placeSlugs: new Set(places.map((p) => slugify(p.name))), titlesEn };
}

/** English rendering of a Vietnamese name: diacritics dropped, đ → d, capitals kept. */
function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function emptyRow(table: TableName): Record<string, string> {
  return Object.fromEntries(authoredHeaders(tables[table]).map((h) => [h, '']));
}

function sentenceAt(sentences: readonly Sentence[], index: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  let best: Sentence | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= index) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && index < best.start + best.text.length ? best : null;
}

/** The dates (sorted by index) that start in [from, to), by binary search. */
function datesIn<T extends { index: number }>(dates: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.index ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < dates.length && (dates[i]?.index ?? 0) < to; i++) out.push(dates[i]!);
  return out;
}

function organizationIn(text: string, known: Known): string {
  const slug = `-${slugify(text)}-`;
  const found = known.organizations.find((o) => slug.includes(`-${o.slug}-`));
  if (found) return found.id;
  // "Bộ trưởng Khoa học và Công nghệ": the ministry named without "Bộ".
  const minister = /^-(?:pho-)?(?:bo-truong|thu-truong(?:-thuong-truc)?)-(.+)$/.exec(slug);
  return minister ? (known.organizations.find((o) => `-bo-${minister[1]}`.startsWith(`-${o.slug}-`))?.id ?? '') : '';
}

function placeIn(text: string, known: Known): string {
  let best: { at: number; id: string } | null = null;
  for (const p of known.places) {
    const at = text.lastIndexOf(p.name);
    if (at !== -1 && (best === null || at > best.at)) best = { at, id: p.id };
  }
  return best?.id ?? '';
}

/** The place the article names most often: the default place of its figures. */
function mainPlace(text: string, known: Known): string {
  let best = { count: 0, id: '' };
  for (const p of known.places) {
    const count = text.split(p.name).length - 1;
    if (count > best.count) best = { count, id: p.id };
  }
  return best.id;
}

// ───────────────────────── positions ─────────────────────────

function draftPositions(sourceId: string, sentences: readonly Sentence[], known: Known): Draft[] {
  const out: Draft[] = [];
  const seen = new Map<string, Draft>();
  const newPeople = new Map<string, Draft>();
  for (const s of sentences) {
    for (const m of findTitles(s.text, known.people, known.placeSlugs)) {
      const person = known.people.get(m.person.slug);
      const official = person?.id ?? m.person.slug;
      const title = m.title.normalize('NFC');
      const key = `${official}\u0000${slugify(title)}`;
      if (seen.has(key)) continue;
      const row = emptyRow('positions');
      row['official'] = official;
      row['title_vi'] = title;
      row['title_en'] = known.titlesEn.get(title.toLocaleLowerCase('vi')) ?? '';
      row['organization'] = organizationIn(title, known);
      row['source'] = sourceId;
      row['quote'] = s.text;
      const draft: Draft = {
        kind: 'position',
        table: 'positions',
        row,
        quote: s.text,
        index: s.start,
        note: `${m.person.name} — "${title}" (${m.form})${person ? '' : '; new official'}${row['organization'] ? '' : '; organization not recognised'}`,
      };
      seen.set(key, draft);
      out.push(draft);
      if (!person && !newPeople.has(official)) {
        const o = emptyRow('officials');
        o['id'] = official;
        o['name_vi'] = m.person.name;
        o['name_en'] = asciiName(m.person.name);
        newPeople.set(official, {
          kind: 'official',
          table: 'officials',
          row: o,
          quote: s.text,
          index: s.start,
          note: `${m.person.name}: not in officials.csv yet`,
        });
      }
    }
  }
  // "Bộ trưởng" beside "Bộ trưởng Bộ Khoa học và Công nghệ" for the same person: keep the longer title.
  const titlesOf = new Map<string, string[]>();
  for (const d of out)
    titlesOf.set(d.row['official'] ?? '', [
      ...(titlesOf.get(d.row['official'] ?? '') ?? []),
      slugify(d.row['title_vi'] ?? ''),
    ]);
  const kept = out.filter((d) => {
    const mine = slugify(d.row['title_vi'] ?? '');
    return !(titlesOf.get(d.row['official'] ?? '') ?? []).some((t) => t.startsWith(`${mine}-`));
  });
  return [...newPeople.values(), ...kept];
}

// ───────────────────────── figures ─────────────────────────

interface FigureHit {
  text: string;
  index: number;
  figure: Quantity;
  money: boolean;
}

const QUALIFIER_BEFORE = /(?:hơn|gần|trên|khoảng|xấp xỉ|chừng|dưới|ít nhất|vượt|tới|đến) $/i;
/** Counted nouns a figure may carry; longest first. */
const COUNT_UNITS = [
  'biên bản ghi nhớ',
  'thỏa thuận hợp tác',
  'thoả thuận hợp tác',
  'doanh nghiệp',
  'dự án',
  'đại biểu',
  'biên bản',
  'thỏa thuận',
  'thoả thuận',
  'hợp đồng',
  'nhà đầu tư',
  'gian hàng',
  'sản phẩm',
  'giải pháp',
  'công trình',
  'đề tài',
  'sáng chế',
  'startup',
  'lượt',
  'người',
  'hộ',
  'ha',
  'héc-ta',
  'hecta',
  'km²',
  'km2',
  'm²',
  'tấn',
  'năm',
  'quốc gia',
  'tổ chức',
  'trường',
  'viện',
].sort((a, b) => b.length - a.length);
/** A Vietnamese magnitude word of `@vnsti/money`'s lexicon, then a space: "triệu ", "tỷ ". */
const MAGNITUDE = new RegExp(
  `^(${[...lexicon.MAGNITUDES].flatMap(([word, m]) => (m.style === 'vi' ? [word] : [])).join('|')}) `,
);
/** The words "thứ" takes in a rank, from the lexicon: "nhất", "nhì", "hai" … "mười". */
const ORDINAL_WORDS = ['nhất', 'nhì', ...lexicon.NUMBER_WORDS.keys()]
  .filter((word) => lexicon.readOrdinalWord(word) !== null)
  .join('|');

/** Every figure of a text: money (through `extractMoney`), percentages, counts of a known noun, ranks. */
function findFigures(text: string, taken: ReadonlyArray<readonly [number, number]>): FigureHit[] {
  const hits: FigureHit[] = [];
  for (const m of extractMoney(text, { defaultCurrency: 'VND' })) {
    const figure = parseQuantity(m.text, { defaultCurrency: 'VND', anyUnit: true });
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
      const afterMag = tail.startsWith(' ') ? (mag ? mag[0].length + 1 : 1) : -1;
      if (afterMag > 0) {
        const rest = tail.slice(afterMag).toLocaleLowerCase('vi');
        const unit = COUNT_UNITS.find((u) => rest.startsWith(u) && !/[\p{L}]/u.test(rest[u.length] ?? ' '));
        if (unit) matched = tail.slice(0, afterMag + unit.length);
      }
    }
    if (!matched) continue;
    end += matched.length;
    const lead = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const from = lead ? start - lead[0].length : start;
    if (covered(from, end)) continue;
    const written = text.slice(from, end);
    const figure = parseQuantity(written, { defaultCurrency: 'VND', anyUnit: true });
    if (figure) {
      hits.push({ text: written, index: from, figure, money: false });
      cover(from, end);
    }
  }
  for (const m of text.matchAll(
    new RegExp(`(?:đứng|xếp|xếp hạng) thứ (\\d{1,3}|${ORDINAL_WORDS})(?![\\p{L}\\d])`, 'giu'),
  )) {
    const written = m[0].replace(/^(đứng|xếp hạng|xếp) /i, '');
    const index = m.index + (m[0].length - written.length);
    const figure = parseQuantity(written, { defaultCurrency: 'VND', anyUnit: true });
    if (figure && !covered(index, index + written.length)) hits.push({ text: written, index, figure, money: false });
  }
  return hits.sort((a, b) => a.index - b.index);
}

// ───────────────────────── metrics ─────────────────────────

interface IndicatorWord {
  words: string;
  indicator: string;
  /** Units the indicator takes: `money` or a unit id of `@vnsti/money`'s lexicon (`percent`, `rank`, `person`…). */
  units: readonly string[];
}

/** Indicator words, most specific first. */
const INDICATORS: readonly IndicatorWord[] = [
  { words: 'bình quân đầu người', indicator: 'grdp-per-capita', units: ['money'] },
  { words: 'thu ngân sách', indicator: 'budget-revenue', units: ['money', 'percent'] },
  { words: 'tăng trưởng hai con số', indicator: 'double-digit-growth-years', units: ['year'] },
  { words: 'chỉ số đổi mới sáng tạo', indicator: 'innovation-index-rank', units: ['rank'] },
  { words: 'quy mô kinh tế', indicator: 'grdp-rank', units: ['rank'] },
  { words: 'hộ nghèo', indicator: 'poor-households', units: ['household'] },
  { words: 'dân số', indicator: 'population', units: ['person'] },
  { words: 'diện tích', indicator: 'area', units: ['km2', 'ha'] },
  { words: 'tăng trưởng', indicator: 'grdp-growth', units: ['percent'] },
  { words: 'grdp', indicator: 'grdp-growth', units: ['percent'] },
  { words: 'doanh nghiệp', indicator: 'enterprise-count', units: ['enterprise'] },
];

/** People counted as delegates ("hơn 450 đại biểu"): an event's attendance, not a population. */
function isDelegates(f: FigureHit): boolean {
  return f.figure.unit === 'person' && /đại biểu/i.test(f.text);
}

function unitClass(figure: Quantity, money: boolean): string {
  return money ? 'money' : figure.unit;
}

/** The enterprise indicator the words after "N doanh nghiệp" name. */
function enterpriseKind(after: string): string {
  const a = after.toLocaleLowerCase('vi').slice(0, 60);
  if (/^doanh nghiệp khoa học/.test(a)) return 'science-technology-enterprise-count';
  if (/^doanh nghiệp công nghệ số/.test(a)) return 'digital-technology-enterprise-count';
  if (/nền tảng số/.test(a.split(/[,;.]/)[0] ?? '')) return 'sme-digital-platform-count';
  return 'enterprise-count';
}

function draftMetrics(
  source: { id: string; published: string },
  text: string,
  sentences: readonly Sentence[],
  figures: readonly FigureHit[],
  dates: ReadonlyArray<{ text: string; index: number; value: DateValue }>,
  known: Known,
): { drafts: Draft[]; used: Set<FigureHit> } {
  const drafts: Draft[] = [];
  const used = new Set<FigureHit>();
  const defaultPlace = mainPlace(text, known);
  const seen = new Set<string>();
  for (const f of figures) {
    const whole = sentenceAt(sentences, f.index);
    if (!whole) continue;
    const s = clip(whole, f.index, f.index + f.text.length);
    const lowerSentence = s.text.toLocaleLowerCase('vi');
    const at = f.index - s.start;
    const cls = unitClass(f.figure, f.money);
    let indicator: string | null = null;
    let keywordAt = -1;
    if (cls === 'enterprise') {
      indicator = enterpriseKind(text.slice(f.index + f.text.length - 'doanh nghiệp'.length));
      keywordAt = at;
    } else {
      // The nearest indicator word before the figure (within the sentence), else right after it.
      let best: { at: number; ind: IndicatorWord } | null = null;
      for (const ind of INDICATORS) {
        if (!ind.units.includes(cls)) continue;
        const k = lowerSentence.lastIndexOf(ind.words, at);
        if (k !== -1 && k + ind.words.length <= at && (best === null || k > best.at)) best = { at: k, ind };
      }
      if (!best) {
        for (const ind of INDICATORS) {
          if (!ind.units.includes(cls)) continue;
          const k = lowerSentence.indexOf(ind.words, at + f.text.length);
          if (k !== -1 && k - at < 80 && (best === null || k < best.at)) best = { at: k, ind };
        }
      }
      if (best) {
        indicator = best.ind.indicator;
        keywordAt = best.at;
      }
    }
    if (!indicator) continue;
    // "dự án … diện tích hơn 86 ha": a project's area, not the place's.
    if (indicator === 'area' && /dự án|khu /.test(lowerSentence.slice(0, at))) continue;
    used.add(f);
    // The period: the date expression nearest the figure in the sentence, preferring one between
    // the indicator word and the figure; else the publication date (a stock observed that day).
    const inSentence = datesIn(dates, s.start, s.start + s.text.length);
    const lo = s.start + Math.min(keywordAt, at);
    const between = inSentence.filter((d) => d.index >= lo && d.index < f.index);
    const pool = between.length > 0 ? between : inSentence;
    const period = pool.reduce<(typeof pool)[number] | null>(
      (best, d) => (best === null || Math.abs(d.index - f.index) < Math.abs(best.index - f.index) ? d : best),
      null,
    );
    const clauseStart = Math.max(s.text.lastIndexOf(',', at), s.text.lastIndexOf(';', at), 0);
    const clause = lowerSentence.slice(clauseStart, at + f.text.length);
    const status = /mục tiêu|phấn đấu|kế hoạch|chỉ tiêu/.test(lowerSentence.slice(0, at))
      ? 'target'
      : /(^|[^\p{L}])(ước|dự kiến)(?![\p{L}])/u.test(clause)
        ? 'estimate'
        : 'actual';
    const basis = /so với cùng kỳ/.test(lowerSentence.slice(at, at + f.text.length + 30))
      ? 'same-period-last-year'
      : cls === 'rank' && /cả nước/.test(lowerSentence)
        ? 'national-ranking'
        : '';
    const place = placeIn(s.text.slice(0, at), known) || defaultPlace;
    const periodText = period?.text ?? source.published;
    const key = `${indicator}\u0000${f.figure.value}\u0000${f.figure.unit}\u0000${period?.value.start ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = emptyRow('metrics');
    row['id'] = [place, indicator, slugify(periodText)].filter(Boolean).join('-');
    row['indicator'] = indicator;
    row['place'] = place;
    row['period'] = periodText;
    row['value'] = f.text.replace(/^(dự kiến|ước tính|ước)( đạt)? /i, '');
    row['status'] = status;
    row['basis'] = basis;
    row['source'] = source.id;
    row['quote'] = s.text;
    drafts.push({
      kind: 'metric',
      table: 'metrics',
      row,
      quote: s.text,
      index: f.index,
      note: `${indicator} = "${f.text}" for ${periodText}${period ? '' : ' (no period in the sentence: the publication date)'}; place ${place || '?'}`,
      figure: f.figure,
      ...(period ? { period: period.value } : {}),
    });
  }
  return { drafts, used };
}

// ───────────────────────── amounts ─────────────────────────

function draftAmounts(
  sourceId: string,
  sentences: readonly Sentence[],
  figures: readonly FigureHit[],
  known: Known,
): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (
      !f.money &&
      !(['project', 'agreement', 'contract', 'ha', 'investor', 'booth'].includes(f.figure.unit) || isDelegates(f))
    ) {
      continue;
    }
    const whole = sentenceAt(sentences, f.index);
    if (!whole) continue;
    const s = clip(whole, f.index, f.index + f.text.length);
    const key = `${f.figure.value}\u0000${f.figure.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = f.index - s.start;
    const lower = s.text.toLocaleLowerCase('vi');
    // The clause around the amount, and the nearest project or organization words before it.
    const clauseFrom = Math.max(s.text.lastIndexOf(',', at - 1) + 1, s.text.lastIndexOf(';', at - 1) + 1, 0);
    const nextComma = s.text.slice(at + f.text.length).search(/[,;]/);
    const clause = s.text.slice(clauseFrom, nextComma === -1 ? s.text.length : at + f.text.length + nextComma).trim();
    const projectAt = Math.max(
      s.text.lastIndexOf('dự án', at),
      s.text.lastIndexOf('Dự án', at),
      s.text.lastIndexOf('Khu ', at),
    );
    const project =
      projectAt === -1 ? '' : s.text.slice(projectAt, s.text.slice(projectAt).search(/,|;|$/) + projectAt).trim();
    const investor = /do (.{2,60}?) làm chủ đầu tư/.exec(s.text)?.[1] ?? '';
    const organization = organizationIn(investor || s.text, known);
    const context = [
      clause && `clause: "${clause}"`,
      project && `project: "${project}"`,
      investor && `investor: "${investor}"`,
      organization && `organization: ${organization}`,
    ]
      .filter(Boolean)
      .join('; ');
    let table: TableName;
    const row: Record<string, string> = {};
    if (isDelegates(f)) {
      table = 'events';
      Object.assign(row, emptyRow('events'), { attendance: f.text });
    } else if (/cam kết|biên bản ghi nhớ|ký kết/.test(lower) && (f.money || f.figure.unit === 'agreement')) {
      table = 'event-outcomes';
      Object.assign(row, emptyRow('event-outcomes'), {
        kind: /cam kết/.test(lower) && f.money ? 'commitment' : 'mou',
        [f.money ? 'money' : 'count']: f.text,
      });
    } else {
      table = 'projects';
      Object.assign(row, emptyRow('projects'));
      const bundle = f.figure.unit === 'project';
      row['kind'] = bundle ? 'bundle' : 'project';
      if (bundle) row['count'] = f.text;
      else if (f.money) row['investment'] = f.text;
      else row['area'] = f.text;
      if (!bundle && project) {
        row['name_vi'] = project.replace(/^(dự án|Dự án) /, '');
        row['id'] = slugify(row['name_vi']).split('-').slice(0, 8).join('-');
      }
      row['place'] = placeIn(s.text, known);
      row['status'] = /chấp thuận/.test(lower)
        ? 'approved'
        : /giấy chứng nhận/.test(lower)
          ? 'licensed'
          : /triển khai/.test(lower)
            ? 'in-progress'
            : '';
    }
    row['source'] = sourceId;
    row['quote'] = s.text;
    drafts.push({
      kind: 'amount',
      table,
      row,
      quote: s.text,
      index: f.index,
      note: `"${f.text}" — ${context || 'no context found'}`,
      figure: f.figure,
    });
  }
  return drafts;
}

// ───────────────────────── events ─────────────────────────

const EVENT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['hội nghị', 'conference'],
  ['hội thảo', 'workshop'],
  ['diễn đàn', 'forum'],
  ['triển lãm', 'exhibition'],
  ['hội chợ', 'fair'],
  ['lễ', 'ceremony'],
  ['kỳ họp', 'meeting'],
  ['sự kiện', 'conference'],
  ['khai mạc', 'ceremony'],
];

function draftEvents(
  sourceId: string,
  sentences: readonly Sentence[],
  dates: ReadonlyArray<{ text: string; index: number; value: DateValue }>,
  known: Known,
): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const d of dates) {
    if (d.value.precision !== 'day' || /^\d{4}-\d{2}-\d{2}$/.test(d.text)) continue; // a dateline is not an event date
    const whole = sentenceAt(sentences, d.index);
    if (!whole) continue;
    const s = clip(whole, d.index, d.index + d.text.length);
    const lower = s.text.toLocaleLowerCase('vi');
    let found: { at: number; kind: string; words: string } | null = null;
    for (const [words, kind] of EVENT_WORDS) {
      const re = new RegExp(`(^|[^\\p{L}])${words}(?![\\p{L}])`, 'u');
      const m = re.exec(lower);
      if (m && (found === null || m.index < found.at)) found = { at: m.index + m[1]!.length, kind, words };
    }
    if (!found) continue;
    const key = d.value.start;
    if (seen.has(key)) continue;
    seen.add(key);
    const rest = s.text.slice(found.at);
    const quoted = /^[^"“”]{0,40}["“]([^"”]{5,200})["”]/.exec(rest);
    const name = (
      quoted
        ? `${rest.slice(0, found.words.length)} ${quoted[1]}`
        : (rest.split(/[.;:]|, (?:sáng|chiều|tối|ngày)/)[0] ?? rest)
    ).trim();
    const row = emptyRow('events');
    row['id'] = [...slugify(name).split('-').slice(0, 8), d.value.start.slice(0, 4)].join('-');
    row['name_vi'] = name.slice(0, 200);
    row['kind'] = found.kind;
    row['date'] = d.text;
    row['place'] = placeIn(s.text, known);
    row['source'] = sourceId;
    row['quote'] = s.text;
    drafts.push({
      kind: 'event',
      table: 'events',
      row,
      quote: s.text,
      index: d.index,
      note: `"${d.text}" = ${d.value.start}${d.value.partOfDay ? ` (${d.value.partOfDay})` : ''} near "${found.words}"`,
      period: d.value,
    });
  }
  return drafts;
}

// ───────────────────────── entry ─────────────────────────

/**
 * Drafts candidate rows from a source's text without touching the datasets: people with their
 * titles (→ `positions`, and `officials` for people not known yet), amounts with their context (→
 * `projects`, `event-outcomes`, `events.attendance`), event dates (→ `events`) and metrics with their
 * periods (→ `metrics`). Uses `@vnsti/money` and `@vnsti/dates` (the publication date is the
 * reference) and the officials, organizations, places and positions already in the datasets.
 *
 * @param sourceId - A registered source.
 * @param text - Its text.
 * @param published - Its publication date.
 * @param data - The dataset tables (for known names).
 * @returns The drafts, in table order then text order.
 * @example
 * ```ts
 * draftRecords('s', 'Dự có Phó thủ tướng Trần Lưu Quang.', '2023-09-29', {})[0]?.row;
 * // { id: 'tran-luu-quang', name_vi: 'Trần Lưu Quang', name_en: 'Tran Luu Quang' } (a new official), then the position
 * ```
 */
export function draftRecords(
  sourceId: string,
  text: string,
  published: string,
  data: Partial<Record<TableName, CsvTable>>,
): Draft[] {
  const t = text.normalize('NFC');
  const known = knownFrom(data);
  const sentences = splitSentences(t);
  const dates = extractDates(t, { reference: published });
  const figures = findFigures(
    t,
    dates.map((d) => [d.index, d.index + d.text.length] as const),
  );
  const metrics = draftMetrics({ id: sourceId, published }, t, sentences, figures, dates, known);
  const amounts = draftAmounts(
    sourceId,
    sentences,
    figures.filter((f) => !metrics.used.has(f)),
    known,
  );
  return [
    ...draftPositions(sourceId, sentences, known),
    ...draftEvents(sourceId, sentences, dates, known),
    ...amounts,
    ...metrics.drafts,
  ];
}

/** Formats drafts as the Markdown review file: per table a CSV block to copy, then a note per row. */
export function formatReview(
  source: { id: string; title: string; published: string },
  drafts: readonly Draft[],
): string {
  const lines = [
    `# Draft records from \`${source.id}\``,
    '',
    `Source: ${source.title} (published ${source.published}); text: \`datasets/sources/text/${source.id}.txt\`.`,
    '',
    'Drafted by `vnsti extract`: nothing here is in the datasets. For each row, read the quote, fix or',
    'delete the row, fill the empty cells (English names and titles, organizations, places), shorten',
    'the quote to the words that state the fact (it must stay verbatim), then copy the rows into the',
    'CSV file named in the heading and run `npx vnsti validate`.',
  ];
  const byTable = new Map<TableName, Draft[]>();
  for (const d of drafts) byTable.set(d.table, [...(byTable.get(d.table) ?? []), d]);
  if (drafts.length === 0) lines.push('', 'Nothing was drafted: read the article and add its facts by hand.');
  for (const [table, rows] of byTable) {
    const headers = authoredHeaders(tables[table]);
    lines.push(
      '',
      `## ${table} → \`datasets/${tables[table].dataset}/data/${table}.csv\` (${rows.length})`,
      '',
      '```csv',
      headers.join(','),
    );
    for (const d of rows) lines.push(csvLine(headers, d.row));
    lines.push('```', '');
    rows.forEach((d, i) => {
      lines.push(`${i + 1}. ${d.note.replaceAll('\n', ' ')}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Drafts candidate rows from a registered source (see {@link draftRecords}) and writes them to
 * `review/<source-id>.md` for a person to review; never writes into `datasets/`.
 *
 * @param options - See {@link ExtractOptions}.
 * @returns The drafts and the review file's path.
 * @throws ContributeError when the source is not registered or its text is missing.
 * @example
 * ```ts
 * const r = extract({ repoRoot: '.', sourceId: '2025-08-21-hai-phong-hoi-nghi-dot-pha-khcn-dmst-cds' });
 * r.reviewPath; // 'review/2025-08-21-hai-phong-hoi-nghi-dot-pha-khcn-dmst-cds.md'
 * ```
 */
export function extract(options: ExtractOptions): ExtractResult {
  const root = resolve(options.repoRoot);
  const data = readWorkingTables(root);
  const source = data.sources?.rows.find((r) => r['id'] === options.sourceId);
  if (!source)
    throw new ContributeError(
      `source "${options.sourceId}" is not in datasets/sources/data/sources.csv (run vnsti add-source first)`,
    );
  const text = readSourceText(root, source['text_file'] || `text/${options.sourceId}.txt`);
  const published = source['published'] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new ContributeError(`source ${options.sourceId} has no valid published date`);
  const drafts = draftRecords(options.sourceId, text, published, data);
  if (options.write === false) return { sourceId: options.sourceId, reviewPath: null, drafts };
  const reviewPath = `review/${options.sourceId}.md`;
  writeInside(
    root,
    reviewPath,
    formatReview({ id: options.sourceId, title: source['title_vi'] ?? '', published }, drafts),
  );
  return { sourceId: options.sourceId, reviewPath, drafts };
}
