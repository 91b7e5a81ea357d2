/**
 * Folding of unit names (provinces, ministries, committees) as news writes them, so that variants of
 * one name compare equal: the one home of this rule, imported by `@vnsti/places` and
 * `@vnsti/organizations` through `@vnsti/schema/names` (an entry that pulls in nothing else).
 */

/** Longest name a resolver reads: a longer input is misuse, not a name ({@link NameInputError}). */
export const MAX_NAME_LENGTH = 200;

/**
 * Thrown when a resolver is given something that is not a name or not a calendar day: a
 * non-string, a string over {@link MAX_NAME_LENGTH} characters, an `asOf` that is not `YYYY-MM-DD`
 * or not a real day. A name that is merely unknown is not an error: the resolver returns `undefined`.
 *
 * @example
 * ```ts
 * try { resolvePlace(42 as never, { asOf: '2025-01-01' }); } catch (e) { e instanceof NameInputError; } // true
 * ```
 */
export class NameInputError extends TypeError {
  override readonly name = 'NameInputError';
}

/** Hyphens and dashes of every width, the minus sign and the slash: all separate words. */
const SEPARATORS = /[\u002d\u2010-\u2015\u2212\u002f_]/g;
/** Punctuation that only decorates a name ("TP.HCM", "Bộ KH&CN,"): dots, commas, quotes, brackets. */
const DECORATION = /[.,;:'"’‘“”()[\]]/g;

/**
 * Folds a name to a comparison key: Unicode compatibility-decomposed (so NFC and NFD input, and
 * either tone-mark placement, "Khánh Hoà" / "Khánh Hòa", "Thanh Hoá", give the same key),
 * diacritics dropped, `đ` → `d`, lower case, every hyphen, dash or dot a space, `&` a word of its
 * own, spaces collapsed. Two names with the same key are taken to be the same name; a resolver that
 * finds two units under one key answers `undefined` rather than guess.
 *
 * @param name - A name as written.
 * @returns The key ('' when the name holds no letter or digit).
 * @throws {NameInputError} When `name` is not a string or is longer than {@link MAX_NAME_LENGTH}.
 * @example
 * ```ts
 * foldName('Bà Rịa–Vũng Tàu'); // 'ba ria vung tau'
 * foldName('Khánh Hoà') === foldName('Khánh Hòa'); // true
 * foldName('Bộ KH&CN'); // 'bo kh & cn'
 * ```
 */
export function foldName(name: string): string {
  if (typeof name !== 'string') throw new NameInputError(`expected a name as a string, found ${typeof name}`);
  if (name.length > MAX_NAME_LENGTH) {
    throw new NameInputError(`expected a name of at most ${MAX_NAME_LENGTH} characters, found ${name.length}`);
  }
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .replace(DECORATION, ' ')
    .replace(/&/g, ' & ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words before a province-level name that say its kind, folded: "tỉnh", "thành phố", "TP", "T.P". */
const PLACE_PREFIX = /^(?:tinh|thanh pho|tp|t p) /;
/** The same words after an English name: "Hai Phong City", "Quang Ninh province". */
const PLACE_SUFFIX = / (?:city|province)$/;

/**
 * The comparison key of a place name: {@link foldName} without a leading "tỉnh", "thành phố",
 * "TP." or "TP" ("TP.HCM" → "hcm", "Thành phố Hồ Chí Minh" → "ho chi minh") and without a
 * trailing English "city" or "province".
 *
 * @throws {NameInputError} As {@link foldName}.
 * @example
 * ```ts
 * placeNameKey('TP. Hồ Chí Minh'); // 'ho chi minh'
 * placeNameKey('tỉnh Hải Dương'); // 'hai duong'
 * ```
 */
export function placeNameKey(name: string): string {
  const folded = foldName(name);
  const bare = folded.replace(PLACE_PREFIX, '').replace(PLACE_SUFFIX, '');
  return bare === '' ? folded : bare;
}

/** Abbreviations news uses inside organization names, folded, and what they stand for. */
const ORGANIZATION_WORDS: Readonly<Record<string, string>> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  tp: 'thanh pho',
};

/** The folded name of a provincial Department of Science and Technology, before the unit's name. */
const DEPARTMENT_OF_SCIENCE = 'so khoa hoc va cong nghe';
/** Its short forms news writes, folded: "Sở KH&CN", "Sở KHCN", "Sở KH-CN", "Sở Khoa học - Công nghệ". */
const DEPARTMENT_OF_SCIENCE_SHORT = /^so (?:kh & cn|khcn|kh cn|khoa hoc cong nghe)(?= |$)/;

/**
 * The comparison key of an organization name: {@link foldName} with the abbreviations written
 * inside names spelt out ("UBND" → "ủy ban nhân dân", "TP" → "thành phố"), so that
 * "UBND TP.Hải Phòng" and "Ủy ban nhân dân thành phố Hải Phòng" compare equal. A provincial
 * Department of Science and Technology ("Sở KH&CN", "Sở KHCN", "Sở Khoa học - Công nghệ", "Sở
 * Khoa học và Công nghệ") is spelt out the same way, and the kind of unit after it ("tỉnh",
 * "thành phố", "TP.") is dropped as {@link placeNameKey} drops it, so "Sở KHCN Hà Nội" and "Sở Khoa học và Công nghệ thành phố Hà
 * Nội" compare equal; a bare "Sở KH&CN" names no unit and keys as the department's name alone.
 *
 * @throws {NameInputError} As {@link foldName}.
 * @example
 * ```ts
 * organizationNameKey('UBND TP.Hải Phòng'); // 'uy ban nhan dan thanh pho hai phong'
 * organizationNameKey('Sở KH&CN tỉnh Quảng Ninh'); // 'so khoa hoc va cong nghe quang ninh'
 * ```
 */
export function organizationNameKey(name: string): string {
  const key = foldName(name)
    .replace(DEPARTMENT_OF_SCIENCE_SHORT, DEPARTMENT_OF_SCIENCE)
    .split(' ')
    .map((word) => ORGANIZATION_WORDS[word] ?? word)
    .join(' ');
  if (!key.startsWith(`${DEPARTMENT_OF_SCIENCE} `)) return key;
  const unit = key.slice(DEPARTMENT_OF_SCIENCE.length + 1).replace(PLACE_PREFIX, '');
  return unit === '' ? key : `${DEPARTMENT_OF_SCIENCE} ${unit}`;
}
