/**
 * The shape of personal names that are not Vietnamese, as Vietnamese news writes them: Korean and
 * Chinese names with a hyphenated given name ("Park Ji-hoon", "Hsu Wen-chieh"), Japanese, Russian and
 * English names whose syllables cannot be Vietnamese ("Ito Naoki", "Sergei Petrov", "Emily Carter").
 */

/** Vowel groups a Vietnamese syllable can have, diacritics removed. */
const NUCLEI =
  'a e i o u y ai ao au ay eo eu ia ie iu oa oe oi ua ue ui uo uu uy ya ye yu oai oay oeo uay uoi uya uye uyu ieu yeu uou'.split(
    ' ',
  );
const VIETNAMESE_SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:${NUCLEI.sort((a, b) => b.length - a.length).join('|')})(?:ch|ng|nh|[cmnpt])?$`,
);

/** A word as plain ASCII letters: diacritics dropped, đ → d, lower case. */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

/**
 * Whether a word can be one Vietnamese syllable (an initial consonant, a vowel group, a final):
 * "Nguyễn", "Khắng", "Chi" can; "Park", "Lee", "Naoki", "Sergei", "Wang" cannot.
 *
 * @example
 * ```ts
 * [isVietnameseSyllable('Nguyễn'), isVietnameseSyllable('Petrov')]; // [true, false]
 * ```
 */
export function isVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(plain(word));
}

/**
 * English words that name companies, bodies and places rather than people ("Sembcorp Development",
 * "Enterprise Singapore", "Google Cloud Asia Pacific"): a capitalised run holding one is not a name.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'group corporation corp company co bank lines electric electronics development holdings industries industry ' +
    'capital partners networks network technology technologies tech solutions cloud systems system singapore japan ' +
    'korea america american asia pacific europe foundation fund institute university motors display semiconductor ' +
    'semiconductors energy power airlines logistics vietnam viet international global services service enterprise ' +
    'united states kingdom city council association chamber agency office ministry department center centre ' +
    'limited ltd inc plc llc jsc media digital data labs lab software microsoft google nvidia samsung intel apple ' +
    'amazon meta qualcomm foxconn canon honda toyota hyundai lotte sembcorp jetro jica kotra usaid undp world'
  ).split(' '),
);

/** Lower-case words inside Western names ("Pieter de Vries", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'bin', 'al']);

/**
 * Whether a capitalised word looks like part of a foreign personal name: a hyphenated given name
 * ("Ji-hoon", "Wen-chieh") or a word that cannot be a Vietnamese syllable and names no company or place.
 *
 * @example
 * ```ts
 * ['Ji-hoon', 'Naoki', 'Nguyễn', 'Electronics', 'II-C'].map(isForeignNamePart); // [true, true, false, false, false]
 * ```
 */
export function isForeignNamePart(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || NOT_NAME_WORDS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word)) return true;
  // Vietnamese diacritics make a word Vietnamese, whatever its shape ("Đắk Lắk", "Krông Búk").
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  return !isVietnameseSyllable(word);
}

/** Whether a capitalised word names a company or a place in English ("Group", "Singapore"). */
export function isOrganizationWord(word: string): boolean {
  return NOT_NAME_WORDS.has(word.toLowerCase());
}
