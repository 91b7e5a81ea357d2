import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, SOURCES_HEADER } from '../../test/contribute/fixture.js';
import { addSource } from './add-source.js';
import { ContributeError } from './errors.js';
import { draftRecords, extract } from './extract.js';
import { findTitles } from './people.js';
import { splitSentences, tokenize } from './text.js';

const titles = (s: string) => findTitles(s, new Map()).map((m) => [m.person.name, m.title]);

describe('findTitles: people with titles as Vietnamese news writes them', () => {
  it.each([
    [
      'ông Bùi Văn Khắng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh đã khẳng định',
      [
        ['Bùi Văn Khắng', 'Phó Bí thư Tỉnh ủy'],
        ['Bùi Văn Khắng', 'Chủ tịch UBND tỉnh Quảng Ninh'],
      ],
    ],
    [
      'Tại hội nghị ông Bùi Văn Khắng, Chủ tịch UBND tỉnh Quảng Ninh mong muốn',
      [['Bùi Văn Khắng', 'Chủ tịch UBND tỉnh Quảng Ninh']],
    ],
    [
      'Phát biểu tại hội nghị, Chủ tịch UBND TP.Hải Phòng Lê Ngọc Châu cho biết',
      [['Lê Ngọc Châu', 'Chủ tịch UBND TP.Hải Phòng']],
    ],
    [
      'Bộ trưởng Khoa học và Công nghệ Huỳnh Thành Đạt phát biểu',
      [['Huỳnh Thành Đạt', 'Bộ trưởng Khoa học và Công nghệ']],
    ],
    ['Dự lễ khai mạc có Phó thủ tướng Trần Lưu Quang.', [['Trần Lưu Quang', 'Phó thủ tướng']]],
    ['Thứ trưởng Bộ KH&CN Vũ Hải Quân. Ảnh: Quốc Nam.', [['Vũ Hải Quân', 'Thứ trưởng Bộ KH&CN']]],
    ['“Để đạt được mục tiêu đó”, Bí thư Nguyễn Xuân Ký cho hay.', [['Nguyễn Xuân Ký', 'Bí thư']]],
    [
      'Ông Vũ Đức Lợi, Phó Viện trưởng phụ trách Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc (VKIST), Bộ Khoa học và Công nghệ, cho rằng',
      [['Vũ Đức Lợi', 'Phó Viện trưởng phụ trách Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc (VKIST)']],
    ],
    [
      'Ông Bùi Văn Khắng - Chủ tịch UBND tỉnh Quảng Ninh - cam kết đồng hành',
      [['Bùi Văn Khắng', 'Chủ tịch UBND tỉnh Quảng Ninh']],
    ],
    [
      'Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký, trong bài phát biểu chào mừng',
      [['Nguyễn Xuân Ký', 'Bí thư Tỉnh ủy Quảng Ninh']],
    ],
    ['bà Trần Thị Minh Khai (Giám đốc Sở KH&CN Hà Nội) cho biết', [['Trần Thị Minh Khai', 'Giám đốc Sở KH&CN Hà Nội']]],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toEqual(expected);
  });

  it('reads no person in places, streets and titles without a name', () => {
    expect(titles('Đoàn đến Hà Nội và TP Hồ Chí Minh, đường Trần Hưng Đạo.')).toEqual([]);
    expect(titles('Theo Bí thư Tỉnh ủy Quảng Ninh, khi đã có hạ tầng đồng bộ')).toEqual([]);
    expect(titles('Bộ trưởng Đạt nhấn mạnh')).toEqual([]);
  });

  it('finds a known official whatever the family name', () => {
    const known = new Map([['y-moan-enuol', { id: 'y-moan-enuol', name: 'Y Moan Enuol' }]]);
    expect(
      findTitles('Phó Chủ tịch Ksor Phước và Giám đốc Y Moan Enuol dự.', known).map((m) => m.person.name),
    ).toContain('Y Moan Enuol');
  });

  it('stays near-linear on adversarial 100 kB inputs', () => {
    const inputs = [
      `${'Chủ tịch Nguyễn '.repeat(6000)}Văn A. ${'Ông Bùi, '.repeat(6000)}`,
      'GRDP quý 2 tăng 11,2%, dân số 4 triệu người, 7 dự án hơn 16.000 tỷ đồng ngày 3.7 hội nghị '.repeat(1200),
      '1.'.repeat(50_000),
      'Hồ Hồ Hồ Hồ '.repeat(8000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      splitSentences(input);
      tokenize(input);
      findTitles(input, new Map());
      draftRecords('s', input, '2025-08-21', {});
      expect(performance.now() - t0).toBeLessThan(4000);
    }
  });
});

describe('splitSentences', () => {
  it('splits sloppy news text but not after TP.', () => {
    expect(
      splitSentences('Sáng 24/11.Tại TP.Hải Phòng, ông A phát biểu. Ông B dự.\nẢnh: T.D').map((s) => s.text),
    ).toEqual(['Sáng 24/11.', 'Tại TP.Hải Phòng, ông A phát biểu.', 'Ông B dự.', 'Ảnh: T.D']);
  });
});

describe('draftRecords', () => {
  const text = [
    'Dự lễ khai mạc có Phó thủ tướng Trần Lưu Quang; ông Nguyễn Xuân Ký, Bí thư Tỉnh ủy Quảng Ninh.',
    'Khu Công nghệ số tập trung tại phường Tuần Châu, vốn hơn 138 tỷ đồng, do tập đoàn FPT làm chủ đầu tư.',
    'Sáng 24/11, tỉnh Quảng Ninh tổ chức Hội nghị xúc tiến đầu tư, thu hút hơn 450 đại biểu.',
    'GRDP quý 2 tăng 11,2%, quý 3 ước đạt 13,92%.',
  ].join('\n');
  const data = {
    organizations: { headers: [], rows: [{ id: 'fpt', name_vi: 'Tập đoàn FPT', abbreviation: 'FPT' }] },
    places: { headers: [], rows: [{ id: 'quang-ninh', name_vi: 'Quảng Ninh' }] },
    indicators: {
      headers: [],
      rows: [
        { id: 'grdp-growth', unit_kind: 'percent', units: '', phrases_vi: 'tăng trưởng; grdp' },
        { id: 'area', unit_kind: 'area', units: '', phrases_vi: 'diện tích' },
        { id: 'enterprise-count', unit_kind: 'count', units: 'doanh nghiệp', phrases_vi: 'doanh nghiệp' },
      ],
    },
  };
  const drafts = draftRecords('src-1', text, '2025-11-24', data);

  it('drafts positions in the positions layout, new officials with an English name', () => {
    const positions = drafts
      .filter((d) => d.table === 'positions')
      .map((d) => [d.row['official'], d.row['title_vi'], d.row['source']]);
    expect(positions).toEqual([
      ['tran-luu-quang', 'Phó thủ tướng', 'src-1'],
      ['nguyen-xuan-ky', 'Bí thư Tỉnh ủy Quảng Ninh', 'src-1'],
    ]);
    const officials = drafts.filter((d) => d.table === 'officials').map((d) => d.row);
    expect(officials).toContainEqual({ id: 'tran-luu-quang', name_vi: 'Trần Lưu Quang', name_en: 'Tran Luu Quang' });
    for (const d of drafts.filter((x) => x.table === 'positions')) {
      expect(Object.keys(d.row)).toEqual([
        'official',
        'title_vi',
        'title_en',
        'organization',
        'as_of',
        'start',
        'end',
        'organization_historical',
        'source',
        'quote',
        'locator',
      ]);
      expect(text).toContain(d.row['quote']);
    }
  });

  it('drafts money with its context: what, by whom', () => {
    const money = drafts.find((d) => d.kind === 'amount' && d.figure?.unit === 'VND');
    expect(money?.table).toBe('projects');
    expect(money?.row['investment']).toBe('hơn 138 tỷ đồng');
    expect(money?.figure).toEqual({ value: 138e9, unit: 'VND', bound: 'lower', text: 'hơn 138 tỷ đồng' });
    expect(money?.note).toContain('project: "Khu Công nghệ số tập trung tại phường Tuần Châu"');
    expect(money?.note).toContain('organization: fpt');
    expect(money?.quote).toBe(
      'Khu Công nghệ số tập trung tại phường Tuần Châu, vốn hơn 138 tỷ đồng, do tập đoàn FPT làm chủ đầu tư.',
    );
    const attendance = drafts.find((d) => d.kind === 'amount' && d.figure?.unit === 'person');
    expect(attendance?.row['attendance']).toBe('hơn 450 đại biểu');
  });

  it('drafts event dates and metrics with periods', () => {
    const event = drafts.find((d) => d.kind === 'event');
    expect(event?.row).toMatchObject({ date: 'Sáng 24/11', kind: 'conference', place: 'quang-ninh' });
    expect(event?.period).toMatchObject({ start: '2025-11-24', partOfDay: 'morning' });
    const metrics = drafts
      .filter((d) => d.kind === 'metric')
      .map((d) => [d.row['indicator'], d.row['period'], d.row['value'], d.row['status']]);
    expect(metrics).toEqual([
      ['grdp-growth', 'quý 2', '11,2%', 'actual'],
      ['grdp-growth', 'quý 3', '13,92%', 'estimate'],
    ]);
  });
});

describe('draftRecords on people at events', () => {
  const text = [
    'Sáng 2/10, tỉnh Bắc Ninh tổ chức lễ khánh thành nhà máy. Phát biểu khai mạc, Chủ tịch UBND tỉnh Lê Văn An nhấn mạnh vai trò của doanh nghiệp.',
    'Dự lễ có Đại sứ Hàn Quốc tại Việt Nam Lee Sang-woo, Bộ trưởng Bộ Công Thương Trần Minh Bảo và bà Emily Carter, Consul General of the United States.',
    'Ông Park Ji-hoon, Tổng Giám đốc Hanwon Việt Nam cho biết công ty sẽ mở rộng.',
  ].join('\n');
  const drafts = draftRecords('s', text, '2025-10-03', {});
  const titleOf = (name: string) =>
    drafts.filter((d) => d.kind === 'position' && d.note.startsWith(name)).map((d) => d.row['title_vi']);

  it('reads foreign names, English titles, and gives a title before a name in a list to that name', () => {
    expect(titleOf('Lee Sang-woo')).toEqual(['Đại sứ Hàn Quốc tại Việt Nam']);
    expect(titleOf('Trần Minh Bảo')).toEqual(['Bộ trưởng Bộ Công Thương']);
    expect(titleOf('Emily Carter')).toEqual(['Consul General of the United States']);
    expect(titleOf('Park Ji-hoon')).toEqual(['Tổng Giám đốc Hanwon Việt Nam']);
    expect(drafts.filter((d) => d.kind === 'position' && /United|Hàn Quốc tại/.test(d.row['official'] ?? ''))).toEqual(
      [],
    );
  });

  it('drafts the event of a paragraph that opens with its date, and who opened, spoke and attended', () => {
    const event = drafts.find((d) => d.kind === 'event');
    expect(event?.period).toMatchObject({ start: '2025-10-02', end: '2025-10-02' });
    expect(event?.row['kind']).toBe('ceremony');
    const roles = drafts.filter((d) => d.kind === 'participant').map((d) => [d.row['official'], d.row['role']]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['le-van-an', 'opened'],
        ['lee-sang-woo', 'attended'],
        ['park-ji-hoon', 'spoke'],
      ]),
    );
    expect(roles.every(([, r]) => ['opened', 'chaired', 'spoke', 'attended'].includes(r ?? ''))).toBe(true);
  });

  it('drafts places and organizations the resolvers do not know, and none the resolver knows', () => {
    expect(drafts.find((d) => d.kind === 'place')?.row).toMatchObject({
      id: 'bac-ninh',
      name_vi: 'Bắc Ninh',
      kind: 'province',
    });
    const known = draftRecords(
      's',
      text,
      '2025-10-03',
      {},
      { place: (name) => (name === 'Bắc Ninh' ? 'bac-ninh' : undefined) },
    );
    expect(known.filter((d) => d.kind === 'place')).toEqual([]);
    expect(known.find((d) => d.kind === 'event')?.row['place']).toBe('bac-ninh');
    expect(drafts.some((d) => d.kind === 'organization' && d.row['name_vi'] === 'Hanwon Việt Nam')).toBe(true);
  });
});

describe('draftRecords on figures', () => {
  const data = {
    indicators: {
      headers: [],
      rows: [
        { id: 'area', unit_kind: 'area', units: '', phrases_vi: 'diện tích' },
        { id: 'jobs', unit_kind: 'count', units: 'lao động', phrases_vi: 'việc làm' },
        { id: 'grdp-growth', unit_kind: 'percent', units: '', phrases_vi: 'tăng trưởng' },
      ],
    },
  };
  const metrics = (text: string, published = '2024-03-06') =>
    draftRecords('s', text, published, data)
      .filter((d) => d.kind === 'metric')
      .map((d) => [d.row['indicator'], d.row['value'], d.row['status'], d.period?.start ?? '']);

  it('never turns a unit into another quantity: booths are not an area', () => {
    const drafts = draftRecords('s', 'Hội chợ có diện tích rộng, với hơn 200 gian hàng.', '2024-03-06', data);
    expect(drafts.filter((d) => d.kind === 'metric')).toEqual([]);
    expect(drafts.find((d) => d.figure?.unit === 'booth')?.kind).toBe('amount');
  });

  it('maps figures to the registry by phrase and noun, and says when no entry fits', () => {
    expect(metrics('Nhà máy dự kiến tạo việc làm cho khoảng 3.500 lao động.')).toEqual([
      ['jobs', 'khoảng 3.500 lao động', 'estimate', ''],
    ]);
    const none = draftRecords('s', 'Năm 2023, tỷ lệ lấp đầy đạt 78%.', '2024-03-06', data).find(
      (d) => d.kind === 'metric',
    );
    expect(none?.row['indicator']).toBe('');
    expect(none?.note).toContain('no indicator of the registry');
  });

  it('reads the status and the period from the sentence', () => {
    expect(metrics('Năm 2026, tỉnh phấn đấu tăng trưởng 11%.', '2026-01-06')).toEqual([
      ['grdp-growth', '11%', 'target', '2026-01-01'],
    ]);
    expect(metrics('Theo kế hoạch, đến năm 2030 tăng trưởng đạt 9%.')).toEqual([
      ['grdp-growth', '9%', 'target', '2030-01-01'],
    ]);
    expect(metrics('Năm 2023, tăng trưởng ước đạt 7,1%, đứng thứ 5 cả nước.')).toEqual([
      ['grdp-growth', '7,1%', 'estimate', '2023-01-01'],
      ['', 'thứ 5', 'actual', '2023-01-01'],
    ]);
    // "Bộ Kế hoạch và Đầu tư" is a name, not a plan.
    expect(metrics('Bộ trưởng Bộ Kế hoạch và Đầu tư cho biết vùng có diện tích 40.900 km2.')[0]?.[2]).toBe('actual');
  });
});

describe('extract', () => {
  /** A repository whose one source is the test article, added with `addSource`. */
  const repoWithArticle = () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    const added = addSource({
      repoRoot: root,
      articlePath: resolve(import.meta.dirname, '../../test/contribute/article.txt'),
      published: '2025-11-25',
      publisher: 'Tiền Phong Online (TPO)',
      titleEn: 'x',
      today: '2025-12-01',
    });
    if (!added.ok) throw new Error(added.message);
    return { root, added };
  };

  it('writes review/<source-id>.md and never touches datasets/', () => {
    const { root, added } = repoWithArticle();
    const list = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? list(`${dir}/${e.name}`)
          : [`${dir}/${e.name}:${readFileSync(join(root, dir, e.name), 'latin1').length}`],
      );
    const before = list('datasets');
    const r = extract({ repoRoot: root, sourceId: added.id });
    expect(list('datasets')).toEqual(before);
    expect(r.reviewPath).toBe(`review/${added.id}.md`);
    const review = readFileSync(join(root, r.reviewPath ?? ''), 'utf8');
    expect(review).toContain('## positions → `datasets/officials/data/positions.csv`');
    expect(review).toContain('vu-hai-quan,Thứ trưởng Thường trực Bộ KH&CN');
    expect(review).toContain('hơn 16.000 tỷ đồng');
    expect(existsSync(join(root, 'datasets/officials'))).toBe(false);
  });

  it('refuses a source whose published date is not a real day', () => {
    const { root, added } = repoWithArticle();
    const csv = join(root, 'datasets/sources/data/sources.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',2025-11-25,', ',2025-02-30,'));
    expect(() => extract({ repoRoot: root, sourceId: added.id })).toThrow(ContributeError);
    expect(() => extract({ repoRoot: root, sourceId: added.id })).toThrow(/no valid published date/);
    expect(existsSync(join(root, 'review'))).toBe(false);
  });

  it('refuses an unknown source', () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    expect(() => extract({ repoRoot: root, sourceId: 'nope' })).toThrow(/not in datasets\/sources/);
  });
});
