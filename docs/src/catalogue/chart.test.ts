import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber, layoutBarChart, niceScale, renderBarChart } from './chart.js';

describe('niceScale', () => {
  it('starts at zero and rounds up to a 1-2-5 step', () => {
    expect(niceScale(3, 87)).toEqual({ min: 0, max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceScale(11.2, 11.2).max).toBeGreaterThanOrEqual(11.2);
    expect(niceScale(0, 0)).toEqual({ min: 0, max: 1, step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('covers negative values and keeps zero inside', () => {
    const s = niceScale(-3.5, 8);
    expect(s.min).toBeLessThanOrEqual(-3.5);
    expect(s.max).toBeGreaterThanOrEqual(8);
    expect(s.ticks).toContain(0);
  });

  it('has exact decimal ticks (no 0.30000000000000004)', () => {
    for (const t of niceScale(0, 0.9).ticks) expect(String(t).length).toBeLessThanOrEqual(4);
  });

  it('handles money-sized values', () => {
    expect(niceScale(138e9, 16e12)).toEqual({ min: 0, max: 20e12, step: 5e12, ticks: [0, 5e12, 10e12, 15e12, 20e12] });
    expect(niceScale(0, 40678).ticks).toEqual([0, 10000, 20000, 30000, 40000, 50000]);
  });

  it('rejects non-finite input', () => {
    expect(() => niceScale(Number.NaN, 1)).toThrow(/finite/);
    expect(() => niceScale(0, Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('formatting', () => {
  it('writes numbers without Intl', () => {
    expect(formatNumber(40678)).toBe('40,678');
    expect(formatNumber(-1234567.5)).toBe('-1,234,567.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatCompact(16e12)).toBe('16T');
    expect(formatCompact(1.34e9)).toBe('1.34B');
    expect(formatCompact(999)).toBe('999');
  });
});

describe('layoutBarChart', () => {
  const bars = [
    { label: '2024', value: 50, valueLabel: '50' },
    { label: '2025', value: 100, valueLabel: '100' },
    { label: 'change', value: -20, valueLabel: '-20' },
  ];

  it('scales bars linearly from the zero line', () => {
    const layout = layoutBarChart(bars, { width: 600, labelWidth: 100, valueWidth: 100 });
    // the plot spans x 100..500 over the domain [-50, 100] (step 50)
    expect(layout.scale).toEqual({ min: -50, max: 100, step: 50, ticks: [-50, 0, 50, 100] });
    const x = (v: number) => 100 + ((v + 50) / 150) * 400;
    expect(layout.zero).toBeCloseTo(x(0), 1);
    const [a, b, c] = layout.bars;
    expect(b!.width).toBeCloseTo(2 * a!.width, 0);
    expect(b!.x + b!.width).toBeCloseTo(500, 1);
    expect(c!.x).toBeCloseTo(x(-20), 1);
    expect(c!.x + c!.width).toBeCloseTo(layout.zero, 1);
    expect(layout.ticks.map((t) => t.x)).toEqual([100, x(0), x(50), 500].map((v) => Math.round(v * 10) / 10));
    expect(layout.bars.map((r) => r.y)).toEqual([22, 50, 78]);
  });

  it('draws a range to its upper end', () => {
    const layout = layoutBarChart([{ label: 'r', value: 10, max: 15, valueLabel: '10–15' }], {
      width: 300,
      labelWidth: 0,
      valueWidth: 0,
    });
    expect(layout.bars[0]!.rangeEnd).toBeGreaterThan(layout.bars[0]!.x + layout.bars[0]!.width);
  });

  it('renders escaped labels into SVG', () => {
    const svg = renderBarChart(layoutBarChart([{ label: '<q1>', value: 1, valueLabel: 'a & b' }]), 'x"y').value;
    expect(svg).toContain('&lt;q1&gt;');
    expect(svg).toContain('a &amp; b');
    expect(svg).toContain('aria-label="x&quot;y"');
    expect(svg).not.toContain('<q1>');
  });

  it('lays out no bars for no data', () => {
    const layout = layoutBarChart([]);
    expect(layout.bars).toEqual([]);
    expect(layout.scale.min).toBe(0);
  });
});
