import { type LocalizedText, slugify } from '@vnsti/schema';

/**
 * The kinds of record the graph holds.
 *
 * @example
 * ```ts
 * const kind: RecordKind = 'official';
 * ```
 */
export type RecordKind = 'source' | 'place' | 'organization' | 'official' | 'event' | 'project' | 'metric';

/**
 * A record's name as the name index holds it.
 *
 * @example
 * ```ts
 * const [match]: readonly NameEntry[] = graph.findByName('Bui Van Khang');
 * match?.kind; // 'official'
 * ```
 */
export interface NameEntry {
  /** What the record is. */
  readonly kind: RecordKind;
  /** Its id in its dataset. */
  readonly id: string;
  /** Its name, Vietnamese as written and English. */
  readonly name: Readonly<LocalizedText>;
  /** Its abbreviation as written ("Bộ KH&CN"), for an organization that has one. */
  readonly abbreviation?: string;
}

/**
 * A name folded for matching: diacritics and case dropped, `đ` read as `d`, punctuation and spaces
 * as one separator (the same folding as ids: `slugify`), so "Bùi Văn Khắng", "bui van khang" and
 * "BÙI VĂN KHẮNG" match.
 *
 * @example
 * ```ts
 * foldName('Quảng Ninh') === foldName('quang ninh'); // true
 * ```
 */
export function foldName(name: string): string {
  return slugify(name);
}

/**
 * Finds a record's id by its name: the seam where a smarter resolver (aliases, former names, a
 * place valid on a date) plugs in. It returns the id, or a record with an `id`, or nothing.
 *
 * @example
 * ```ts
 * const byAlias: NameResolver = (name) => (foldName(name) === 'tp-hcm' ? 'ho-chi-minh' : undefined);
 * ```
 */
export type NameResolver = (name: string) => string | { readonly id: string } | null | undefined;

/**
 * Resolvers to use before the graph's own name index, per kind of record.
 *
 * @example
 * ```ts
 * const resolvers: NameResolvers = { place: (name) => resolvePlace(name)?.id };
 * ```
 */
export interface NameResolvers {
  /** Resolves a place name (e.g. `@vnsti/places`' resolver). */
  readonly place?: NameResolver;
  /** Resolves an organization name or abbreviation. */
  readonly organization?: NameResolver;
  /** Resolves a person's name. */
  readonly official?: NameResolver;
}

/** What the name index reads from a record. @internal */
export interface NamedRecord {
  readonly id: string;
  readonly name: Readonly<LocalizedText>;
  readonly abbreviation?: string;
}

/**
 * Every name (Vietnamese, English, abbreviation) of every record, folded: exact lookups are one map
 * access, a search scans the folded names once.
 * @internal
 */
export class NameIndex {
  readonly #exact = new Map<string, NameEntry[]>();
  readonly #keys: Array<{ key: string; entry: NameEntry }> = [];
  readonly entries: NameEntry[] = [];

  add(kind: RecordKind, record: NamedRecord): void {
    const entry: NameEntry = Object.freeze({
      kind,
      id: record.id,
      name: record.name,
      ...(record.abbreviation !== undefined ? { abbreviation: record.abbreviation } : {}),
    });
    this.entries.push(entry);
    const seen = new Set<string>();
    for (const text of [entry.name.vi, entry.name.en, entry.abbreviation]) {
      if (text === undefined) continue;
      const key = foldName(text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const list = this.#exact.get(key);
      if (list) list.push(entry);
      else this.#exact.set(key, [entry]);
      this.#keys.push({ key, entry });
    }
  }

  /** Records whose name, folded, equals the folded query. */
  find(name: string, kind?: RecordKind): readonly NameEntry[] {
    const found = this.#exact.get(foldName(name)) ?? [];
    return kind === undefined ? found : found.filter((e) => e.kind === kind);
  }

  /** Records with a name holding every folded word of the query, exact matches first. */
  search(query: string, limit: number): readonly NameEntry[] {
    const words = foldName(query).split('-').filter(Boolean);
    if (words.length === 0) return [];
    const exact = new Set(this.find(query));
    const hits = new Set<NameEntry>(exact);
    for (const { key, entry } of this.#keys) {
      if (hits.size >= limit) break;
      const padded = `-${key}-`;
      if (words.every((w) => padded.includes(`-${w}`))) hits.add(entry);
    }
    return [...hits].slice(0, limit);
  }
}
