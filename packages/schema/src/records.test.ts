import { describe, expect, it } from 'vitest';
import { describeIssues } from './errors.js';
import { Event, Metric, Official, Organization, Place, Position, Project, Source } from './records/index.js';

const cite = [{ source: 'tbtco-2025-11-24-quang-ninh', quote: 'Ngày 24/11/2025' }];

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  // biome-ignore lint/suspicious/noExplicitAny: the ZodError of a failed parse
  return describeIssues(result.error as any);
}

const source = {
  id: 'tbtco-2025-11-24-quang-ninh-xuc-tien-dau-tu',
  kind: 'news-article',
  language: 'vi',
  title: {
    vi: 'Quảng Ninh tổ chức Hội nghị Xúc tiến đầu tư',
    en: 'Quang Ninh holds an investment promotion conference',
  },
  publisher: 'Thời báo Tài chính Việt Nam (TBTCO)',
  published: '2025-11-24',
  publishedBasis: 'stated',
  textFile: 'text/tbtco-2025-11-24-quang-ninh-xuc-tien-dau-tu.txt',
  sha256: 'a'.repeat(64),
};
const position = {
  title: { vi: 'Chủ tịch UBND tỉnh Quảng Ninh', en: 'Chairman of the Quang Ninh Provincial People’s Committee' },
  organization: 'ubnd-tinh-quang-ninh',
  asOf: '2025-11-24',
  sources: cite,
};
const event = {
  id: 'hoi-nghi-xuc-tien-dau-tu-quang-ninh-2025',
  kind: 'conference',
  name: { vi: 'Hội nghị Xúc tiến đầu tư', en: 'Investment promotion conference' },
  date: { start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning', text: 'sáng 24/11' },
  place: 'quang-ninh',
  attendance: { value: 450, unit: 'person', bound: 'lower', text: 'hơn 450 đại biểu' },
  organisers: [
    { organization: 'ubnd-tinh-quang-ninh', role: 'organiser', sources: [{ source: 's', quote: 'tổ chức' }] },
  ],
  participants: [{ official: 'vu-hai-quan', role: 'spoke', sources: cite }],
  outcomes: [
    {
      kind: 'investment-approval',
      description: { vi: 'trao quyết định cho 7 dự án', en: 'approvals for 7 projects' },
      count: { value: 7, unit: 'project', bound: 'exact' },
      money: { amount: 16e12, currency: 'VND', bound: 'lower' },
      sources: cite,
    },
  ],
  sources: cite,
};
const project = {
  id: 'khu-cong-nghe-so-tap-trung-tuan-chau',
  kind: 'project',
  status: 'approved',
  name: { vi: 'Khu Công nghệ số tập trung và khu phụ trợ', en: 'Concentrated digital technology park' },
  place: 'phuong-tuan-chau',
  investors: ['fpt'],
  sectors: ['ai', 'big-data'],
  investment: { amount: 138e9, currency: 'VND', bound: 'lower', text: 'hơn 138 tỷ đồng' },
  sources: cite,
};
const metric = {
  id: 'hai-phong-grdp-growth-2025-q2',
  indicator: 'grdp-growth',
  place: 'hai-phong',
  period: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter' },
  value: { value: 11.2, unit: 'percent', bound: 'exact', text: '11,2%' },
  status: 'actual',
  basis: 'year-on-year',
  sources: cite,
};

describe('valid records pass unchanged', () => {
  it.each([
    ['Source', Source, source],
    [
      'Place',
      Place,
      {
        id: 'quang-ninh',
        name: { vi: 'Quảng Ninh', en: 'Quang Ninh' },
        kind: 'province',
        parent: 'viet-nam',
        sources: [],
      },
    ],
    [
      'Organization',
      Organization,
      {
        id: 'bo-khoa-hoc-va-cong-nghe',
        kind: 'ministry',
        abbreviation: 'Bộ KH&CN',
        name: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
        sources: [],
      },
    ],
    [
      'Official',
      Official,
      { id: 'bui-van-khang', name: { vi: 'Bùi Văn Khắng', en: 'Bui Van Khang' }, positions: [position] },
    ],
    ['Event', Event, event],
    ['Project', Project, project],
    ['Metric', Metric, metric],
  ] as const)('%s', (_name, schema, value) => {
    expect(schema.parse(value)).toEqual(value);
  });
});

describe('every fact-bearing record has at least one source', () => {
  const none = 'expected at least one source (every fact cites a source with a quote or a locator), found none';
  it.each([
    ['Event', Event, { ...event, sources: [] }, 'sources'],
    ['Project', Project, { ...project, sources: [] }, 'sources'],
    ['Metric', Metric, { ...metric, sources: [] }, 'sources'],
    ['Position', Position, { ...position, sources: [] }, 'sources'],
    [
      'Event participant',
      Event,
      { ...event, participants: [{ official: 'vu-hai-quan', role: 'spoke', sources: [] }] },
      'participants.0.sources',
    ],
  ] as const)('%s', (_name, schema, value, path) => {
    expect(issues(schema, value)).toContainEqual(expect.objectContaining({ path, message: none }));
  });
  it('a missing sources field is reported too', () => {
    const { sources: _, ...withoutSources } = metric;
    expect(issues(Metric, withoutSources)[0]?.path).toBe('sources');
  });
});

describe('rules across fields', () => {
  it('rejects a position that ends before it starts', () => {
    expect(issues(Position, { ...position, start: '2025-01-01', end: '2024-01-01' })[0]).toEqual(
      expect.objectContaining({ path: 'end', message: 'expected end ≥ start' }),
    );
  });
  it('rejects a place valid until before it is valid from', () => {
    const place = {
      id: 'hai-duong',
      name: { vi: 'Hải Dương', en: 'Hai Duong' },
      kind: 'province',
      validFrom: '2025-07-01',
      validUntil: '2025-06-30',
      sources: [],
    };
    expect(issues(Place, place)[0]?.path).toBe('validUntil');
  });
  it('rejects an official with no position', () => {
    expect(issues(Official, { id: 'x', name: { vi: 'X', en: 'X' }, positions: [] })[0]?.message).toBe(
      'expected at least one position, found none',
    );
  });
  it('reports nested problems with their full path', () => {
    const bad = {
      ...event,
      outcomes: [{ ...event.outcomes[0], money: { amount: -5, currency: 'VNĐ', bound: 'lower' } }],
    };
    expect(issues(Event, bad).map((p) => p.path)).toEqual(['outcomes.0.money.amount', 'outcomes.0.money.currency']);
  });
  it('rejects an unknown enum value naming the allowed ones', () => {
    expect(issues(Metric, { ...metric, status: 'guess' })[0]?.message).toMatch(/actual.*preliminary.*estimate.*target/);
  });
  it('rejects a bad sha256 and a text file outside text/', () => {
    const found = issues(Source, { ...source, sha256: 'XYZ', textFile: '../etc/passwd' }).map((p) => p.path);
    expect(found).toEqual(['textFile', 'sha256']);
  });
});
