import { slugify } from '@vnsti/schema';
import { isForeignNamePart, isOrganizationWord, NAME_PARTICLES } from './names.js';
import { isAcronymLike, isCapitalisedSyllable, type Token, tokenize } from './text.js';

/**
 * Vietnamese family names (the common ones, which cover nearly every name in the news). A run of
 * 2–4 capitalised syllables starting with one of them is read as a person's name.
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm ' +
    'Phùng Mai Tô Tạ Hà Lương Lưu Đinh Cao Kiều Thái Châu Quách Chu Lại Lạc Diệp Hứa Khổng Kim Lục Mạc Mạnh Nghiêm ' +
    'Ninh Nông Quan Tăng Thân Thạch Triệu Văn Vi Viên Giang Hầu Khúc Khương Lò Lữ Âu Đàm Đồng Bạch Biện Cù ' +
    'Doãn Giáp Hàn Hoa Kha La Liêu Mẫn Tiêu Tôn Trình Từ Ứng Yên Tống Khuất Mã Sầm Thiều Phí Nhữ Bế Hoàng Lăng Ôn'
  ).split(' '),
);

/** Place names that look like personal names ("Hà Nội", "Hồ Chí Minh"): never read as a person. */
const PLACE_LIKE: ReadonlySet<string> = new Set(
  [
    'Hà Nội',
    'Hồ Chí Minh',
    'Hà Giang',
    'Hà Tĩnh',
    'Hà Nam',
    'Cao Bằng',
    'Lâm Đồng',
    'Thái Bình',
    'Thái Nguyên',
    'Đồng Nai',
    'Đồng Tháp',
    'Lai Châu',
    'Hà Tiên',
    'Hà Đông',
    'Lý Sơn',
    'Cà Mau',
    'Kim Bảng',
    'Trà Vinh',
    'Giang Nam',
    'Hoàng Sa',
    'Trường Sa',
    'Tây Ninh',
    'Quảng Ninh',
    'Hà Long',
    'Hạ Long',
    'Đà Nẵng',
    'Ninh Bình',
    'Ninh Thuận',
    'Giang Điền',
    'Mai Châu',
    'Tô Lịch',
    'Hồ Tây',
    'Hồ Gươm',
    'Châu Âu',
    'Châu Á',
    'Châu Phi',
    'Châu Mỹ',
    'Châu Đốc',
    'Hoàng Mai',
    'Văn Lang',
    'Hàn Quốc',
    'Triều Tiên',
    'Lào Cai',
    'Hoa Kỳ',
    'Giang Tây',
    'Kim Sơn',
  ].map(slugify),
);

/** Words right before a name that make it a place, a street, a school or a company rather than a person. */
const NOT_PERSON_BEFORE: ReadonlySet<string> = new Set(
  'phố huyện quận phường xã thị trấn đường phố trường cầu sân làng khu tp tp. tx đảo sông núi hồ giải tập đoàn công ty nhà hát viện bệnh'.split(
    ' ',
  ),
);

/**
 * Heads of Vietnamese titles, longest first ("Phó Bí thư", "Thứ trưởng Thường trực" starts with
 * "Thứ trưởng"). A title is one of these followed by the organization words that complete it.
 */
export const TITLE_HEADS: readonly string[] = [
  'tổng bí thư',
  'phó bí thư',
  'bí thư',
  'chủ tịch nước',
  'phó chủ tịch nước',
  'chủ tịch quốc hội',
  'phó chủ tịch quốc hội',
  'phó chủ tịch',
  'chủ tịch',
  'phó thủ tướng',
  'thủ tướng',
  'bộ trưởng',
  'thứ trưởng',
  'phó trưởng ban',
  'trưởng ban',
  'phó ban',
  'phó chủ nhiệm',
  'chủ nhiệm',
  'phó tổng giám đốc',
  'tổng giám đốc',
  'phó giám đốc',
  'giám đốc',
  'phó viện trưởng',
  'viện trưởng',
  'phó hiệu trưởng',
  'hiệu trưởng',
  'phó tổng cục trưởng',
  'tổng cục trưởng',
  'phó cục trưởng',
  'cục trưởng',
  'phó vụ trưởng',
  'vụ trưởng',
  'phó chánh văn phòng',
  'chánh văn phòng',
  'phó trưởng phòng',
  'trưởng phòng',
  'đại sứ',
  'tổng lãnh sự',
  'lãnh sự',
  'tổng thư ký',
  'phó tổng thư ký',
  'ủy viên',
  'uỷ viên',
  'đại biểu quốc hội',
  'người phát ngôn',
  'đồng sáng lập',
  'nhà sáng lập',
  'trưởng đại diện',
  'phó trưởng đoàn',
  'trưởng đoàn',
  'trưởng khoa',
  'phó trưởng khoa',
  'chánh án',
  'tư lệnh',
  'chủ nhiệm ủy ban',
  'phó giám đốc sở',
  'giám đốc sở',
  'tổng biên tập',
  'phó tổng biên tập',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'founder',
  'co-founder',
  'chairman',
  'president',
  'vice president',
  'director',
  'managing director',
  'country director',
  'general manager',
  'consul general',
  'ambassador',
  'chủ tịch hđqt',
  'phó chủ tịch hđqt',
  'chủ tịch hđtv',
].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

/** Lower-case words that may sit inside a title's organization ("Liên hiệp các hội khoa học và kỹ thuật"). */
const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'và các của tại tỉnh thành phố huyện quận xã phường thị trấn thường trực phụ trách đặc mệnh toàn quyền ban bộ hội ' +
    'hiệp liên khoa học kỹ kĩ thuật công nghệ nhân dân ủy uỷ sở viện cục vụ tổng trung ương quốc gia nhà nước đảng ' +
    'đoàn đồng quản trị viên tập ty cổ phần trách nhiệm hữu hạn đại trường sự quán lãnh văn phòng tài chính kế hoạch ' +
    'đầu tư giáo dục đào tạo thông tin truyền y tế nông nghiệp môi xây dựng giao vận tải thương nội ngoại pháp kinh ' +
    'xã lao động binh hóa hoá thể thao du lịch phòng an ninh ngân hàng kiểm toán thanh tra mặt trận tổ chức chính ' +
    'phủ hành phát triển đổi mới sáng tạo chuyển số doanh nghiệp hợp tác ứng nghiên cứu điều thường vụ phó điện lực ' +
    'viễn quân đội biên tập báo đài truyền hình cảng biển khu chế xuất kinh tế kiêm thị trường châu ' +
    // English titles: "CEO of …", "Consul General of the United States in …"
    'of the in for and at'
  ).split(' '),
);

/** A person found in a sentence. */
export interface PersonMention {
  /** The name as written ("Bùi Văn Khắng"). */
  readonly name: string;
  /** `slugify(name)`: the id a known official with this name has. */
  readonly slug: string;
  /** Index of the first and one past the last token of the name. */
  readonly from: number;
  readonly to: number;
}

/** A person with a title, found in a sentence. */
export interface TitleMention {
  readonly person: PersonMention;
  /** The title as written ("Chủ tịch UBND tỉnh Quảng Ninh"). */
  readonly title: string;
  /**
   * How the sentence writes it: `title-name` ("Phó thủ tướng Trần Lưu Quang"), `name-dash-title`
   * ("ông X - Chủ tịch…"), `name-comma-title` ("ông X, Chủ tịch…"), `name-paren-title` ("ông X (Chủ tịch…)").
   */
  readonly form: 'title-name' | 'name-dash-title' | 'name-comma-title' | 'name-paren-title';
}

/** Known people, by the slug of their name. */
export type KnownPeople = ReadonlyMap<string, { readonly id: string; readonly name: string }>;

const lowerCache = new Map<string, string>();
/** Lower case of a word, memoised (the title and name scans ask for the same few words again and again). */
function lower(word: string): string {
  let l = lowerCache.get(word);
  if (l === undefined) {
    if (lowerCache.size > 50_000) lowerCache.clear();
    l = word.toLowerCase();
    lowerCache.set(word, l);
  }
  return l;
}

const slugCache = new Map<string, string>();
/** `slugify`, memoised for the name scans (bounded). */
function slug(text: string): string {
  let out = slugCache.get(text);
  if (out === undefined) {
    if (slugCache.size > 50_000) slugCache.clear();
    out = slugify(text);
    slugCache.set(text, out);
  }
  return out;
}

/** {@link TITLE_HEADS} as word lists, by first word, longest first. */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const head of TITLE_HEADS) {
  const words = head.split(' ');
  HEADS_BY_FIRST.set(words[0] ?? '', [...(HEADS_BY_FIRST.get(words[0] ?? '') ?? []), words]);
}

/**
 * Finds personal names in tokens: runs of 2–4 capitalised syllables that are a known official's
 * name, or that start with a family name from {@link SURNAMES} and are not a place ("Hà Nội") or
 * preceded by a place or street word ("đường Trần Hưng Đạo").
 */
export function findPeople(
  tokens: readonly Token[],
  known: KnownPeople,
  places: ReadonlySet<string> = new Set(),
): PersonMention[] {
  const isPlace = (slug: string) => PLACE_LIKE.has(slug) || places.has(slug);
  const out: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalisedSyllable(tokens[i]?.text ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && isCapitalisedSyllable(tokens[end]?.text ?? '')) end++;
    // A run of capitalised syllables [i, end): look for names inside it, left to right.
    let k = i;
    while (k < end) {
      let found: PersonMention | null = null;
      for (let len = Math.min(4, end - k); len >= 2 && !found; len--) {
        const name = tokens
          .slice(k, k + len)
          .map((t) => t.text)
          .join(' ');
        if (known.has(slug(name))) found = { name, slug: slug(name), from: k, to: k + len };
      }
      // "Quảng Ninh Nguyễn Xuân Ký": a family name that ends a place name does not start a person's name.
      const endsPlace = k > i && isPlace(slug(`${tokens[k - 1]?.text} ${tokens[k]?.text}`));
      if (!found && !endsPlace && SURNAMES.has(tokens[k]?.text ?? '') && end - k >= 2) {
        let len = Math.min(4, end - k);
        // Four syllables whose second is a family name too ("Ninh Nguyễn Xuân Ký"): the name starts one later.
        if (len === 4 && SURNAMES.has(tokens[k + 1]?.text ?? '')) {
          k++;
          len = Math.min(4, end - k);
        }
        const name = tokens
          .slice(k, k + len)
          .map((t) => t.text)
          .join(' ');
        const before = k > 0 ? lower(tokens[k - 1]?.text ?? '') : '';
        const placeLike = [...Array(len - 1).keys()].some((n) =>
          isPlace(
            slug(
              tokens
                .slice(k, k + n + 2)
                .map((t) => t.text)
                .join(' '),
            ),
          ),
        );
        if (NOT_PERSON_BEFORE.has(before) || NOT_PERSON_BEFORE.has(before.replace(/\.$/, ''))) {
          // "TP Hồ Chí Minh Võ Văn Hoan": a known place, then a name; "đường Trần Hưng Đạo": the whole run is a street.
          const place = [3, 2].find((n) =>
            isPlace(
              slug(
                tokens
                  .slice(k, k + n)
                  .map((t) => t.text)
                  .join(' '),
              ),
            ),
          );
          k = place && k + place < end ? k + place : end;
          continue;
        }
        if (!placeLike) found = { name, slug: slug(name), from: k, to: k + len };
      }
      if (found) {
        out.push(found);
        k = found.to;
      } else k++;
    }
    i = end;
  }
  return addOtherNames(tokens, out);
}

/** Words before a name that announce a person ("ông", "bà", "ngài"). */
const PERSON_CUES: ReadonlySet<string> = new Set(['ông', 'bà', 'ngài', 'mr', 'ms', 'mrs']);
/** English words before a capitalised run that make it an organization's name ("CEO of Sembcorp Development"). */
const ORGANIZATION_BEFORE: ReadonlySet<string> = new Set(['of', 'the', 'in', 'for', 'at', 'and', '&', 'của', 'tại']);

const isNameWord = (t: Token | undefined) =>
  t?.type === 'word' && (isCapitalisedSyllable(t.text) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text));

/**
 * Adds the names that are not built like Vietnamese ones: the capitalised words after "ông"/"bà"
 * ("bà Lim Hui Min"), and foreign names that end a capitalised run ("Đại sứ Hàn Quốc tại Việt Nam
 * Lee Sang-woo", "Trưởng đại diện JETRO Hà Nội Takeo Nakajima", "Pieter de Vries").
 */
function addOtherNames(tokens: readonly Token[], found: PersonMention[]): PersonMention[] {
  const taken = new Uint8Array(tokens.length + 1);
  for (const p of found) taken.fill(1, p.from, p.to);
  const out = [...found];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    // The run of name words, lower-case particles inside it ("de", "van").
    let end = i + 1;
    while (
      end < tokens.length &&
      (isNameWord(tokens[end]) || (NAME_PARTICLES.has(tokens[end]?.text ?? '') && isNameWord(tokens[end + 1])))
    )
      end++;
    // "Ông Park Ji-hoon" opening a sentence: the capitalised cue is not part of the name.
    const run = { from: PERSON_CUES.has(lower(tokens[i]?.text ?? '')) ? i + 1 : i, to: end };
    i = end;
    if (run.to - run.from < 2) continue;
    if (taken.subarray(run.from, run.to).includes(1)) continue;
    const before = lower(tokens[run.from - 1]?.text ?? '');
    let from = -1;
    let to = run.to;
    if (PERSON_CUES.has(before)) {
      from = run.from;
      to = run.from;
      while (to < run.to && to - from < 4 && headAt(tokens, to) === 0) to++;
    } else {
      // A foreign name ends the run: walk back over foreign-looking words (and one family name before a
      // hyphenated given name: "Kim Dong-hyun").
      let k = run.to;
      while (
        k > run.from &&
        (isForeignNamePart(tokens[k - 1]?.text ?? '') || NAME_PARTICLES.has(tokens[k - 1]?.text ?? ''))
      )
        k--;
      const hyphenated = /-/.test(tokens[k]?.text ?? '');
      if (hyphenated && k > run.from && !isOrganizationWord(tokens[k - 1]?.text ?? '')) k--;
      const words = run.to - k;
      const lead = lower(tokens[k - 1]?.text ?? '');
      const runEnds = !/^\p{Lu}/u.test(tokens[run.to]?.text ?? '') || tokens[run.to]?.type !== 'word';
      if (words >= 2 && words <= 4 && runEnds && !(k === run.from && ORGANIZATION_BEFORE.has(lead))) from = k;
      if (from !== -1 && tokens.slice(from, to).some((t) => isOrganizationWord(t.text))) from = -1;
    }
    if (from === -1 || to - from < 2) continue;
    const name = tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
    out.push({ name, slug: slug(name), from, to });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The title head starting at token `i`, as a token count, or 0. */
function headAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first?.type !== 'word') return 0;
  for (const words of HEADS_BY_FIRST.get(lower(first.text)) ?? []) {
    if (words.every((w, n) => tokens[i + n]?.type === 'word' && lower(tokens[i + n]?.text ?? '') === w))
      return words.length;
  }
  return 0;
}

/**
 * The title starting at token `i` (a head from {@link TITLE_HEADS} and the organization words
 * after it), stopping before `stopAt` (a name), punctuation, a free dash not followed by a
 * capital, or a word that belongs to no organization name. Returns one past its last token.
 */
function titleAt(tokens: readonly Token[], i: number, stopAt: ReadonlySet<number>): number {
  const head = headAt(tokens, i);
  if (head === 0) return i;
  let end = i + head;
  let lastStrong = end; // one past the last capitalised or acronym token (or the head)
  let j = end;
  while (j < tokens.length && !stopAt.has(j)) {
    const t = tokens[j]!;
    if (t.type === 'word') {
      if (/^\p{Lu}/u.test(t.text)) {
        if (headAt(tokens, j) > 0 && j > i + head) break; // a second title: "…, Chủ tịch …" handled by the caller
        j++;
        lastStrong = j;
      } else if (ORG_WORDS.has(lower(t.text))) j++;
      else break;
    } else if (t.type === 'dash') {
      const next = tokens[j + 1];
      if (
        next &&
        next.type === 'word' &&
        (/^\p{Lu}/u.test(next.text) ||
          (ORG_WORDS.has(lower(next.text)) && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? ''))) &&
        !stopAt.has(j + 1) &&
        headAt(tokens, j + 1) === 0
      )
        j++; // "Tỉnh ủy Bà Rịa - Vũng Tàu", "Vụ Thị trường châu Á - châu Phi"
      else break;
    } else if (t.text === '&' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && !stopAt.has(j + 1)) {
      j++; // "Founder & CEO"
    } else if (t.text === '(' && tokens[j + 2]?.text === ')' && isAcronymLike(tokens[j + 1]?.text ?? '')) {
      j += 3;
      lastStrong = j;
    } else break;
  }
  // Keep at most two lower-case words after the last capital ("Tỉnh ủy", "Bộ Công thương").
  // (all of them when a name follows: "Thứ trưởng Bộ Giao thông vận tải Nguyễn Văn Công").
  end = j - lastStrong <= 2 || stopAt.has(j) ? j : lastStrong;
  while (end > i + head && ['và', 'các', 'của', 'tại'].includes(lower(tokens[end - 1]?.text ?? ''))) end--;
  return end;
}

function span(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  return sentence.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

/**
 * Finds people with their titles in one sentence, in every way Vietnamese news writes them:
 * "ông X - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Y" (two titles), "ông X, Chủ tịch UBND tỉnh Y",
 * "Chủ tịch UBND TP.Hải Phòng Lê Ngọc Châu", "Bộ trưởng Khoa học và Công nghệ Huỳnh Thành Đạt",
 * "Phó thủ tướng Trần Lưu Quang", "Thứ trưởng Bộ KH&CN Vũ Hải Quân", "Bí thư Nguyễn Xuân Ký".
 *
 * @param sentence - One sentence (NFC).
 * @param known - Known officials by name slug; their names are found whatever the family name.
 * @param places - Slugs of known place names, never read as people.
 * @returns Every person with a title; a person named twice with two titles gives two entries.
 * @example
 * ```ts
 * findTitles('Dự có Phó thủ tướng Trần Lưu Quang; ông Nguyễn Xuân Ký, Bí thư Tỉnh ủy Quảng Ninh.', new Map())
 *   .map((m) => [m.person.name, m.title]);
 * // [['Trần Lưu Quang', 'Phó thủ tướng'], ['Nguyễn Xuân Ký', 'Bí thư Tỉnh ủy Quảng Ninh']]
 * ```
 */
export function findTitles(
  sentence: string,
  known: KnownPeople,
  places: ReadonlySet<string> = new Set(),
): TitleMention[] {
  const tokens = tokenize(sentence);
  const people = findPeople(tokens, known, places);
  const byStart = new Map(people.map((p) => [p.from, p]));
  const starts = new Set(byStart.keys());
  const out: TitleMention[] = [];
  // Title, then the name straight after it.
  let covered = 0; // "Phó Chủ tịch" holds "Chủ tịch": a head inside a title found already is not another title
  for (let i = 0; i < tokens.length; i++) {
    if (i < covered || headAt(tokens, i) === 0) continue;
    const end = titleAt(tokens, i, starts);
    covered = end;
    const person = byStart.get(end);
    if (person) out.push({ person, title: span(sentence, tokens, i, end), form: 'title-name' });
  }
  // Name, then "-", "," or "(" and one or more titles separated by commas.
  for (const person of people) {
    let j = person.to;
    const sep = tokens[j];
    if (!sep) continue;
    const form =
      sep.type === 'dash'
        ? 'name-dash-title'
        : sep.text === ','
          ? 'name-comma-title'
          : sep.text === '('
            ? 'name-paren-title'
            : null;
    if (!form) continue;
    j++;
    for (;;) {
      const end = titleAt(tokens, j, starts);
      // "có Bộ trưởng A, Đại sứ Nhật Bản B": a title straight before the next name is that person's.
      if (end === j || starts.has(end)) break;
      out.push({ person, title: span(sentence, tokens, j, end), form });
      if (tokens[end]?.text !== ',' || headAt(tokens, end + 1) === 0) break;
      j = end + 1;
    }
  }
  return out;
}
