import { describe, expect, it } from 'vitest';
import { layoutTimeline, renderTimeline } from './timeline.js';

describe('layoutTimeline', () => {
  it('spans whole years and places points at the observed day', () => {
    const layout = layoutTimeline([{ label: 'Chủ tịch', asOf: '2025-07-02' }], { width: 1000, left: 0, right: 0 });
    expect(layout.axisStart).toBe('2025-01-01');
    expect(layout.axisEnd).toBe('2026-01-01');
    expect(layout.ticks.map((t) => t.label)).toEqual(['2025', '2026']);
    const row = layout.rows[0]!;
    expect(row.kind).toBe('point');
    expect(row.x1).toBeCloseTo((182 / 365) * 1000, 0);
    expect(row.x1).toBe(row.x2);
  });

  it('draws a bar for a known term and an open term up to the observed day', () => {
    const layout = layoutTimeline(
      [
        { label: 'B', start: '2023-01-01', end: '2023-12-31' },
        { label: 'A', start: '2024-01-01', asOf: '2025-11-24' },
      ],
      { width: 300, left: 0, right: 0 },
    );
    expect(layout.axisStart).toBe('2023-01-01');
    expect(layout.axisEnd).toBe('2026-01-01');
    const [b, a] = layout.rows;
    expect(b!.item.label).toBe('B');
    expect(b!.kind).toBe('bar');
    expect(b!.x1).toBe(0);
    expect(b!.x2).toBeCloseTo(100, 0);
    expect(a!.from).toBe('2024-01-01');
    expect(a!.to).toBe('2025-11-24');
    expect(a!.y).toBeGreaterThan(b!.y);
  });

  it('sorts by first day then label, and keeps undated items aside', () => {
    const layout = layoutTimeline([
      { label: 'z', asOf: '2025-01-01' },
      { label: 'a', asOf: '2025-01-01' },
      { label: 'early', asOf: '2020-05-05' },
      { label: 'no date' },
      { label: 'bad', asOf: '24/11' },
      { label: 'impossible', asOf: '2025-02-30' },
    ]);
    expect(layout.rows.map((r) => r.item.label)).toEqual(['early', 'a', 'z']);
    expect(layout.undated.map((u) => u.label)).toEqual(['no date', 'bad', 'impossible']);
  });

  it('ends a bar after its last day, across a leap day', () => {
    const [row] = layoutTimeline([{ label: 'a', start: '2024-02-28', end: '2024-02-29' }], {
      width: 366,
      left: 0,
      right: 0,
    }).rows;
    expect(row!.x1).toBe(58);
    expect(row!.x2).toBe(60);
  });

  it('thins ticks to every 5 years on long spans', () => {
    const layout = layoutTimeline([
      { label: 'a', asOf: '1990-01-01' },
      { label: 'b', asOf: '2025-01-01' },
    ]);
    expect(layout.ticks.map((t) => t.label)).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
      '2026',
    ]);
  });

  it('has no rows and renders nothing for no dated items', () => {
    const layout = layoutTimeline([{ label: 'x' }]);
    expect(layout.rows).toEqual([]);
    expect(renderTimeline(layout, 'c').value).toBe('');
  });

  it('renders escaped labels', () => {
    const svg = renderTimeline(layoutTimeline([{ label: 'A <b> & "c"', asOf: '2025-01-01' }]), 'Positions').value;
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('<circle');
  });
});
