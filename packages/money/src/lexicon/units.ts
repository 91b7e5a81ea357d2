/**
 * Unit words: what a figure counts or measures, as Vietnamese news writes it ("450 đại biểu",
 * "3.190 km²", "7 dự án"), each mapped to one unit id of the data (`person`, `km2`, `project`…).
 * Part of the {@link lexicon}.
 * @module
 */

/**
 * Unit phrases (lower-case NFC, words separated by one space) and the unit id each stands for.
 * Several phrases share an id: "người", "người dân" and "đại biểu" all count people (`person`).
 */
export const UNIT_PHRASES: ReadonlyMap<string, string> = new Map([
  ['người', 'person'],
  ['người dân', 'person'],
  ['đại biểu', 'person'],
  ['khách mời', 'person'],
  ['nhà khoa học', 'person'],
  ['chuyên gia', 'person'],
  ['%', 'percent'],
  ['phần trăm', 'percent'],
  ['km²', 'km2'],
  ['km2', 'km2'],
  ['m²', 'm2'],
  ['m2', 'm2'],
  ['ha', 'ha'],
  ['héc-ta', 'ha'],
  ['hecta', 'ha'],
  ['km', 'km'],
  ['m', 'm'],
  ['kg', 'kg'],
  ['tấn', 'tonne'],
  ['lít', 'litre'],
  ['mw', 'MW'],
  ['kw', 'kW'],
  ['gw', 'GW'],
  ['mwp', 'MWp'],
  ['kwh', 'kWh'],
  ['mwh', 'MWh'],
  ['teu', 'TEU'],
  ['tủ rack', 'rack'],
  ['rack', 'rack'],
  ['máy chủ', 'server'],
  ['bậc', 'rank-step'],
  ['doanh nghiệp', 'enterprise'],
  ['dự án', 'project'],
  ['biên bản ghi nhớ', 'agreement'],
  ['biên bản', 'agreement'],
  ['thỏa thuận hợp tác', 'agreement'],
  ['thoả thuận hợp tác', 'agreement'],
  ['thỏa thuận', 'agreement'],
  ['thoả thuận', 'agreement'],
  ['hợp đồng', 'contract'],
  ['nhà đầu tư', 'investor'],
  ['gian hàng', 'booth'],
  ['sản phẩm', 'product'],
  ['giải pháp', 'solution'],
  ['công trình', 'construction'],
  ['đề tài', 'research-project'],
  ['sáng chế', 'patent'],
  ['startup', 'startup'],
  ['lượt', 'visit'],
  ['lần', 'time'],
  ['hộ', 'household'],
  ['xã', 'commune'],
  ['phường', 'ward'],
  ['tỉnh', 'province'],
  ['quốc gia', 'country'],
  ['tổ chức', 'organization'],
  ['trường', 'school'],
  ['viện', 'institute'],
  ['học sinh', 'pupil'],
  ['sinh viên', 'student'],
  ['điểm', 'point'],
  ['tuổi', 'year-of-age'],
  ['năm', 'year'],
  ['ngày', 'day'],
  ['giờ', 'hour'],
  ['phút', 'minute'],
  ['giây', 'second'],
]);

/** Most words in one unit phrase ("thỏa thuận hợp tác"). */
const LONGEST_PHRASE = /* @__PURE__ */ longestPhrase(UNIT_PHRASES);

/** The most words in one of `phrases`' keys. */
function longestPhrase(phrases: ReadonlyMap<string, string>): number {
  return Math.max(...[...phrases.keys()].map((phrase) => phrase.split(' ').length));
}

/**
 * Reads the longest unit phrase starting at `words[from]`.
 *
 * @param words - Lower-case NFC words.
 * @param from - Where the phrase must start.
 * @returns The unit id and how many words the phrase used, or `null` when no unit starts there.
 * @example
 * ```ts
 * readUnitAt(['450', 'đại', 'biểu', 'tham', 'dự'], 1); // → { unit: 'person', words: 2 }
 * readUnitAt(['2026', 'dự', 'kiến'], 1); // → null ("dự kiến" is not "dự án")
 * ```
 */
export function readUnitAt(words: readonly string[], from: number): { unit: string; words: number } | null {
  for (let size = Math.min(LONGEST_PHRASE, words.length - from); size >= 1; size--) {
    const unit = UNIT_PHRASES.get(size === 1 ? words[from]! : words.slice(from, from + size).join(' '));
    if (unit !== undefined) return { unit, words: size };
  }
  return null;
}
