/**
 * `@vnsti/places`: every place the records name (countries, the province-level units before and
 * after the 2025 reorganisations, cities, wards) as deeply frozen records, and resolvers that answer
 * which unit a name means on a given day.
 *
 * @packageDocumentation
 */
import type { PlaceRecord } from '@vnsti/schema';
import { MAX_NAME_LENGTH, NameInputError, placeNameKey, requireDay, UnitIndex, validOn } from '@vnsti/schema/resolve';
import { places } from './data.js';

export { MAX_NAME_LENGTH, NameInputError } from '@vnsti/schema/resolve';
export { placeById, places } from './data.js';

/**
 * Options of {@link resolvePlace} and {@link placeByCode}.
 *
 * @example
 * ```ts
 * const options: ResolveOptions = { asOf: '2026-01-01' };
 * ```
 */
export interface ResolveOptions {
  /** The day the name is read on, `YYYY-MM-DD` (e.g. the article's date). */
  readonly asOf: string;
}

let index: UnitIndex<PlaceRecord> | undefined;
const placeIndex = (): UnitIndex<PlaceRecord> => {
  index ??= new UnitIndex(places, placeNameKey);
  return index;
};

/** Kinds of a province-level unit. */
const PROVINCE_LEVEL: ReadonlySet<string> = new Set(['province', 'centrally-run-city']);

/**
 * The place a name means on a day. The name is read as news writes it: with or without "tỉnh",
 * "thành phố", "TP." or "TP" ("TP.HCM", "TP. Hồ Chí Minh"), in any case, NFC or NFD, with either
 * tone-mark placement ("Khánh Hoà" / "Khánh Hòa"), hyphen or dash ("Bà Rịa–Vũng Tàu"), or by an
 * alias. The answer is the named place if it existed on `asOf`, else the place it became or became
 * part of by then (a name asked before a rename is followed back to the unit of the day).
 *
 * @param name - The name as written; at most {@link MAX_NAME_LENGTH} characters.
 * @param options - `asOf`: the day, `YYYY-MM-DD`.
 * @returns The place, or `undefined` when the name is empty, unknown, or leads to two places (never a guess).
 * @throws {NameInputError} When `name` is not a string or is longer than {@link MAX_NAME_LENGTH},
 *   or `asOf` is not a real calendar day.
 * @example
 * ```ts
 * resolvePlace('tỉnh Hải Dương', { asOf: '2024-05-01' })?.id; // 'hai-duong'
 * resolvePlace('tỉnh Hải Dương', { asOf: '2026-01-01' })?.id; // 'hai-phong'
 * resolvePlace('Thừa Thiên Huế', { asOf: '2025-03-01' })?.id; // 'hue'
 * ```
 */
export function resolvePlace(name: string, options: ResolveOptions): PlaceRecord | undefined {
  return placeIndex().resolve(name, options);
}

/**
 * The province-level units (provinces and centrally-run cities) that exist on a day, by
 * administrative code, then id.
 *
 * @param date - The day, `YYYY-MM-DD`.
 * @returns The units valid on that day (63 before 2025-07-01, 34 from then, with the full data).
 * @throws {NameInputError} When `date` is not a real calendar day.
 * @example
 * ```ts
 * provincesAsOf('2025-07-01').filter((p) => p.kind === 'centrally-run-city').length; // 6
 * ```
 */
export function provincesAsOf(date: string): PlaceRecord[] {
  return placeIndex()
    .validOn(date)
    .filter((place) => PROVINCE_LEVEL.has(place.kind))
    .sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

let codeIndex: Map<string, PlaceRecord[]> | undefined;
/** Places by every official code they had (`codes`), built on first use. */
const placesByCode = (): Map<string, PlaceRecord[]> => {
  if (codeIndex) return codeIndex;
  codeIndex = new Map();
  for (const place of places) {
    for (const { code } of place.codes ?? []) {
      const list = codeIndex.get(code) ?? [];
      if (!list.includes(place)) list.push(place);
      codeIndex.set(code, list);
    }
  }
  return codeIndex;
};

/**
 * The place that had an official administrative code on a day. Codes are dated: a unit's code
 * under Decision 124/2004/QĐ-TTg holds until 2025-06-30 and its code under 19/2025/QĐ-TTg from
 * 2025-07-01, and some numbers passed to another unit then ("15" is Yên Bái until 2025-06-30, Lào
 * Cai from 2025-07-01), so a code alone names no unit: the day does.
 *
 * @param code - The code as the lists write it, 2 to 5 digits with leading zeros ("01"); spaces
 *   around it are ignored.
 * @param options - `asOf`: the day, `YYYY-MM-DD`.
 * @returns The place, or `undefined` when no place (or more than one) had that code on that day,
 *   or the code is not 2 to 5 digits.
 * @throws {NameInputError} When `code` is not a string or is longer than {@link MAX_NAME_LENGTH},
 *   or `asOf` is not a real calendar day.
 * @example
 * ```ts
 * placeByCode('15', { asOf: '2025-06-30' })?.id; // 'yen-bai'
 * placeByCode('15', { asOf: '2025-07-01' })?.id; // 'lao-cai'
 * placeByCode('10', { asOf: '2025-07-01' }); // undefined (Lào Cai's code until 2025-06-30)
 * ```
 */
export function placeByCode(code: string, options: ResolveOptions): PlaceRecord | undefined {
  if (typeof code !== 'string') throw new NameInputError(`expected a code as a string, found ${typeof code}`);
  if (code.length > MAX_NAME_LENGTH) {
    throw new NameInputError(`expected a code of at most ${MAX_NAME_LENGTH} characters, found ${code.length}`);
  }
  const day = requireDay((options as { asOf?: unknown } | undefined)?.asOf);
  const wanted = code.trim();
  if (!/^[0-9]{2,5}$/.test(wanted)) return undefined;
  const found = (placesByCode().get(wanted) ?? []).filter((place) =>
    (place.codes ?? []).some((held) => held.code === wanted && validOn(held, day)),
  );
  return found.length === 1 ? found[0] : undefined;
}
