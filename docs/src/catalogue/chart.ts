import { html, type SafeHtml } from './html.js';

/** A linear axis with round ticks that covers zero and the data. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * A "nice" linear scale: the domain always includes 0 (bars start at zero), is widened to multiples
 * of a step of 1, 2 or 5 × 10^k, and has at most about `maxTicks` intervals.
 *
 * @example
 * ```ts
 * niceScale(3, 87); // { min: 0, max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] }
 * ```
 */
export function niceScale(dataMin: number, dataMax: number, maxTicks = 5): Scale {
  if (!Number.isFinite(dataMin) || !Number.isFinite(dataMax)) throw new Error('niceScale: expected finite numbers');
  let lo = Math.min(0, dataMin, dataMax);
  let hi = Math.max(0, dataMin, dataMax);
  if (lo === hi) hi = lo + 1;
  const rough = (hi - lo) / Math.max(1, maxTicks);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
  const decimals = decimalsOf(step);
  const fix = (n: number) => Number(n.toFixed(decimals));
  lo = fix(Math.floor(lo / step + 1e-9) * step);
  hi = fix(Math.ceil(hi / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const t = fix(lo + i * step);
    if (t > hi + step / 2) break;
    ticks.push(t === 0 ? 0 : t);
  }
  return { min: lo === 0 ? 0 : lo, max: hi, step, ticks };
}

/**
 * Writes a number briefly for an axis: thousands separators, or K/M/B/T above a million.
 *
 * @example
 * ```ts
 * formatCompact(16_000_000_000_000); // '16T'
 * formatCompact(40678); // '40,678'
 * ```
 */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${trim((n / size).toFixed(2))}${suffix}`;
  }
  return formatNumber(n);
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * Writes a number in full with `,` thousands separators and at most 6 decimals (no `Intl`, so the
 * output does not depend on the ICU version).
 *
 * @example
 * ```ts
 * formatNumber(-1234567.5); // '-1,234,567.5'
 * ```
 */
export function formatNumber(n: number): string {
  const fixed = trim(Math.abs(n).toFixed(6));
  const [int = '0', frac] = fixed.split('.');
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  return `${n < 0 && fixed !== '0' ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** One bar: a value (and the upper end of a range), with the label shown on its left. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly max?: number;
  /** Text shown after the bar (e.g. the figure as written). */
  readonly valueLabel: string;
  /** Extra CSS class, e.g. the metric status. */
  readonly className?: string;
  readonly href?: string;
}

/** A laid-out horizontal bar chart. */
export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  readonly scale: Scale;
  /** x of the zero line. */
  readonly zero: number;
  readonly ticks: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  readonly bars: ReadonlyArray<{
    readonly bar: Bar;
    readonly y: number;
    readonly x: number;
    readonly width: number;
    /** For a range: where the range extension ends. */
    readonly rangeEnd?: number;
  }>;
}

/** Options of {@link layoutBarChart}. */
export interface BarChartOptions {
  readonly width?: number;
  readonly labelWidth?: number;
  readonly valueWidth?: number;
  readonly barHeight?: number;
  readonly gap?: number;
}

/**
 * Lays out a horizontal bar chart: labels on the left, bars from the zero line on a {@link niceScale}
 * (negative values extend left of it), value labels on the right.
 */
export function layoutBarChart(bars: readonly Bar[], options: BarChartOptions = {}): BarChartLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 200;
  const valueWidth = options.valueWidth ?? 150;
  const barHeight = options.barHeight ?? 18;
  const gap = options.gap ?? 10;
  const top = 22;
  const values = bars.flatMap((b) => (b.max !== undefined ? [b.value, b.max] : [b.value]));
  const scale = niceScale(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const plotLeft = labelWidth;
  const plotWidth = Math.max(10, width - labelWidth - valueWidth);
  const x = (v: number) => Math.round((plotLeft + ((v - scale.min) / (scale.max - scale.min)) * plotWidth) * 10) / 10;
  const zero = x(0);
  const laid = bars.map((bar, i) => {
    const end = x(bar.value);
    const y = top + i * (barHeight + gap);
    return {
      bar,
      y,
      x: Math.min(zero, end),
      width: Math.abs(end - zero),
      ...(bar.max !== undefined && bar.max > bar.value ? { rangeEnd: x(bar.max) } : {}),
    };
  });
  return {
    width,
    height: top + bars.length * (barHeight + gap),
    scale,
    zero,
    ticks: scale.ticks.map((t) => ({ x: x(t), label: formatCompact(t) })),
    bars: laid,
  };
}

/** Renders a {@link BarChartLayout} as an inline SVG with a title per bar. */
export function renderBarChart(layout: BarChartLayout, caption: string, barHeight = 18): SafeHtml {
  const ticks = layout.ticks.map(
    (t) =>
      html`<line class="tick" x1="${t.x}" y1="16" x2="${t.x}" y2="${layout.height}"/><text class="tick-label" x="${t.x}" y="12" text-anchor="middle">${t.label}</text>`,
  );
  const bars = layout.bars.map((b) => {
    const cls = `bar${b.bar.className ? ` ${b.bar.className}` : ''}`;
    const valueX = Math.max(b.x + b.width, b.rangeEnd ?? 0, layout.zero) + 6;
    const body = html`<text class="bar-label" x="0" y="${b.y + barHeight - 5}">${b.bar.label}</text>${
      b.rangeEnd !== undefined
        ? html`<rect class="range" x="${b.x + b.width}" y="${b.y + 4}" width="${Math.max(0, b.rangeEnd - b.x - b.width)}" height="${barHeight - 8}"/>`
        : ''
    }<rect class="${cls}" x="${b.x}" y="${b.y}" width="${Math.max(1, b.width)}" height="${barHeight}"><title>${b.bar.label}: ${b.bar.valueLabel}</title></rect><text class="bar-value" x="${valueX}" y="${b.y + barHeight - 5}">${b.bar.valueLabel}</text>`;
    return b.bar.href ? html`<a href="${b.bar.href}">${body}</a>` : body;
  });
  return html`<svg class="chart" role="img" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-label="${caption}"><title>${caption}</title>${ticks}<line class="zero" x1="${layout.zero}" y1="16" x2="${layout.zero}" y2="${layout.height}"/>${bars}</svg>`;
}
