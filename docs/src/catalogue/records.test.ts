import { runInNewContext } from 'node:vm';
import { loadGraph } from '@vnsti/data';
import { describe, expect, it } from 'vitest';
import { recordPages, recordPath } from './records.js';

// The record pages of the datasets as built in this repository.
const graph = loadGraph();
const pages = recordPages(graph);
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found.content;
};

describe('record pages', () => {
  it('give every official, event, project, place, organization and figure a page', () => {
    const expected = [
      ...graph.officials.map((n) => recordPath('official', n.record.id)),
      ...graph.events.map((n) => recordPath('event', n.record.id)),
      ...graph.projects.map((n) => recordPath('project', n.record.id)),
      ...graph.places.map((n) => recordPath('place', n.record.id)),
      ...graph.organizations.map((n) => recordPath('organization', n.record.id)),
      ...graph.metrics.map((n) => recordPath('metric', n.record.id)),
      'names.js',
    ];
    expect(pages.map((p) => p.path)).toEqual(expected);
  });

  it("list an event's participants once each, with their posts on the event's day and how that is known", () => {
    const html = page('event-hoi-nghi-xuc-tien-dau-tu-khcn-dmst-cds-quang-ninh-2025.html');
    const khang = html.slice(html.indexOf('id="participant-bui-van-khang"'));
    const row = khang.slice(0, khang.indexOf('</tr>'));
    expect(row).toContain('href="official-bui-van-khang.html"');
    expect(row).toContain('opened, spoke');
    expect(row).toContain('Phó Bí thư Tỉnh ủy');
    expect(row).toContain('Chủ tịch UBND tỉnh Quảng Ninh');
    expect(row).toContain('href="organization-ubnd-tinh-quang-ninh.html"');
    expect(row).toContain('reported on the day');
    expect(html.match(/id="participant-bui-van-khang"/g)).toHaveLength(1);
    expect(html).toContain('href="place-quang-ninh.html"');
  });

  it("show an official's posts merged across sources, over time, and the events with the post held each day", () => {
    const html = page('official-huynh-thanh-dat.html');
    expect(html).toContain('Bộ trưởng Bộ Khoa học và Công nghệ');
    expect(html).toContain('Phó trưởng Ban Tuyên giáo và Dân vận T.Ư');
    expect(html).toContain('<svg');
    expect(html).toContain('href="event-le-khai-mac-techconnect-and-innovation-vietnam-2023.html"');
    const quan = page('official-vu-hai-quan.html');
    expect(quan.match(/<tr>/g)?.length).toBeGreaterThanOrEqual(2); // one post, one event
    expect(quan).toContain('Also written:');
  });

  it('draw a chart per metric series on the place page, each figure linked', () => {
    const html = page('place-quang-ninh.html');
    const series = graph.series.filter((s) => s.place === 'quang-ninh');
    expect(html.match(/<figure class="metric-chart"/g)).toHaveLength(series.length);
    expect(html).toContain('id="series-budget-revenue-vnd"');
    expect(html).toContain('id="series-budget-revenue-growth-percent"');
    expect(page('metric-hai-phong-area-2025.html')).toContain('href="place-hai-phong.html#series-area-km2"');
  });

  it('date a project and say how', () => {
    expect(page('project-khu-do-thi-cong-nghe-hai-phong.html')).toContain('its first source&#39;s publication date');
    expect(page('project-khu-cong-nghe-so-tap-trung-tuan-chau.html')).toContain('its event&#39;s day');
  });
});

describe('the name search script', () => {
  /** Runs names.js against a minimal DOM and returns what typing `query` lists. */
  function typeInto(query: string): string[] {
    const listeners: Array<() => void> = [];
    const items: Array<{ a: { href: string; textContent: string } }> = [];
    const output = {
      dataset: { base: 'catalogue/' } as Record<string, string>,
      children: items,
      replaceChildren: () => items.splice(0),
      append: (li: { a: { href: string; textContent: string } }) => items.push(li),
    };
    const input = { value: '', addEventListener: (_: string, f: () => void) => listeners.push(f) };
    const document = {
      readyState: 'complete',
      getElementById: (id: string) => (id === 'name-search' ? input : id === 'name-results' ? output : null),
      createElement: () => {
        const element: Record<string, unknown> = { href: '', textContent: '' };
        element['append'] = (a: unknown) => {
          element['a'] = a;
        };
        return element;
      },
    };
    runInNewContext(page('names.js'), { document });
    input.value = query;
    for (const f of listeners) f();
    return items.map((li) => `${li.a.href} ${li.a.textContent}`);
  }

  it('finds names in Vietnamese or English, with or without diacritics or case', () => {
    expect(typeInto('bui van khang')).toEqual(['catalogue/official-bui-van-khang.html Bùi Văn Khắng — Bui Van Khang']);
    expect(typeInto('BÙI VĂN')).toEqual(typeInto('bui van khang'));
    expect(typeInto('Quảng Ninh').some((r) => r.startsWith('catalogue/place-quang-ninh.html'))).toBe(true);
    expect(typeInto('ministry of science').some((r) => r.includes('organization-bo-khoa-hoc-va-cong-nghe'))).toBe(true);
    expect(typeInto('Bộ KH&CN').some((r) => r.includes('organization-bo-khoa-hoc-va-cong-nghe'))).toBe(true);
  });

  it('lists nothing for an empty query or one that matches no word start', () => {
    expect(typeInto('')).toEqual([]);
    expect(typeInto('   ')).toEqual([]);
    expect(typeInto('zzzz')).toEqual([]);
  });
});
