import { slugify, type TableName } from '@vnsti/schema';
import type { CsvTable } from './csv.js';

/**
 * Resolves a place or organization name as an article writes it ("tỉnh Bắc Ninh", "TP Hồ Chí Minh",
 * "Bộ Khoa học và Công nghệ"), on a date (ISO), to the id of the unit that bore that name then;
 * `undefined` when the name is not known. The reference datasets' own resolvers (`resolvePlace`,
 * `resolveOrganization`) have this shape and can be passed to `draftRecords` in place of the default.
 *
 * @example
 * ```ts
 * const resolve: NameResolver = (name) => (name === 'Quảng Ninh' ? 'quang-ninh' : undefined);
 * ```
 */
export type NameResolver = (name: string, date: string) => string | undefined;

/** The resolvers extract uses for places and organizations. */
export interface Resolvers {
  readonly place: NameResolver;
  readonly organization: NameResolver;
}

/** Administrative words before a place name, as news writes them. */
export const PLACE_PREFIX = /^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s*/iu;

/**
 * Default resolvers built from the loaded `places` and `organizations` tables: a name matches a row
 * whose `name_vi` (administrative word dropped) or `abbreviation` has the same slug, and that was
 * valid on the date (`valid_from`/`valid_until` when the table has them).
 *
 * @param data - The working tables.
 * @returns The two resolvers.
 * @example
 * ```ts
 * resolversFrom({}).place('Quảng Ninh', '2025-01-01'); // undefined: no places loaded
 * ```
 */
export function resolversFrom(data: Partial<Record<TableName, CsvTable>>): Resolvers {
  const index = (rows: ReadonlyArray<Readonly<Record<string, string>>>, columns: readonly string[]) => {
    const out = new Map<string, Array<Readonly<Record<string, string>>>>();
    for (const r of rows) {
      for (const c of columns) {
        const slug = slugify((r[c] ?? '').replace(PLACE_PREFIX, ''));
        if (slug && r['id']) out.set(slug, [...(out.get(slug) ?? []), r]);
      }
    }
    return out;
  };
  const lookup =
    (byName: Map<string, Array<Readonly<Record<string, string>>>>): NameResolver =>
    (name, date) => {
      const rows = byName.get(slugify(name.replace(PLACE_PREFIX, ''))) ?? [];
      const valid = rows.filter(
        (r) => (!r['valid_from'] || r['valid_from'] <= date) && (!r['valid_until'] || date <= r['valid_until']),
      );
      return (valid[0] ?? rows[0])?.['id'] || undefined;
    };
  return {
    place: lookup(index(data.places?.rows ?? [], ['name_vi', 'name_en'])),
    organization: lookup(index(data.organizations?.rows ?? [], ['name_vi', 'abbreviation'])),
  };
}

/** A place name an article writes with its administrative word ("tỉnh Bắc Ninh", "TP.Hải Phòng"). */
export interface PlaceMention {
  /** As written, administrative word included. */
  readonly text: string;
  /** The name without the administrative word. */
  readonly name: string;
  /** `province`, `city` or `ward`… as the word says. */
  readonly kind: string;
  readonly index: number;
}

const PLACE_MENTION =
  /(?<![\p{L}])(tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|phường|xã|thị trấn|đặc khu)\s*((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s(?:-\s)?\p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;
const KIND_OF: Readonly<Record<string, string>> = {
  tỉnh: 'province',
  'thành phố': 'city',
  tp: 'city',
  huyện: 'district',
  quận: 'district',
  'thị xã': 'town',
  phường: 'ward',
  xã: 'commune',
  'thị trấn': 'township',
  'đặc khu': 'special-zone',
};

/**
 * The place names of a text written with their administrative word.
 *
 * @example
 * ```ts
 * placeMentions('tại tỉnh Bắc Ninh và TP Hồ Chí Minh').map((m) => m.name); // ['Bắc Ninh', 'Hồ Chí Minh']
 * ```
 */
export function placeMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(PLACE_MENTION)) {
    const word = (m[1] ?? '').toLocaleLowerCase('vi').replace(/\.$/, '');
    out.push({ text: m[0], name: m[2] ?? '', kind: KIND_OF[word] ?? 'province', index: m.index });
  }
  return out;
}
