import { addDays, dayNumber, isoDayNumber, parseIso } from '@vnsti/calendar';
import { compare } from './format.js';
import { html, type SafeHtml } from './html.js';

/** A post to place on a timeline: `asOf` is the day a source observed it; start/end when known. */
export interface TimelineItem {
  readonly label: string;
  readonly sublabel?: string;
  readonly asOf?: string;
  readonly start?: string;
  readonly end?: string;
  readonly href?: string;
}

/** One laid-out row: a bar from `x1` to `x2` for a known term, a point at `x1 = x2` otherwise. */
export interface TimelineRow {
  readonly item: TimelineItem;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  readonly kind: 'bar' | 'point';
  /** The first and last day drawn. */
  readonly from: string;
  readonly to: string;
}

/** A laid-out timeline: axis, year ticks, rows, and the items that had no date at all. */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly axisStart: string;
  readonly axisEnd: string;
  readonly ticks: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  readonly rows: readonly TimelineRow[];
  readonly undated: readonly TimelineItem[];
}

/** Options of {@link layoutTimeline}. */
export interface TimelineOptions {
  /** Total width in SVG units (default 960). */
  readonly width?: number;
  /** Space on the left for labels (default 0: labels sit above the bars). */
  readonly left?: number;
  readonly right?: number;
  /** Height of one row (default 34). */
  readonly rowHeight?: number;
  /** Height of the axis band at the top (default 24). */
  readonly axisHeight?: number;
}

/** A real calendar day `YYYY-MM-DD`; anything else (an impossible "2025-02-30" too) leaves the item undated. */
const valid = (d: string | undefined): d is string => d !== undefined && parseIso(d) !== null;

/**
 * Lays out positions on a shared time axis running from 1 January of the first year to 1 January
 * after the last, with a tick per year (every 5 years beyond 20). A position with a start or end
 * is a bar (an open end runs to the day it was observed); one known only by the day a source
 * observed it is a point. Rows are sorted by their first day, then label.
 */
export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineLayout {
  const width = options.width ?? 960;
  const left = options.left ?? 12;
  const right = options.right ?? 12;
  const rowHeight = options.rowHeight ?? 34;
  const axisHeight = options.axisHeight ?? 24;
  const dated: Array<{ item: TimelineItem; from: string; to: string; kind: 'bar' | 'point' }> = [];
  const undated: TimelineItem[] = [];
  for (const item of items) {
    const start = valid(item.start) ? item.start : undefined;
    const end = valid(item.end) ? item.end : undefined;
    const asOf = valid(item.asOf) ? item.asOf : undefined;
    if (start || end) {
      const from = start ?? (asOf && end && asOf < end ? asOf : end!);
      const candidatesTo = [end, asOf, start].filter(valid);
      const to = end ?? [...candidatesTo].sort().at(-1)!;
      const [first, last] = from <= to ? [from, to] : [to, from];
      dated.push({ item, from: first, to: last, kind: 'bar' });
    } else if (asOf) {
      dated.push({ item, from: asOf, to: asOf, kind: 'point' });
    } else {
      undated.push(item);
    }
  }
  dated.sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.item.label, b.item.label));
  if (dated.length === 0) {
    return { width, height: 0, axisStart: '', axisEnd: '', ticks: [], rows: [], undated };
  }
  const firstYear = Math.min(...dated.map((d) => Number(d.from.slice(0, 4))));
  const lastYear = Math.max(...dated.map((d) => Number(d.to.slice(0, 4))));
  const axisStart = `${String(firstYear).padStart(4, '0')}-01-01`;
  const axisEnd = `${String(lastYear + 1).padStart(4, '0')}-01-01`;
  const d0 = dayNumber(firstYear, 1, 1);
  const span = dayNumber(lastYear + 1, 1, 1) - d0;
  const inner = width - left - right;
  const x = (iso: string) => round(left + ((isoDayNumber(iso) - d0) / span) * inner);
  const step = lastYear - firstYear + 1 > 20 ? 5 : 1;
  const ticks: Array<{ x: number; label: string }> = [];
  for (let year = firstYear; year <= lastYear + 1; year++) {
    if ((year - firstYear) % step !== 0 && year !== lastYear + 1) continue;
    ticks.push({ x: x(`${String(year).padStart(4, '0')}-01-01`), label: String(year) });
  }
  const rows = dated.map((d, i) => ({
    item: d.item,
    y: axisHeight + i * rowHeight,
    x1: x(d.from),
    x2: d.kind === 'bar' ? x(addDays(d.to, 1)) : x(d.from),
    kind: d.kind,
    from: d.from,
    to: d.to,
  }));
  return { width, height: axisHeight + rows.length * rowHeight + 4, axisStart, axisEnd, ticks, rows, undated };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Renders a {@link TimelineLayout} as an accessible inline SVG (labels above bars, dates in titles). */
export function renderTimeline(layout: TimelineLayout, caption: string): SafeHtml {
  if (layout.rows.length === 0) return html``;
  const ticks = layout.ticks.map(
    (t, i) =>
      html`<line class="tick" x1="${t.x}" y1="14" x2="${t.x}" y2="${layout.height}"/><text class="tick-label" x="${t.x}" y="11" text-anchor="${i === 0 ? 'start' : i === layout.ticks.length - 1 ? 'end' : 'middle'}">${t.label}</text>`,
  );
  const left = layout.ticks[0]?.x ?? 0;
  const rows = layout.rows.map((r) => {
    const when = r.kind === 'point' ? `observed ${r.from}` : `${r.from} – ${r.to}`;
    const title = `${r.item.label}${r.item.sublabel ? ` (${r.item.sublabel})` : ''}: ${when}`;
    const mark =
      r.kind === 'bar'
        ? html`<rect class="bar" x="${r.x1}" y="${r.y + 18}" width="${Math.max(2, round(r.x2 - r.x1))}" height="10" rx="2"><title>${title}</title></rect>`
        : html`<circle class="point" cx="${r.x1}" cy="${r.y + 23}" r="5"><title>${title}</title></circle>`;
    const label = html`<text class="row-label" x="${left + 2}" y="${r.y + 13}">${r.item.label}<tspan class="row-date"> · ${when}</tspan></text>`;
    const body = html`${label}${mark}`;
    return r.item.href ? html`<a href="${r.item.href}">${body}</a>` : body;
  });
  return html`<svg class="timeline" role="img" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-label="${caption}"><title>${caption}</title>${ticks}${rows}</svg>`;
}
