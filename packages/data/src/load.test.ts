import { events } from '@vnsti/events';
import { officials } from '@vnsti/officials';
import { resolvePlace } from '@vnsti/places';
import type { OfficialId, PlaceId } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { loadGraph } from './load.js';

// The graph over the dataset packages as built in this repository.
const graph = loadGraph();

describe('loadGraph over the datasets', () => {
  it('holds every record of every dataset', () => {
    expect(graph.events).toHaveLength(events.length);
    expect(graph.officials).toHaveLength(officials.length);
  });

  it('lists every event with its participants and the posts they held on its day, without a join', () => {
    for (const event of graph.events) {
      const rows = new Set(event.record.participants.map((p) => p.official));
      expect(event.participants.map((p) => p.official.record.id)).toEqual([...rows]);
      for (const p of event.participants) {
        // Every participant is reported in a post within the tolerance of the event.
        expect(p.posts.length, `${event.record.id} ${p.official.record.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('reads the Quang Ninh conference of 2025-11-24 as the issue asks', () => {
    const event = graph.event('hoi-nghi-xuc-tien-dau-tu-khcn-dmst-cds-quang-ninh-2025')!;
    const khang = event.participants.find((p) => p.official.record.id === 'bui-van-khang')!;
    expect(khang.roles).toEqual(['opened', 'spoke']);
    // Reported by three articles, one of them published the day after, and by the report of his
    // election (which states the start): one post each, not four. The stated term comes first.
    expect(khang.posts.map((h) => h.post.title.vi)).toEqual(['Chủ tịch UBND tỉnh Quảng Ninh', 'Phó Bí thư Tỉnh ủy']);
    const chair = khang.posts[0]!.post;
    expect(chair.start).toBe('2025-09-22');
    expect(chair.observed).toEqual(['2025-09-22', '2025-11-24', '2025-11-25']);
    expect(new Set(chair.citations.map((c) => c.source)).size).toBe(4);
    expect(khang.posts.map((h) => h.inferred)).toEqual([false, true]);
    const quan = graph.official('vu-hai-quan')!;
    expect(quan.posts).toHaveLength(1);
    expect(quan.posts[0]!.wordings.length).toBe(3);
  });

  it('gives a person their post of the time: a minister in 2023, a party official in 2025', () => {
    const dat = 'huynh-thanh-dat' as OfficialId;
    expect(graph.postsAt(dat, '2023-09-29')!.map((h) => h.post.organization)).toEqual(['bo-khoa-hoc-va-cong-nghe']);
    expect(graph.postsAt(dat, '2025-08-21')!.map((h) => h.post.organization)).toEqual([
      'ban-tuyen-giao-va-dan-van-trung-uong',
    ]);
    // The ministry term is stated (2020-11-12 to 2025-02-17), so a day no article saw is answered too.
    expect(graph.postsAt(dat, '2024-06-01')!.map((h) => [h.post.organization, h.inferred])).toEqual([
      ['bo-khoa-hoc-va-cong-nghe', false],
    ]);
    expect(graph.postsAt(dat, '2025-02-18')!.map((h) => h.post.organization)).toEqual([
      'ban-tuyen-giao-va-dan-van-trung-uong',
    ]);
  });

  it('dates every project', () => {
    for (const project of graph.projects) expect(project.date, project.record.id).toBeDefined();
    expect(graph.project('khu-do-thi-cong-nghe-hai-phong')!.date).toEqual({ day: '2025-08-21', basis: 'source' });
    expect(graph.project('khu-cong-nghe-so-tap-trung-tuan-chau')!.date).toEqual({ day: '2025-11-24', basis: 'event' });
  });

  it('keeps a target apart from an estimate, and a VND revenue apart from its growth in percent (its own indicator)', () => {
    const [perHead] = graph.metricSeries({ indicator: 'grdp-per-capita', place: 'quang-ninh' as PlaceId });
    expect(perHead!.estimate.map((m) => m.period.start)).toEqual(['2023-01-01']);
    expect(perHead!.target.map((m) => m.period.end)).toEqual(['2030-12-31']);
    const revenue = graph.metricSeries({ indicator: 'budget-revenue', place: 'quang-ninh' as PlaceId });
    expect(revenue.map((s) => s.unit)).toEqual(['VND']);
    const growth = graph.metricSeries({ indicator: 'budget-revenue-growth', place: 'quang-ninh' as PlaceId });
    expect(growth.map((s) => s.unit)).toEqual(['percent']);
  });

  it('finds names in either language without diacritics', () => {
    expect(graph.findOfficial('bui van khang')?.record.id).toBe('bui-van-khang');
    // Two units are named Quảng Ninh (the province until 2026-08-31, the city from 2026-09-01): a
    // name alone does not say which, so the graph does not guess; a resolver as of a day does.
    expect(graph.findByName('Quang Ninh', 'place').map((e) => e.id)).toEqual(['quang-ninh', 'thanh-pho-quang-ninh']);
    expect(graph.findPlace('Quang Ninh')).toBeUndefined();
    const asOf2025 = loadGraph({ resolvers: { place: (name) => resolvePlace(name, { asOf: '2025-11-24' })?.id } });
    expect(asOf2025.findPlace('Quang Ninh')?.record.id).toBe('quang-ninh');
    expect(graph.findPlace('Hải Dương')?.record.id).toBe('hai-duong');
    expect(graph.findOrganization('Bộ KH&CN')?.record.id).toBe('bo-khoa-hoc-va-cong-nghe');
    expect(graph.findOrganization('ministry of science and technology')?.record.id).toBe('bo-khoa-hoc-va-cong-nghe');
  });

  it("reads former names as of a day through the reference datasets' resolvers", () => {
    const before = loadGraph({ asOf: '2024-05-01' });
    const after = loadGraph({ asOf: '2026-01-01' });
    expect(before.findPlace('tỉnh Hải Dương')?.record.id).toBe('hai-duong');
    expect(after.findPlace('tỉnh Hải Dương')?.record.id).toBe('hai-phong');
    expect(after.findPlace('TP. Hải Phòng')?.record.id).toBe('hai-phong');
    expect(after.findOrganization('Bộ TT&TT')?.record.id).toBe('bo-khoa-hoc-va-cong-nghe');
    expect(after.findPlace('Atlantis')).toBeUndefined();
    expect(() => loadGraph({ asOf: '2025-02-30' }).findPlace('Hải Dương')).toThrow(/calendar|day|date/i);
  });
});
