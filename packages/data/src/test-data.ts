import type {
  EventRecord,
  MetricRecord,
  OfficialRecord,
  OrganizationRecord,
  PlaceRecord,
  ProjectRecord,
  SourceRecord,
} from '@vnsti/schema';
import type { GraphData } from './graph.js';

// Small hand-written records for the graph's tests (invented names and quotes, not from any article).
// The brands on ids exist only in the types, so plain objects stand in for published records.

const cite = (source: string) => [{ source, quote: 'câu trích dẫn' }];

/** A complete small data set: two places, two organizations, one official with dated posts, one event. @internal */
export function smallData(): {
  -readonly [K in keyof GraphData]: Array<GraphData[K][number]>;
} {
  const sources = [
    { id: 'bao-a', kind: 'news-article', title: { vi: 'Bài A', en: 'Article A' }, published: '2024-03-05' },
    { id: 'bao-b', kind: 'news-article', title: { vi: 'Bài B', en: 'Article B' }, published: '2024-06-10' },
  ] as unknown as SourceRecord[];
  const places = [
    { id: 'viet-nam', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country', sources: [] },
    {
      id: 'da-nang',
      name: { vi: 'Đà Nẵng', en: 'Da Nang' },
      kind: 'centrally-run-city',
      parent: 'viet-nam',
      sources: [],
    },
  ] as unknown as PlaceRecord[];
  const organizations = [
    {
      id: 'so-khcn-da-nang',
      name: { vi: 'Sở Khoa học và Công nghệ Đà Nẵng', en: 'Da Nang Department of Science and Technology' },
      abbreviation: 'Sở KH&CN',
      kind: 'department',
      place: 'da-nang',
      sources: [],
    },
    { id: 'cong-ty-x', name: { vi: 'Công ty X', en: 'X Company' }, kind: 'company', sources: [] },
  ] as unknown as OrganizationRecord[];
  const officials = [
    {
      id: 'tran-thi-a',
      name: { vi: 'Trần Thị Ánh', en: 'Tran Thi Anh' },
      positions: [
        // The same post in two wordings from two sources: one post, both citations.
        {
          title: {
            vi: 'Giám đốc Sở Khoa học và Công nghệ',
            en: 'Director of the Department of Science and Technology',
          },
          organization: 'so-khcn-da-nang',
          asOf: '2024-03-05',
          sources: cite('bao-a'),
        },
        {
          title: { vi: 'Giám đốc Sở KH&CN', en: 'Director of the Department of Science and Technology' },
          organization: 'so-khcn-da-nang',
          asOf: '2024-06-10',
          sources: cite('bao-b'),
        },
        // A post with a stated term.
        {
          title: { vi: 'Chủ tịch Hội đồng quản trị', en: 'Chair of the Board' },
          organization: 'cong-ty-x',
          asOf: '2024-06-10',
          start: '2020-01-01',
          end: '2023-12-31',
          sources: cite('bao-b'),
        },
      ],
    },
  ] as unknown as OfficialRecord[];
  const events = [
    {
      id: 'dien-dan-a',
      name: { vi: 'Diễn đàn Đổi mới sáng tạo', en: 'Innovation Forum' },
      kind: 'forum',
      date: { start: '2024-03-04', end: '2024-03-05', precision: 'span' },
      place: 'da-nang',
      organisers: [{ organization: 'so-khcn-da-nang', role: 'organiser' }],
      participants: [
        { official: 'tran-thi-a', role: 'opened', sources: cite('bao-a') },
        { official: 'tran-thi-a', role: 'spoke', sources: cite('bao-a') },
        { official: 'tran-thi-a', role: 'opened', sources: cite('bao-b') },
      ],
      outcomes: [],
      sources: cite('bao-a'),
    },
  ] as unknown as EventRecord[];
  const projects = [
    {
      id: 'du-an-co-su-kien',
      name: { vi: 'Dự án có sự kiện', en: 'Project with an event' },
      kind: 'project',
      investors: ['cong-ty-x'],
      sectors: [],
      status: 'approved',
      event: 'dien-dan-a',
      sources: cite('bao-b'),
    },
    {
      id: 'du-an-khong-su-kien',
      name: { vi: 'Dự án không sự kiện', en: 'Project without an event' },
      kind: 'project',
      place: 'da-nang',
      investors: [],
      sectors: [],
      status: 'mou',
      sources: cite('bao-b'),
    },
  ] as unknown as ProjectRecord[];
  const metric = (id: string, status: string, start: string, end: string, value: number, unit = 'percent') =>
    ({
      id,
      indicator: 'grdp-growth',
      place: 'da-nang',
      period: { start, end, precision: 'year' },
      value: /^[A-Z]{3}$/.test(unit)
        ? { amount: value, currency: unit, bound: 'exact' }
        : { value, unit, bound: 'exact' },
      status,
      sources: cite('bao-a'),
    }) as unknown as MetricRecord;
  const metrics = [
    metric('m-2024', 'actual', '2024-01-01', '2024-12-31', 8),
    metric('m-2030', 'target', '2030-01-01', '2030-12-31', 10),
    metric('m-2022', 'actual', '2022-01-01', '2022-12-31', 6),
    metric('m-2025', 'estimate', '2025-01-01', '2025-12-31', 9),
    metric('m-2023', 'actual', '2023-01-01', '2023-12-31', 7),
    metric('m-vnd', 'actual', '2023-01-01', '2023-12-31', 5e12, 'VND'),
  ];
  return { sources, places, organizations, officials, events, projects, metrics };
}
