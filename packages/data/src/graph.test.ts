import type { OfficialId, PlaceId } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { GraphInputError } from './errors.js';
import { buildGraph } from './graph.js';
import { smallData } from './test-data.js';

const anh = 'tran-thi-a' as OfficialId;

describe('buildGraph on a small data set', () => {
  it('follows every reference of an event, both ways', () => {
    const graph = buildGraph(smallData());
    const event = graph.event('dien-dan-a')!;
    expect(event.place.record.id).toBe('da-nang');
    expect(event.place.parent?.record.id).toBe('viet-nam');
    expect(event.organisers.map((o) => [o.organization.record.id, o.role])).toEqual([['so-khcn-da-nang', 'organiser']]);
    expect(graph.organization('so-khcn-da-nang')!.events).toEqual([event]);
    expect(graph.place('da-nang')!.events).toEqual([event]);
    expect(graph.place('viet-nam')!.children.map((p) => p.record.id)).toEqual(['da-nang']);
  });

  it('gives one participation per person, with every role and citation and the posts held on the first day', () => {
    const graph = buildGraph(smallData());
    const event = graph.event('dien-dan-a')!;
    expect(event.day).toBe('2024-03-04');
    expect(event.participants).toHaveLength(1);
    const [p] = event.participants;
    expect(p!.official.record.id).toBe('tran-thi-a');
    expect(p!.roles).toEqual(['opened', 'spoke']);
    expect(p!.citations.map((c) => c.source)).toEqual(['bao-a', 'bao-a', 'bao-b']);
    // Observed on 2024-03-05, one day after the event's first day; the board term ended in 2023.
    expect(p!.posts.map((h) => [h.post.title.en, h.inferred, h.nearest?.days])).toEqual([
      ['Director of the Department of Science and Technology', true, 1],
    ]);
    expect(graph.official('tran-thi-a')!.events).toEqual([p]);
  });

  it('merges position rows of one post across sources and wordings, keeping every citation', () => {
    const graph = buildGraph(smallData());
    const posts = graph.official('tran-thi-a')!.posts;
    expect(posts).toHaveLength(2);
    const director = posts[0]!;
    expect(director.wordings).toEqual(['Giám đốc Sở Khoa học và Công nghệ', 'Giám đốc Sở KH&CN']);
    expect(director.observed).toEqual(['2024-03-05', '2024-06-10']);
    expect(director.citations.map((c) => [c.source, c.asOf])).toEqual([
      ['bao-a', '2024-03-05'],
      ['bao-b', '2024-06-10'],
    ]);
    expect(graph.organization('so-khcn-da-nang')!.posts).toEqual([director]);
  });

  it('dates a project by its event, else by its first source', () => {
    const graph = buildGraph(smallData());
    expect(graph.project('du-an-co-su-kien')!.date).toEqual({ day: '2024-03-04', basis: 'event' });
    expect(graph.project('du-an-khong-su-kien')!.date).toEqual({ day: '2024-06-10', basis: 'source' });
    expect(graph.project('du-an-co-su-kien')!.investors.map((o) => o.record.id)).toEqual(['cong-ty-x']);
    expect(graph.event('dien-dan-a')!.projects.map((p) => p.record.id)).toEqual(['du-an-co-su-kien']);
    expect(graph.organization('cong-ty-x')!.projects).toHaveLength(1);
  });

  it('returns undefined for an unknown id', () => {
    const graph = buildGraph(smallData());
    expect(graph.event('khong-co')).toBeUndefined();
    expect(graph.official('dien-dan-a')).toBeUndefined();
    expect(graph.postsAt('khong-co' as OfficialId, '2024-01-01')).toBeUndefined();
    expect(graph.metricSeries({ indicator: 'population', place: 'da-nang' as PlaceId })).toEqual([]);
  });

  it('refuses data with a dangling required reference, naming it', () => {
    const data = smallData();
    data.events = data.events.map((e) => ({ ...e, place: 'hue' as PlaceId }));
    expect(() => buildGraph(data)).toThrow(GraphInputError);
    expect(() => buildGraph(data)).toThrow('event dien-dan-a refers to "hue"');
  });

  it('is read-only at run time', () => {
    const graph = buildGraph(smallData());
    expect(Object.isFrozen(graph)).toBe(true);
    expect(Object.isFrozen(graph.events)).toBe(true);
    expect(Object.isFrozen(graph.event('dien-dan-a')!.participants)).toBe(true);
    expect(Object.isFrozen(graph.official('tran-thi-a')!.posts[0]!.citations)).toBe(true);
  });
});

describe('postsAt', () => {
  const graph = buildGraph(smallData());
  const titles = (date: string, toleranceDays?: number) =>
    graph
      .postsAt(anh, date, toleranceDays === undefined ? {} : { toleranceDays })!
      .map((h) => `${h.post.title.en}${h.inferred ? ' (inferred)' : ''}`);

  it('uses a stated term where there is one, and no observation outside a term stated at both ends', () => {
    expect(titles('2021-05-01')).toEqual(['Chair of the Board']);
    expect(titles('2020-01-01')).toEqual(['Chair of the Board']);
    expect(titles('2023-12-31')).toEqual(['Chair of the Board']);
    // Observed on 2024-06-10 but the stated term ended on 2023-12-31.
    expect(titles('2024-06-10')).toEqual(['Director of the Department of Science and Technology (inferred)']);
  });

  it('infers from the nearest observation within the tolerance, inclusive, and not beyond', () => {
    expect(graph.postsAt(anh, '2024-07-11')![0]!.nearest).toEqual({ observed: '2024-06-10', days: -31 });
    expect(titles('2024-07-12')).toEqual([]);
    expect(titles('2024-02-03')).toEqual(['Director of the Department of Science and Technology (inferred)']);
    expect(titles('2024-02-02')).toEqual([]);
    expect(titles('2024-04-20', 0)).toEqual([]);
    expect(titles('2024-04-20', 60)).toEqual(['Director of the Department of Science and Technology (inferred)']);
    expect(graph.postsAt(anh, '2024-04-20', { toleranceDays: 60 })![0]!.nearest).toEqual({
      observed: '2024-03-05',
      days: -46,
    });
  });

  it('throws GraphInputError for a malformed date or tolerance', () => {
    expect(() => graph.postsAt(anh, '24/11/2025')).toThrow(GraphInputError);
    expect(() => graph.postsAt(anh, '2025-02-30')).toThrow('expected date as YYYY-MM-DD, found "2025-02-30"');
    expect(() => graph.postsAt(anh, '2025-01-01', { toleranceDays: -1 })).toThrow(GraphInputError);
    expect(() => graph.postsAt(anh, '2025-01-01', { toleranceDays: 1.5 })).toThrow(GraphInputError);
  });
});

describe('metricSeries', () => {
  const graph = buildGraph(smallData());

  it('orders each series by period and keeps actual, estimate and target apart, one series per unit', () => {
    const [percent, vnd, ...rest] = graph.metricSeries({ indicator: 'grdp-growth', place: 'da-nang' as PlaceId });
    expect(rest).toEqual([]);
    expect(percent!.unit).toBe('percent');
    expect(percent!.actual.map((m) => m.id)).toEqual(['m-2022', 'm-2023', 'm-2024']);
    expect(percent!.estimate.map((m) => m.id)).toEqual(['m-2025']);
    expect(percent!.target.map((m) => m.id)).toEqual(['m-2030']);
    expect(percent!.preliminary).toEqual([]);
    expect(vnd!.actual.map((m) => m.id)).toEqual(['m-vnd']);
    expect(vnd!.actual[0]!.value).toEqual({ amount: 5e12, currency: 'VND', bound: 'exact' });
    expect(graph.metricSeries({ indicator: 'grdp-growth', place: 'da-nang' as PlaceId, unit: 'VND' })).toEqual([vnd]);
    expect(graph.series).toHaveLength(2);
  });

  it('links each figure to its place and sources', () => {
    const metric = graph.metric('m-2024')!;
    expect(metric.place.record.id).toBe('da-nang');
    expect(metric.sources.map((s) => s.id)).toEqual(['bao-a']);
    expect(graph.place('da-nang')!.metrics).toHaveLength(6);
  });
});

describe('names', () => {
  it('finds records by name ignoring case and diacritics, in Vietnamese, English or abbreviation', () => {
    const graph = buildGraph(smallData());
    expect(graph.findByName('tran thi anh').map((e) => [e.kind, e.id])).toEqual([['official', 'tran-thi-a']]);
    expect(graph.findByName('ĐÀ NẴNG', 'place').map((e) => e.id)).toEqual(['da-nang']);
    expect(graph.findByName('Sở KH&CN').map((e) => e.id)).toEqual(['so-khcn-da-nang']);
    expect(graph.findByName('Innovation Forum').map((e) => e.id)).toEqual(['dien-dan-a']);
    expect(graph.findByName('')).toEqual([]);
    expect(graph.findPlace('da nang')?.record.id).toBe('da-nang');
    expect(graph.findOfficial('Trần Thị Ánh')?.record.id).toBe('tran-thi-a');
    expect(graph.findOrganization('khong co')).toBeUndefined();
  });

  it('searches by word starts', () => {
    const graph = buildGraph(smallData());
    expect(graph.searchNames('da nan').map((e) => e.id)).toEqual(['da-nang', 'so-khcn-da-nang']);
    expect(graph.searchNames('nang').map((e) => e.id)).toContain('da-nang');
    expect(graph.searchNames('ang')).toEqual([]);
    expect(graph.searchNames('  ')).toEqual([]);
    expect(graph.searchNames('d', 1)).toHaveLength(1);
  });

  it('asks a name resolver first when one is given', () => {
    const graph = buildGraph(smallData(), {
      resolvers: {
        place: (name) => (name === 'Thành phố bên sông Hàn' ? 'da-nang' : undefined),
        organization: (name) => (name === 'X' ? { id: 'cong-ty-x' } : null),
      },
    });
    expect(graph.findPlace('Thành phố bên sông Hàn')?.record.id).toBe('da-nang');
    expect(graph.findPlace('Đà Nẵng')).toBeUndefined();
    expect(graph.findOrganization('X')?.record.id).toBe('cong-ty-x');
    expect(graph.findOfficial('Tran Thi Anh')?.record.id).toBe('tran-thi-a');
  });
});
