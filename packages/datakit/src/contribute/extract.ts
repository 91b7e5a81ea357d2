import { resolve } from 'node:path';
import { type DateValue, extractDates, parseIso } from '@vnsti/dates';
import type { Quantity } from '@vnsti/money';
import { authoredHeaders, Id, slugify, type TableName, tables } from '@vnsti/schema';
import { writeInside } from '../io/write-file.js';
import { type CsvTable, csvLine, readWorkingTables } from './csv.js';
import { ContributeError, RefusedError } from './errors.js';
import { type DateHit, eventSpan, findEventWord, isDayDate, opensWithDate } from './events.js';
import { findPeople, findTitles, type KnownPeople, TITLE_HEADS } from './people.js';
import { type PlaceMention, placeMentions, type Resolvers, resolversFrom } from './resolve.js';
import { type FigureHit, findFigures } from './figures.js';
import {
  countedNouns,
  type IndicatorEntry,
  type IndicatorMatch,
  indicatorsFrom,
  matchIndicator,
  unitKindOf,
} from './indicators.js';
import { AMOUNT_PHRASES, metricStatus, type PeriodHit, PROJECT_WORDS, periodOf } from './metrics.js';
import { readRegisteredText } from './registered-text.js';
import { shown } from './shown.js';
import { clip, type Sentence, splitSentences, tokenize } from './text.js';

/** What a draft row states. */
export type DraftKind =
  | 'position'
  | 'official'
  | 'participant'
  | 'place'
  | 'organization'
  | 'amount'
  | 'event'
  | 'metric';

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
  /** The indicator registry. */
  indicators: IndicatorEntry[];
  /** Place and organization names → ids (the datasets' resolvers, or the default built from the tables). */
  resolvers: Resolvers;
}

function knownFrom(data: Partial<Record<TableName, CsvTable>>, resolvers?: Partial<Resolvers>): Known {
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
  const defaults = resolversFrom(data);
  return {
    people,
    organizations,
    places,
    placeSlugs: new Set(places.map((p) => slugify(p.name))),
    titlesEn,
    indicators: indicatorsFrom(data.indicators),
    resolvers: {
      place: resolvers?.place ?? defaults.place,
      organization: resolvers?.organization ?? defaults.organization,
    },
  };
}

/** What {@link knownFrom} built for a set of tables (read once, then reused: the tables are not changed). */
const knownCache = new WeakMap<object, Known>();
function knownOf(data: Partial<Record<TableName, CsvTable>>, resolvers?: Partial<Resolvers>): Known {
  if (resolvers) return knownFrom(data, resolvers);
  let known = knownCache.get(data);
  if (!known) {
    known = knownFrom(data);
    knownCache.set(data, known);
  }
  return known;
}

/** English rendering of a Vietnamese name: diacritics dropped, đ → d, capitals kept. */
function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

const headersOf = new Map<TableName, string[]>();
function emptyRow(table: TableName): Record<string, string> {
  let headers = headersOf.get(table);
  if (!headers) {
    headers = authoredHeaders(tables[table]);
    headersOf.set(table, headers);
  }
  return Object.fromEntries(headers.map((h) => [h, '']));
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

/**
 * The place names of a text written with their administrative word, a person's name that follows
 * cut off ("UBND tỉnh Quảng Ninh Nguyễn Xuân Ký" → "Quảng Ninh"; "tỉnh Lê Văn An" is no place).
 */
function placeNames(text: string, known: Known): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of placeMentions(text)) {
    const tokens = tokenize(m.name);
    const person = findPeople(tokens, known.people, known.placeSlugs)[0];
    if (!person) out.push(m);
    else if (person.from > 0) {
      const name = m.name.slice(0, tokens[person.from - 1]?.end ?? 0);
      out.push({ ...m, name, text: m.text.slice(0, m.text.length - (m.name.length - name.length)) });
    }
  }
  return out;
}

/** The place a text names last: a name with its administrative word the resolver knows, else a known place name. */
function placeIn(text: string, known: Known, date = ''): string {
  let best: { at: number; id: string } | null = null;
  for (const m of placeNames(text, known)) {
    const id = known.resolvers.place(m.name, date);
    if (id && (best === null || m.index > best.at)) best = { at: m.index, id };
  }
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

/** The organization part of a title: the title without its head ("Tổng Giám đốc Hanwon Electronics Việt Nam" → "Hanwon Electronics Việt Nam"). */
function organizationOfTitle(title: string): string {
  const lower = title.toLocaleLowerCase('vi');
  const head = TITLE_HEADS.find((h) => lower.startsWith(`${h} `));
  const rest = head ? title.slice(head.length + 1) : '';
  return rest.replace(/^(?:of|của|tại|kiêm)\s+/i, '').trim();
}

/** What a person did, from the words around the mention: speaker, chair or attendee. */
function roleIn(sentence: string, personName: string): string {
  const at = sentence.indexOf(personName);
  const after = sentence.slice(at + personName.length, at + personName.length + 120).toLocaleLowerCase('vi');
  const before = sentence.slice(0, Math.max(0, at)).toLocaleLowerCase('vi');
  if (/^(?:phát biểu khai mạc|mở đầu)/.test(before) || /^[^.]{0,100}phát biểu khai mạc/.test(after)) return 'opened';
  if (/(?:chủ trì|làm trưởng đoàn|dẫn đầu)/.test(after.split(/[,;]/)[0] ?? '') || /chủ trì$/.test(before.trim()))
    return 'chaired';
  if (
    /^(?:phát biểu|báo cáo|chia sẻ)/.test(before) ||
    /^[^.]{0,100}(?:cho biết|phát biểu|nhấn mạnh|khẳng định|chia sẻ|báo cáo)/.test(after)
  )
    return 'spoke';
  if (/(?:tham dự|dự|có mặt|cùng đi|cùng dự)[^.]{0,200}$/.test(before)) return 'attended';
  return '';
}

/** A person with what they did, for `event-participants`. */
interface RoleMention {
  official: string;
  role: string;
  index: number;
  quote: string;
}

function draftPositions(
  sourceId: string,
  sentences: readonly Sentence[],
  known: Known,
  published: string,
  roles: RoleMention[] = [],
): Draft[] {
  const newOrganizations = new Map<string, Draft>();
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
      const orgText = organizationOfTitle(title);
      row['organization'] =
        organizationIn(title, known) || (orgText ? (known.resolvers.organization(orgText, published) ?? '') : '');
      if (!row['organization'] && /\p{Lu}/u.test(orgText) && orgText.split(' ').length >= 2) {
        const id = slugify(orgText);
        if (!newOrganizations.has(id)) {
          const o = emptyRow('organizations');
          o['id'] = id;
          o['name_vi'] = orgText;
          o['source'] = sourceId;
          o['quote'] = s.text;
          newOrganizations.set(id, {
            kind: 'organization',
            table: 'organizations',
            row: o,
            quote: s.text,
            index: s.start,
            note: `${orgText}: not known to the organization resolver; check the name, give kind, place and English name`,
          });
        }
        row['organization'] = id;
      }
      const role = roleIn(s.text, m.person.name);
      if (role)
        roles.push({ official, role, index: s.start + Math.max(0, s.text.indexOf(m.person.name)), quote: s.text });
      row['source'] = sourceId;
      row['quote'] = s.text;
      const draft: Draft = {
        kind: 'position',
        table: 'positions',
        row,
        quote: s.text,
        index: s.start,
        note: `${m.person.name} — "${title}" (${m.form})${role ? `; ${role}` : ''}${person ? '' : '; new official'}${row['organization'] ? '' : '; organization not recognised'}`,
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
  return [...newPeople.values(), ...newOrganizations.values(), ...kept];
}

// ───────────────────────── metrics ─────────────────────────

/** Counted nouns that are always an event's or a deal's amount, never a figure about a place. */
const AMOUNT_UNITS = new Set(['booth', 'agreement', 'contract', 'investor']);

/** People counted at an event (its attendance, its guests), not residents of a place: the unit is `person` either way. */
const ATTENDEES = /(?:đại biểu|khách mời|nhà khoa học|chuyên gia)$/iu;

/** Whether a figure is an event's or a deal's amount by its unit alone. */
const isAmountUnit = (f: FigureHit) =>
  AMOUNT_UNITS.has(f.figure.unit) || (f.figure.unit === 'person' && ATTENDEES.test(f.text));

/**
 * The period a sentence without one inherits: the last period (not a day) stated earlier in its
 * paragraph, else one stated in the article's first paragraph (the report's period); none when the
 * sentence speaks of the present ("hiện có", "hiện nay", "đến nay": a stock on the publication date).
 */
function carriedPeriod(text: string, s: Sentence, periods: readonly PeriodHit[]): PeriodHit | null {
  if (/(?:^|[^\p{L}])(?:hiện|đến nay|tới nay)(?![\p{L}])/iu.test(s.text)) return null;
  const paragraph = Math.max(text.lastIndexOf('\n', s.start - 1), 0);
  const inParagraph = periods.filter((d) => d.index >= paragraph && d.index < s.start).at(-1);
  if (inParagraph) return inParagraph;
  const lead = text.search(/\n\s*\n/);
  return periods.find((d) => d.index < (lead === -1 ? 0 : lead) && d.index < s.start) ?? null;
}

/** Words that make money with no indicator phrase a figure to report (a goal, an estimate) rather than a deal's amount. */
const STATED_AS_METRIC = /mục tiêu|phấn đấu|kế hoạch|chỉ tiêu|ước|dự toán/u;

/** The nearest of `phrases` that ends before `at` in `lower`, as its end offset, or −1. */
function nearestBefore(lower: string, at: number, phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    const k = lower.lastIndexOf(p, at - p.length);
    if (k !== -1 && k + p.length > best) best = k + p.length;
  }
  return best;
}

/**
 * Sorts figures into metrics (a figure about a place, mapped to the indicator registry) and amounts
 * (of a project, a deal or an event), and drafts the metrics: indicator from the registry (or none
 * fits, said in the note), unit kind never changed, status and period from the sentence.
 */
function draftMetrics(
  source: { id: string; published: string },
  text: string,
  sentences: readonly Sentence[],
  figures: readonly FigureHit[],
  dates: readonly PeriodHit[],
  known: Known,
): { drafts: Draft[]; amounts: FigureHit[] } {
  const drafts: Draft[] = [];
  const amounts: FigureHit[] = [];
  const defaultPlace = mainPlace(text, known);
  const seen = new Set<string>();
  const periods = dates.filter((d) => d.value.precision !== 'day');
  let last: { sentence: number; kind: string; match: IndicatorMatch } | null = null;
  for (const [n, f] of figures.entries()) {
    const whole = sentenceAt(sentences, f.index);
    if (!whole) continue;
    const s = clip(whole, f.index, f.index + f.text.length);
    const lower = s.text.toLocaleLowerCase('vi');
    const at = f.index - s.start;
    const kind = unitKindOf(f.figure);
    const prev = figures[n - 1];
    const next = figures[n + 1];
    const bounds = {
      from: prev && prev.index >= s.start ? prev.index + prev.text.length - s.start : 0,
      to: next && next.index < s.start + s.text.length ? next.index - s.start : s.text.length,
    };
    if (isAmountUnit(f)) {
      amounts.push(f);
      continue;
    }
    // No phrase of its own after the previous figure of the sentence: a list of one indicator
    // ("GRDP quý 2 tăng 11,2%, quý 3 ước đạt 13,92%") keeps the previous figure's indicator.
    const match: IndicatorMatch | null =
      matchIndicator(known.indicators, lower, at, f.text.length, f.figure, bounds) ??
      (last && last.sentence === s.start && last.kind === kind ? last.match : null);
    if (match) last = { sentence: s.start, kind, match };
    const amountAt = nearestBefore(lower, at, AMOUNT_PHRASES);
    const phraseEnd = match && match.at >= 0 && match.at < at ? match.at + (match.phrase?.length ?? 0) : -1;
    const projectSite = kind === 'area' && PROJECT_WORDS.test(lower.slice(0, at));
    const projectCount = f.figure.unit === 'project' && !/(?:^|\s)(?:hiện )?có $/.test(lower.slice(0, at));
    if (
      projectCount ||
      projectSite ||
      ((kind === 'money' || kind === 'area' || kind === 'count') && amountAt > phraseEnd) ||
      (kind === 'money' && !match && !STATED_AS_METRIC.test(lower))
    ) {
      amounts.push(f);
      continue;
    }
    if (!match && kind === 'years') continue;
    const inSentence = datesIn(dates, s.start, s.start + s.text.length);
    const carried = carriedPeriod(text, s, periods);
    const period = periodOf(s.text, s.start, f.index, inSentence, carried);
    const status = metricStatus(s.text, at, period?.value ?? null, source.published);
    const indicator = match?.entry.id ?? '';
    const basis = /so với cùng kỳ/.test(lower.slice(at, at + f.text.length + 30))
      ? 'same-period-last-year'
      : kind === 'rank' && /cả nước/.test(lower)
        ? 'national-ranking'
        : '';
    const place = placeIn(s.text.slice(0, at), known, source.published) || defaultPlace;
    const periodText = period?.text ?? source.published;
    const key = `${indicator}\u0000${f.figure.value}\u0000${f.figure.unit}\u0000${period?.value.start ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = emptyRow('metrics');
    row['id'] = [place, indicator || slugify(f.figure.unit), slugify(periodText)].filter(Boolean).join('-');
    row['indicator'] = indicator;
    row['place'] = place;
    row['period'] = periodText;
    row['value'] = f.text.replace(/^(dự kiến|ước tính|ước)( đạt)? /i, '');
    row['status'] = status;
    row['basis'] = basis;
    row['source'] = source.id;
    row['quote'] = s.text;
    const how = match
      ? `${indicator}${match.phrase ? ` ("${match.phrase}")` : ' (by its noun)'}`
      : `no indicator of the registry takes a ${kind} here: pick one or add a row to datasets/metrics/data/indicators.csv`;
    drafts.push({
      kind: 'metric',
      table: 'metrics',
      row,
      quote: s.text,
      index: f.index,
      note: `${how} = "${f.text}" (${kind}), ${status}, for ${periodText}${period ? '' : ' (no period stated: the publication date)'}; place ${place || '?'}`,
      figure: f.figure,
      ...(period ? { period: period.value } : {}),
    });
  }
  return { drafts, amounts };
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
    if (f.figure.unit === 'person' && /đại biểu$/iu.test(f.text)) {
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

/** The venue an event sentence names after "tại" ("tại Cung Hội nghị quốc tế Ariyana"), as written. */
function venueIn(sentence: string): string {
  const m =
    /(?:^|[\s,])tại ((?:\p{Lu}[\p{L}\p{M}.&-]*|\d+)(?:[ -](?:\p{Lu}[\p{L}\p{M}.&-]*|\d+|quốc tế|hội nghị|triển lãm|tỉnh|thành phố|dữ liệu|công nghệ cao|công nghiệp))*)/u.exec(
      sentence,
    );
  return m?.[1] ?? '';
}

function draftEvents(
  sourceId: string,
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateHit[],
  known: Known,
  published: string,
): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const consumed = new Set<number>();
  let mainPlaceId: string | null = null;
  const defaultPlaceOf = () => {
    mainPlaceId ??= mainPlace(text, known);
    return mainPlaceId;
  };
  const dayDates = dates.filter(isDayDate);
  for (const [n, first] of dayDates.entries()) {
    if (consumed.has(first.index) || /^\d{4}-\d{2}-\d{2}$/.test(first.text)) continue; // a dateline is not an event date
    const whole = sentenceAt(sentences, first.index);
    if (!whole) continue;
    const s = clip(whole, first.index, first.index + first.text.length);
    const word = findEventWord(s.text);
    if (!word && !opensWithDate(s.text, s.start, first)) continue;
    const later = dayDates.slice(n + 1).filter((d) => d.index < s.start + s.text.length);
    const d = eventSpan(text, first, later);
    for (const l of later)
      if (l.value.end <= d.value.end && /^(?:đến|tới|kéo dài)/i.test(l.text)) consumed.add(l.index);
    const key = `${d.value.start}..${d.value.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rest = word
      ? s.text.slice(word.index)
      : s.text.slice(first.index - s.start + first.text.length).replace(/^[,\s]+/, '');
    const quoted = /^[^"“”]{0,40}["“]([^"”]{5,200})["”]/.exec(rest);
    const name = (
      quoted && word
        ? `${rest.slice(0, word.words.length)} ${quoted[1]}`
        : (rest.split(/[.;:]|,\s|\s(?:diễn ra|được tổ chức|tổ chức|khai mạc|tại|từ ngày|vào)\s/)[0] ?? rest)
    ).trim();
    const row = emptyRow('events');
    row['id'] = [...slugify(name).split('-').slice(0, 8), d.value.start.slice(0, 4)].filter(Boolean).join('-');
    row['name_vi'] = name.slice(0, 200);
    row['kind'] = word?.kind ?? 'meeting';
    row['date'] = d.text;
    row['venue_vi'] = venueIn(s.text);
    row['place'] = placeIn(s.text, known, published) || defaultPlaceOf();
    row['source'] = sourceId;
    row['quote'] = s.text;
    drafts.push({
      kind: 'event',
      table: 'events',
      row,
      quote: s.text,
      index: d.index,
      note: `"${d.text}" = ${d.value.start}${d.value.end !== d.value.start ? ` to ${d.value.end}` : ''}${d.value.partOfDay ? ` (${d.value.partOfDay})` : ''} ${word ? `near "${word.words}"` : '(a paragraph that opens with its date)'}`,
      period: d.value,
    });
  }
  return drafts;
}

/** `places` rows for the places the text names with an administrative word that the resolver does not know. */
function draftNewPlaces(
  sourceId: string,
  text: string,
  sentences: readonly Sentence[],
  known: Known,
  published: string,
): Draft[] {
  const out = new Map<string, Draft>();
  for (const m of placeNames(text, known)) {
    const id = slugify(m.name);
    if (out.has(id) || known.resolvers.place(m.name, published) || known.placeSlugs.has(id)) continue;
    const s = sentenceAt(sentences, m.index);
    if (!s) continue;
    const quote = clip(s, m.index, m.index + m.text.length, 80).text;
    const row = emptyRow('places');
    row['id'] = id;
    row['name_vi'] = m.name;
    row['name_en'] = asciiName(m.name);
    row['kind'] = m.kind;
    row['source'] = sourceId;
    row['quote'] = quote;
    out.set(id, {
      kind: 'place',
      table: 'places',
      row,
      quote,
      index: m.index,
      note: `"${m.text}": not known to the place resolver on ${published}; check whether it is a former unit merged into a current one`,
    });
  }
  return [...out.values()];
}

/**
 * `event-participants` rows: each person whose sentence says what they did (opened, chaired, spoke,
 * attended), at the event drafted last before the mention (else the article's first event).
 */
function draftParticipants(sourceId: string, roles: readonly RoleMention[], events: readonly Draft[]): Draft[] {
  if (events.length === 0) return [];
  const out = new Map<string, Draft>();
  for (const r of roles) {
    const event = events.filter((e) => e.index <= r.index).at(-1) ?? events[0]!;
    const key = `${event.row['id']}\u0000${r.official}\u0000${r.role}`;
    if (out.has(key)) continue;
    const row = emptyRow('event-participants');
    row['event'] = event.row['id'] ?? '';
    row['official'] = r.official;
    row['role'] = r.role;
    row['source'] = sourceId;
    row['quote'] = r.quote;
    out.set(key, {
      kind: 'participant',
      table: 'event-participants',
      row,
      quote: r.quote,
      index: r.index,
      note: `${r.official} ${r.role} ${event.row['id']} (the event drafted nearest before the mention: check it)`,
    });
  }
  return [...out.values()];
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
  resolvers?: Partial<Resolvers>,
): Draft[] {
  const t = text.normalize('NFC');
  const known = knownOf(data, resolvers);
  const sentences = splitSentences(t);
  const dates = extractDates(t, { reference: published });
  const figures = findFigures(
    t,
    dates.map((d) => [d.index, d.index + d.text.length] as const),
    countedNouns(data.indicators),
  );
  const metrics = draftMetrics({ id: sourceId, published }, t, sentences, figures, dates, known);
  const amounts = draftAmounts(sourceId, sentences, metrics.amounts, known);
  const roles: RoleMention[] = [];
  const positions = draftPositions(sourceId, sentences, known, published, roles);
  const events = draftEvents(sourceId, t, sentences, dates, known, published);
  return [
    ...draftNewPlaces(sourceId, t, sentences, known, published),
    ...positions,
    ...events,
    ...draftParticipants(sourceId, roles, events),
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
 * @throws RefusedError when the id is not a kebab-case ASCII id, the source has no stored text,
 * its text file is refused (outside the repository, not a regular file, too large, not UTF-8) or
 * no longer has the row's SHA-256; ContributeError when the source is not registered or its
 * published date is not a day; RepositoryFileError when `review/` leads out of the repository.
 * @example
 * ```ts
 * const r = extract({ repoRoot: '.', sourceId: '2025-08-21-hai-phong-hoi-nghi-dot-pha-khcn-dmst-cds' });
 * r.reviewPath; // 'review/2025-08-21-hai-phong-hoi-nghi-dot-pha-khcn-dmst-cds.md'
 * ```
 */
export function extract(options: ExtractOptions): ExtractResult {
  // The id names the review file: refused before anything is read unless it is an id as the schema defines one.
  if (!Id.safeParse(options.sourceId).success)
    throw new RefusedError(
      `source id ${shown(options.sourceId)} is not a kebab-case ASCII id (a-z, 0-9 and single hyphens)`,
    );
  const root = resolve(options.repoRoot);
  const data = readWorkingTables(root);
  const source = data.sources?.rows.find((r) => r['id'] === options.sourceId);
  if (!source)
    throw new ContributeError(
      `source "${options.sourceId}" is not in datasets/sources/data/sources.csv (run vnsti add-source first)`,
    );
  const text = readRegisteredText(root, source);
  const published = source['published'] ?? '';
  if (parseIso(published) === null) throw new ContributeError(`source ${options.sourceId} has no valid published date`);
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
