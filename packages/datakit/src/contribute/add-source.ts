import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIso, todayInVietnam } from '@vnsti/dates';
import { authoredHeaders, slugify, tables } from '@vnsti/schema';
import { foldWhitespace } from '../rows/fold.js';
import { isWebAddress } from '../checks/web-addresses.js';
import { RepositoryFileError } from '../io/errors.js';
import { MAX_CSV_BYTES, MAX_TEXT_BYTES, readBoundedFile, readRepositoryFile } from '../io/read-file.js';
import { writeInside } from '../io/write-file.js';
import { csvLine, lineEnding, parseCsvTable } from './csv.js';
import { findControlCharacter } from './control-characters.js';
import { ContributeError } from './errors.js';
import { shown } from './shown.js';

/** Options of {@link addSource}. */
export interface AddSourceOptions {
  /** Repository root (the folder holding `datasets/`). */
  repoRoot: string;
  /** The article text file (UTF-8); relative paths are read from the current directory. */
  articlePath: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  /** Publisher as the text names it ("Tiền Phong Online (TPO)"); its abbreviation in brackets starts the id. */
  publisher?: string;
  /** Where the article was published (http or https). */
  url?: string;
  /** Headline in Vietnamese; defaults to the text's first line (a leading " date …" dateline dropped). */
  titleVi?: string;
  /** Headline in English. */
  titleEn: string;
  /** The date was deduced from the text rather than stated in it (`published_basis` inferred). */
  inferred?: boolean;
  /** How an inferred date was deduced (`published_note`). */
  note?: string;
  /** Today in Vietnam, `YYYY-MM-DD` (for tests); a later publication date is refused. */
  today?: string;
}

/** Why {@link addSource} refused to register a text. */
export type AddSourceRefusal =
  | 'duplicate'
  | 'bad-date'
  | 'bad-url'
  | 'unreadable'
  | 'not-utf8'
  | 'control-character'
  | 'empty';

/**
 * What {@link addSource} did: the new source's id, text path and checksum, or the reason it wrote
 * nothing.
 */
export type AddSourceResult =
  | {
      readonly ok: true;
      /** The new source id. */
      readonly id: string;
      /** Path of the copied text, relative to the repository root. */
      readonly textPath: string;
      /** SHA-256 of the text, lowercase hex. */
      readonly sha256: string;
      /** The row appended to `datasets/sources/data/sources.csv`, by header. */
      readonly row: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly reason: AddSourceRefusal;
      /** A sentence for the person at the terminal. */
      readonly message: string;
      /** For a duplicate: the id of the source that already holds the text. */
      readonly duplicateOf?: string;
    };

const SOURCES_CSV = 'datasets/sources/data/sources.csv';
const TEXT_DIR = 'datasets/sources/text';

/**
 * Whether `iso` is a real calendar date written `YYYY-MM-DD` (no 2025-02-30, no month 13).
 *
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2025-02-29'); // false
 * ```
 */
export function isCalendarDate(iso: string): boolean {
  return parseIso(iso) !== null;
}

/** The headline a text gives: its first non-blank line, without a " date YYYY-MM-DD (X) - " dateline, cut at 200 characters. */
export function titleFromText(text: string): string {
  const first =
    text
      .normalize('NFC')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const line = first.replace(/^\s*date \d{4}-\d{2}-\d{2}( \([^)]*\))?( -)? */, '').trim();
  if (line.length <= 200) return line;
  const cut = line.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${space > 100 ? cut.slice(0, space) : cut}…`;
}

/**
 * The id a new source gets: kebab-case ASCII from the publisher (its bracketed abbreviation when it
 * has one), the date and the first title words, made unique with `-2`, `-3`… against `taken`.
 *
 * @example
 * ```ts
 * sourceId({ publisher: 'Tiền Phong Online (TPO)', published: '2025-11-25', title: 'Thứ trưởng KH&CN gợi ý Quảng Ninh ứng dụng AI toàn diện' }, new Set());
 * // 'tpo-2025-11-25-thu-truong-kh-cn-goi-y-quang-ninh'
 * ```
 */
export function sourceId(
  parts: { publisher?: string | undefined; published: string; title: string },
  taken: ReadonlySet<string>,
): string {
  const abbreviation = parts.publisher ? (/\(([^()]+)\)\s*$/.exec(parts.publisher)?.[1] ?? parts.publisher) : '';
  const publisher = slugify(abbreviation).split('-').filter(Boolean).slice(0, 4).join('-');
  const words: string[] = [];
  for (const w of slugify(parts.title).split('-').filter(Boolean)) {
    if (words.length >= 8 || [...words, w].join('-').length > 60) break;
    words.push(w);
  }
  const base = [publisher, parts.published, ...words].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Registers a news article as a source: copies its text byte for byte to
 * `datasets/sources/text/<id>.txt` and appends a row (id, titles, publisher, url, date and its
 * basis, `vi`, `news-article`, SHA-256) to `datasets/sources/data/sources.csv`, keeping the file's
 * existing bytes and line endings. Refuses, writing nothing, a text already registered (same
 * SHA-256, or the same words after NFC and whitespace folding), a date that is not a calendar day
 * or lies after today, a URL that is not http(s), an empty or non-UTF-8 file, and a text or
 * option holding a control character other than tab, line feed and carriage return (the text's
 * refusal gives the line and column of the first one). Messages quote what the user gave with
 * `JSON.stringify`, cut to 80 characters.
 *
 * @param options - See {@link AddSourceOptions}.
 * @returns The new id, text path and checksum, or the refusal.
 * @throws ContributeError when `repoRoot` has no `datasets/` folder or `titleEn` is empty.
 * @example
 * ```ts
 * const r = addSource({ repoRoot: '.', articlePath: 'article.txt', published: '2025-11-25',
 *   publisher: 'Tiền Phong Online (TPO)', titleEn: 'Deputy minister suggests…' });
 * if (r.ok) r.id; // 'tpo-2025-11-25-…'
 * ```
 */
export function addSource(options: AddSourceOptions): AddSourceResult {
  const root = resolve(options.repoRoot);
  if (!existsSync(join(root, 'datasets')))
    throw new ContributeError(`${shown(root)} has no datasets/ folder: not a vnsti repository`);
  const titleEn = options.titleEn?.trim();
  if (!titleEn) throw new ContributeError('an English title is required (--title-en)');

  const published = options.published?.trim() ?? '';
  if (!isCalendarDate(published)) {
    return {
      ok: false,
      reason: 'bad-date',
      message: `published date ${shown(options.published)} is not a calendar date YYYY-MM-DD`,
    };
  }
  const today = options.today ?? todayInVietnam();
  if (published > today) {
    return {
      ok: false,
      reason: 'bad-date',
      message: `published date ${published} is after today (${today} in Viet Nam)`,
    };
  }
  if (options.url !== undefined && options.url !== '') {
    if (!isWebAddress(options.url))
      return { ok: false, reason: 'bad-url', message: `url ${shown(options.url)} is not an http(s) address` };
  }

  const given: Array<[string, string | undefined]> = [
    ['--title-en', options.titleEn],
    ['--title-vi', options.titleVi],
    ['--publisher', options.publisher],
    ['--note', options.note],
  ];
  for (const [option, value] of given) {
    const control = value === undefined ? null : findControlCharacter(value);
    if (control)
      return {
        ok: false,
        reason: 'control-character',
        message: `${option} ${shown(value ?? '')} holds control character ${control.codePoint} (only tab, line feed and carriage return may appear)`,
      };
  }

  const article = readBoundedFile(resolve(options.articlePath), MAX_TEXT_BYTES);
  if (!('bytes' in article)) {
    return {
      ok: false,
      reason: 'unreadable',
      message: `cannot read ${shown(options.articlePath)}: ${article.reason}`,
    };
  }
  const bytes = article.bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-utf8', message: `${shown(options.articlePath)} is not UTF-8 text` };
  }
  const folded = foldWhitespace(text);
  const control = findControlCharacter(text);
  if (control)
    return {
      ok: false,
      reason: 'control-character',
      message: `${shown(options.articlePath)}:${control.line}:${control.column}: control character ${control.codePoint} in the text (only tab, line feed and carriage return may appear); nothing written`,
    };
  if (folded === '') return { ok: false, reason: 'empty', message: `${shown(options.articlePath)} holds no text` };
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  // Known sources: the CSV rows and every text file kept.
  const csvPath = join(root, SOURCES_CSV);
  const csvRead = readRepositoryFile(root, csvPath, MAX_CSV_BYTES);
  if (!('bytes' in csvRead) && csvRead.code !== 'missing') throw new RepositoryFileError(csvRead);
  const csvBytes = 'bytes' in csvRead ? csvRead.bytes : Buffer.alloc(0);
  const csvText = csvBytes.toString('utf8');
  const table = csvText ? parseCsvTable(csvText) : { headers: [], rows: [] };
  const taken = new Set(table.rows.map((r) => r['id'] ?? '').filter(Boolean));
  for (const row of table.rows) {
    if (row['sha256'] === sha256) {
      return duplicate(row['id'] ?? '?', 'the same SHA-256');
    }
  }
  const textDir = join(root, TEXT_DIR);
  const textFiles = existsSync(textDir) ? readdirSync(textDir).filter((f) => f.endsWith('.txt')) : [];
  for (const file of textFiles) {
    const id = file.slice(0, -4);
    taken.add(id);
    const knownRead = readRepositoryFile(root, join(textDir, file), MAX_TEXT_BYTES);
    if (!('bytes' in knownRead)) continue; // a link out of the repository or a folder: validate reports it
    const known = knownRead.bytes;
    const knownId = table.rows.find((r) => r['text_file'] === `text/${file}`)?.['id'] ?? id;
    if (createHash('sha256').update(known).digest('hex') === sha256) return duplicate(knownId, 'the same SHA-256');
    if (foldWhitespace(known.toString('utf8')) === folded)
      return duplicate(knownId, 'the same text once whitespace and Unicode normalisation are folded');
  }

  const titleVi = options.titleVi?.trim() || titleFromText(text);
  const id = sourceId({ publisher: options.publisher, published, title: titleVi }, taken);
  const row: Record<string, string> = {
    id,
    kind: 'news-article',
    title_vi: titleVi.normalize('NFC'),
    title_en: titleEn,
    publisher: options.publisher?.trim().normalize('NFC') ?? '',
    url: options.url ?? '',
    published,
    published_basis: options.inferred ? 'inferred' : 'stated',
    published_note: options.note?.trim().normalize('NFC') ?? '',
    language: 'vi',
    text_file: `text/${id}.txt`,
    sha256,
  };

  const headers = table.headers.length > 0 ? table.headers : authoredHeaders(tables.sources);
  let nextCsv: Buffer;
  if (csvText.trim() === '') {
    nextCsv = Buffer.from(
      `${csvLine(headers, Object.fromEntries(headers.map((h) => [h, h])))}\n${csvLine(headers, row)}\n`,
    );
  } else {
    // The existing bytes stay as they are; the new record uses the file's own line ending.
    const eol = lineEnding(csvText);
    const sep = csvText.endsWith('\n') ? '' : eol;
    nextCsv = Buffer.concat([csvBytes, Buffer.from(`${sep}${csvLine(headers, row)}${eol}`)]);
  }

  const textPath = `${TEXT_DIR}/${id}.txt`;
  writeInside(root, textPath, bytes);
  try {
    writeInside(root, SOURCES_CSV, nextCsv);
  } catch (error) {
    rmSync(join(root, textPath), { force: true });
    throw error;
  }
  return { ok: true, id, textPath, sha256, row };

  function duplicate(of: string, how: string): AddSourceResult {
    return {
      ok: false,
      reason: 'duplicate',
      duplicateOf: of,
      message: `${shown(options.articlePath)} is already registered as source ${of} (${how}); nothing written`,
    };
  }
}
