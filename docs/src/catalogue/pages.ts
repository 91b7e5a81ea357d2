import type { Graph } from '@vnsti/data';
import { type Column, type DatasetName, datasets, type Table, type TableName, tables } from '@vnsti/schema';
import { type Bar, layoutBarChart, renderBarChart } from './chart.js';
import { bool, compare, describeAmount, describePeriod, num, str, text } from './format.js';
import { html, join, raw, type SafeHtml } from './html.js';
import type { CatalogueData, DatasetData, Row } from './load.js';
import { highlightQuotes } from './quotes.js';
import { recordPages, recordPath, SEARCH_BOX } from './records.js';
import { layoutTimeline, renderTimeline, type TimelineItem } from './timeline.js';
import { CATALOGUE_CSS } from './style.js';

/** A generated file, its path relative to the catalogue folder. */
export interface Page {
  readonly path: string;
  readonly content: string;
}

/** A link in the header of every catalogue page. */
export interface NavLink {
  readonly label: string;
  readonly href: string;
}

/** Options of {@link generateCatalogue}. */
export interface CatalogueOptions {
  /** Header links to the rest of the site, relative to the catalogue folder. */
  readonly nav?: readonly NavLink[];
  /** The graph over the datasets: when given, a page per record and the name search are generated. */
  readonly graph?: Graph;
}

interface Names {
  readonly vi: string;
  readonly en: string;
}

interface Citation {
  readonly dataset: DatasetName;
  readonly table: TableName;
  readonly record: string;
}

interface QuoteEntry {
  readonly source: string;
  readonly quote: string;
  anchor: string;
  readonly citedBy: Citation[];
}

/** Lookups shared by every page. */
interface Context {
  readonly data: CatalogueData;
  readonly byName: ReadonlyMap<DatasetName, DatasetData>;
  /** Names of records by table (main tables only), for links to referenced records. */
  readonly names: ReadonlyMap<TableName, ReadonlyMap<string, Names>>;
  /** Citations by `source + '\n' + quote`. */
  readonly quotes: ReadonlyMap<string, QuoteEntry>;
  readonly sourcePublished: ReadonlyMap<string, string>;
  readonly nav: readonly NavLink[];
  /** Whether record pages are generated (ids then link to them). */
  readonly recordPages: boolean;
}

const quoteKey = (source: string, quote: string) => `${source}\n${quote}`;

function rowsOf(ctx: Context, table: TableName): readonly Row[] {
  return ctx.byName.get(tables[table].dataset)?.tables[table] ?? [];
}

/** The record a row belongs to: its own id, or for a child table the parent record's id. */
function recordOf(table: Table, row: Row): string | undefined {
  return str(row, table.parent ? table.parent.column : 'id');
}

function buildContext(data: CatalogueData, nav: readonly NavLink[], withRecordPages: boolean): Context {
  const byName = new Map(data.datasets.map((d) => [d.name, d]));
  const names = new Map<TableName, Map<string, Names>>();
  const quotes = new Map<string, QuoteEntry>();
  const sourcePublished = new Map<string, string>();
  for (const d of data.datasets) {
    const main = datasets[d.name].tables[0]!;
    const stem = main.columns.find((c) => c.kind === 'localized' && (c.name === 'name' || c.name === 'title'))?.name;
    const map = new Map<string, Names>();
    for (const row of d.tables[main.name] ?? []) {
      const id = str(row, 'id');
      if (!id) continue;
      if (stem) map.set(id, { vi: str(row, `${stem}_vi`) ?? id, en: str(row, `${stem}_en`) ?? id });
      if (d.name === 'sources') {
        const published = str(row, 'published');
        if (published) sourcePublished.set(id, published);
      }
    }
    names.set(main.name, map);
    for (const table of datasets[d.name].tables) {
      if (table.citation === 'none') continue;
      for (const row of d.tables[table.name] ?? []) {
        const source = str(row, 'source');
        const quote = str(row, 'quote');
        const record = recordOf(table, row);
        if (!source || !quote || !record) continue;
        const key = quoteKey(source, quote);
        const entry = quotes.get(key) ?? { source, quote, anchor: '', citedBy: [] };
        if (!entry.citedBy.some((c) => c.dataset === d.name && c.table === table.name && c.record === record)) {
          entry.citedBy.push({ dataset: d.name, table: table.name, record });
        }
        quotes.set(key, entry);
      }
    }
  }
  // Anchors: per source, quotes in the order they occur in the text's sorted list (deterministic).
  const bySource = new Map<string, QuoteEntry[]>();
  for (const e of quotes.values()) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  for (const [source, entries] of bySource) {
    entries.sort((a, b) => compare(a.quote, b.quote));
    entries.forEach((e, i) => {
      e.anchor = `q-${source}-${i + 1}`;
    });
  }
  return { data, byName, names, quotes, sourcePublished, nav, recordPages: withRecordPages };
}

/** Link to a record of a table: `<dataset>.html#<id>`, or `#<id>` on the same page. */
function recordHref(table: TableName, id: string, from: DatasetName): string {
  const dataset = tables[table].dataset;
  return dataset === from ? `#${id}` : `${dataset}.html#${id}`;
}

function bilingual(vi: string | undefined, en: string | undefined): SafeHtml {
  return html`${vi ? html`<span class="vi" lang="vi">${vi}</span>` : ''}${en ? html`<span class="en" lang="en">${en}</span>` : ''}`;
}

function refCell(ctx: Context, column: Column, id: string, from: DatasetName): SafeHtml {
  const target = column.references;
  if (!target) return html`<code>${id}</code>`;
  const names = ctx.names.get(target)?.get(id);
  const href = recordHref(target, id, from);
  return names
    ? html`<a href="${href}">${bilingual(names.vi, names.en)}</a>`
    : html`<a href="${href}"><code>${id}</code></a>`;
}

/**
 * The number and unit of an amount column in an export row: a money column's amount and currency, a
 * quantity's value and unit, and for a figure column (a metric's value) whichever of the two is filled.
 */
function amountOf(row: Row, n: string, kind: 'money' | 'quantity' | 'figure'): { value?: number; unit?: string } {
  const money = kind === 'money' || (kind === 'figure' && num(row, `${n}_amount`) !== undefined);
  const value = num(row, money ? `${n}_amount` : `${n}_value`);
  const unit = str(row, money ? `${n}_currency` : `${n}_unit`);
  return { ...(value !== undefined ? { value } : {}), ...(unit !== undefined ? { unit } : {}) };
}

function amountCell(row: Row, n: string, kind: 'money' | 'quantity' | 'figure'): SafeHtml {
  const { value, unit } = amountOf(row, n, kind);
  const written = str(row, `${n}_text`);
  if (value === undefined) return html`${written ?? ''}`;
  const normalised = describeAmount({
    value,
    unit,
    bound: str(row, `${n}_bound`),
    max: num(row, `${n}_max`),
    estimated: bool(row, `${n}_estimated`),
    per: str(row, `${n}_per`),
  });
  return html`${written ? html`<span class="as-written" lang="vi">${written}</span>` : ''}<span class="normalised">${normalised}</span>`;
}

function dateValueCell(row: Row, n: string): SafeHtml {
  const start = str(row, `${n}_start`);
  const end = str(row, `${n}_end`) ?? start;
  const written = str(row, `${n}_text`);
  if (!start || !end) return html`${written ?? ''}`;
  const period = describePeriod({
    start,
    end,
    precision: str(row, `${n}_precision`),
    partOfDay: str(row, `${n}_part_of_day`),
    open: str(row, `${n}_open`),
  });
  return html`<time datetime="${start}">${period}</time>${written && written !== start ? html`<span class="as-written" lang="vi">${written}</span>` : ''}`;
}

/** The record kind of each dataset's main table, for links to record pages (sources have none). */
const RECORD_KINDS: Partial<
  Record<DatasetName, 'place' | 'organization' | 'official' | 'event' | 'project' | 'metric'>
> = {
  places: 'place',
  organizations: 'organization',
  officials: 'official',
  events: 'event',
  projects: 'project',
  metrics: 'metric',
};

/** One cell; `isMain` says the row is a record of the dataset (its id has a record page), not a lookup or child row. */
function cell(ctx: Context, column: Column, row: Row, from: DatasetName, isMain: boolean): SafeHtml {
  const n = column.name;
  switch (column.kind) {
    case 'localized':
      return bilingual(str(row, `${n}_vi`), str(row, `${n}_en`));
    case 'money':
    case 'quantity':
    case 'figure':
      return amountCell(row, n, column.kind);
    case 'date-value':
      return dateValueCell(row, n);
    case 'ref': {
      const id = str(row, n);
      return id ? refCell(ctx, column, id, from) : html``;
    }
    case 'id': {
      const id = str(row, n);
      const kind = RECORD_KINDS[from];
      if (id && kind && ctx.recordPages && n === 'id' && isMain)
        return html`<a href="${recordPath(kind, id)}"><code>${id}</code></a>`;
      return id ? html`<code>${id}</code>` : html``;
    }
    default: {
      const value = text(row, n);
      if (value && n === 'url' && /^https?:\/\//.test(value))
        return html`<a href="${value}" rel="nofollow">${value}</a>`;
      return html`${value ?? ''}`;
    }
  }
}

function citationCell(ctx: Context, row: Row): SafeHtml {
  const source = str(row, 'source');
  const quote = str(row, 'quote');
  if (!source || !quote) return html``;
  const entry = ctx.quotes.get(quoteKey(source, quote));
  const names = ctx.names.get('sources')?.get(source);
  return html`<a class="cite" href="sources.html#${entry?.anchor ?? source}"><q lang="vi">${quote}</q></a><span class="source-name">${names?.en ?? source}</span>`;
}

interface Extra {
  readonly header: string;
  readonly cell: (row: Row) => SafeHtml;
}

function recordTable(ctx: Context, dataset: DatasetName, table: Table, rows: readonly Row[], extra?: Extra): SafeHtml {
  if (rows.length === 0) return html`<p class="empty">No rows in <code>${table.name}</code>.</p>`;
  const isMain = datasets[dataset].tables[0]?.name === table.name;
  const headers = table.columns.map(
    (c) => html`<th scope="col" title="${c.description}">${c.name.replace(/_/g, ' ')}</th>`,
  );
  const body = rows.map((row) => {
    const id = isMain ? str(row, 'id') : undefined;
    const cells = table.columns.map((c) => html`<td class="kind-${c.kind}">${cell(ctx, c, row, dataset, isMain)}</td>`);
    return html`<tr${id ? html` id="${id}"` : ''}>${cells}${table.citation !== 'none' ? html`<td class="citation">${citationCell(ctx, row)}</td>` : ''}${extra ? html`<td>${extra.cell(row)}</td>` : ''}</tr>`;
  });
  return html`<div class="table-wrap"><table class="records" data-table="${table.name}"><thead><tr>${headers}${table.citation !== 'none' ? html`<th scope="col">source quote</th>` : ''}${extra ? html`<th scope="col">${extra.header}</th>` : ''}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function layout(ctx: Context, title: string, body: SafeHtml, current: string): string {
  const nav = ctx.nav.map((l) => html`<a href="${l.href}">${l.label}</a>`);
  const local = [
    html`<a href="index.html"${current === 'index' ? raw(' aria-current="page"') : ''}>Catalogue</a>`,
    ...ctx.data.datasets.map(
      (d) =>
        html`<a href="${d.name}.html"${current === d.name ? raw(' aria-current="page"') : ''}>${datasets[d.name].title}</a>`,
    ),
  ];
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · vnsti catalogue</title>
<link rel="stylesheet" href="catalogue.css">
<link rel="icon" href="../api/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site"><nav class="site-nav" aria-label="Site"><span class="brand">vnsti</span>${nav}</nav><nav class="catalogue-nav" aria-label="Catalogue">${local}</nav></header>
<main>
${body}
</main>
<footer>Generated from the built exports of the <code>@vnsti/*</code> dataset packages. Every fact links to the quote of the source that states it.</footer>
</body>
</html>
`.value;
}

function indexPage(ctx: Context): Page {
  const cards = ctx.data.datasets.map((d) => {
    const def = datasets[d.name];
    const counts = def.tables.map(
      (t) => html`<li><code>${t.name}</code>: ${(d.tables[t.name] ?? []).length} rows</li>`,
    );
    const files = d.files.map((f) => html`<a href="downloads/${d.name}/${f}">${f}</a>`);
    return html`<section class="dataset-card" id="dataset-${d.name}"><h2><a href="${d.name}.html">${def.title}</a></h2><p>${def.description}</p><p class="package"><code>@vnsti/${d.name}</code>${d.version ? html` <span class="version">v${d.version}</span>` : ''}${d.built ? '' : html` <strong class="not-built">not built yet: run <code>npm run build</code></strong>`}</p><ul class="counts">${counts}</ul>${files.length ? html`<p class="downloads">Exports: ${join(files, ' · ')}</p>` : ''}</section>`;
  });
  const total = ctx.data.datasets.reduce((n, d) => n + (d.tables[datasets[d.name].tables[0]!.name] ?? []).length, 0);
  const body = html`<h1>Dataset catalogue</h1><p class="lead">${total} records in ${ctx.data.datasets.length} datasets, generated from the built data. Names are given in Vietnamese as written and in English; each fact links to the quote of the source that states it.</p>${ctx.recordPages ? SEARCH_BOX : ''}<div class="cards">${cards}</div>`;
  return { path: 'index.html', content: layout(ctx, 'Dataset catalogue', body, 'index') };
}

function officialsTimelines(ctx: Context): SafeHtml {
  const officials = [...rowsOf(ctx, 'officials')].sort((a, b) => compare(str(a, 'id') ?? '', str(b, 'id') ?? ''));
  const positions = rowsOf(ctx, 'positions');
  const sections = officials.map((o) => {
    const id = str(o, 'id') ?? '';
    const seen = new Set<string>();
    const items: TimelineItem[] = [];
    for (const p of positions) {
      if (str(p, 'official') !== id) continue;
      const source = str(p, 'source');
      const asOf = str(p, 'as_of') ?? (source ? ctx.sourcePublished.get(source) : undefined);
      const titleVi = str(p, 'title_vi') ?? '';
      const titleEn = str(p, 'title_en') ?? '';
      const key = [titleVi, titleEn, asOf, str(p, 'start'), str(p, 'end')].join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      const org = str(p, 'organization');
      const orgNames = org ? ctx.names.get('organizations')?.get(org) : undefined;
      items.push({
        label: titleEn && titleVi ? `${titleVi} — ${titleEn}` : titleVi || titleEn,
        ...(orgNames ? { sublabel: orgNames.en } : {}),
        ...(asOf ? { asOf } : {}),
        ...(str(p, 'start') ? { start: str(p, 'start')! } : {}),
        ...(str(p, 'end') ? { end: str(p, 'end')! } : {}),
      });
    }
    const names = ctx.names.get('officials')?.get(id);
    const timeline = layoutTimeline(items);
    const undated = timeline.undated.map((u) => html`<li>${u.label}</li>`);
    return html`<section class="timeline-block" id="timeline-${id}"><h3><a href="#${id}">${bilingual(names?.vi, names?.en)}</a></h3>${
      timeline.rows.length
        ? renderTimeline(timeline, `Positions of ${names?.en ?? id} over time`)
        : html`<p class="empty">No dated positions.</p>`
    }${undated.length ? html`<p>Undated:</p><ul>${undated}</ul>` : ''}</section>`;
  });
  return html`<h2 id="timelines">Positions over time</h2><p>Each post as the sources observed it: a dot on the day a source names the person in the post, a bar where the term's start or end is known.</p>${sections.length ? sections : html`<p class="empty">No officials.</p>`}`;
}

function metricsCharts(ctx: Context): SafeHtml {
  const metrics = rowsOf(ctx, 'metrics');
  const byPlace = new Map<string, Row[]>();
  for (const m of metrics) {
    const place = str(m, 'place');
    if (place) byPlace.set(place, [...(byPlace.get(place) ?? []), m]);
  }
  const places = [...byPlace.keys()].sort(compare);
  const sections = places.map((place) => {
    const rows = byPlace.get(place)!;
    const groups = new Map<string, Row[]>();
    for (const r of rows) {
      const { value, unit } = amountOf(r, 'value', 'figure');
      if (value === undefined) continue;
      const key = `${str(r, 'indicator') ?? ''}\n${unit ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const charts = [...groups.keys()].sort(compare).map((key) => {
      const [indicator = '', unit = ''] = key.split('\n');
      const sorted = [...groups.get(key)!].sort(
        (a, b) =>
          compare(str(a, 'period_start') ?? '', str(b, 'period_start') ?? '') ||
          compare(str(a, 'period_end') ?? '', str(b, 'period_end') ?? '') ||
          compare(str(a, 'id') ?? '', str(b, 'id') ?? ''),
      );
      const bars: Bar[] = sorted.map((r) => {
        const start = str(r, 'period_start');
        const end = str(r, 'period_end') ?? start;
        const period =
          start && end
            ? describePeriod({ start, end, precision: str(r, 'period_precision'), open: str(r, 'period_open') })
            : '?';
        const status = str(r, 'status') ?? 'actual';
        const max = num(r, 'value_max');
        const value = amountOf(r, 'value', 'figure').value!;
        return {
          label: status === 'actual' ? period : `${period} (${status})`,
          value,
          ...(max !== undefined ? { max } : {}),
          valueLabel: str(r, 'value_text') ?? describeAmount({ value, unit, bound: str(r, 'value_bound'), max }),
          className: `status-${status}`,
          href: `#${str(r, 'id') ?? ''}`,
        };
      });
      const chart = layoutBarChart(bars);
      const caption = `${indicator} (${unit})`;
      return html`<figure class="metric-chart"><figcaption>${caption}</figcaption>${renderBarChart(chart, `${caption} in ${ctx.names.get('places')?.get(place)?.en ?? place}`)}</figure>`;
    });
    const names = ctx.names.get('places')?.get(place);
    return html`<section class="place-metrics" id="place-${place}"><h3><a href="places.html#${place}">${bilingual(names?.vi, names?.en)}</a></h3>${charts.length ? charts : html`<p class="empty">No numeric figures.</p>`}</section>`;
  });
  return html`<h2 id="by-place">Metrics by place</h2><p>One chart per indicator and unit; bars start at zero, targets and estimates are marked, and each bar links to its row below.</p>${sections.length ? sections : html`<p class="empty">No metrics.</p>`}`;
}

function sourcesSections(ctx: Context): SafeHtml {
  const sources = [...rowsOf(ctx, 'sources')].sort((a, b) => compare(str(a, 'id') ?? '', str(b, 'id') ?? ''));
  const entriesBySource = new Map<string, QuoteEntry[]>();
  for (const e of ctx.quotes.values()) entriesBySource.set(e.source, [...(entriesBySource.get(e.source) ?? []), e]);
  const sections = sources.map((s) => {
    const id = str(s, 'id') ?? '';
    const entries = (entriesBySource.get(id) ?? []).sort((a, b) => compare(a.anchor, b.anchor));
    const body = ctx.data.sourceTexts.get(id);
    const marked = body
      ? highlightQuotes(
          body,
          entries.map((e) => ({ quote: e.quote, anchor: `${e.anchor}-text` })),
        )
      : undefined;
    const missing = new Set(marked?.missing ?? []);
    const items = entries.map((e) => {
      const cited = e.citedBy
        .slice()
        .sort((a, b) => compare(a.table, b.table) || compare(a.record, b.record))
        .map(
          (c) =>
            html`<a href="${recordHref(datasets[c.dataset].tables[0]!.name, c.record, 'sources')}">${c.table}: ${c.record}</a>`,
        );
      const inText =
        body && !missing.has(`${e.anchor}-text`)
          ? html` <a class="in-text" href="#${e.anchor}-text">in the text</a>`
          : '';
      return html`<li id="${e.anchor}"><q lang="vi">${e.quote}</q>${inText}<span class="cited-by">cited by ${join(cited, ', ')}</span></li>`;
    });
    const names = ctx.names.get('sources')?.get(id);
    return html`<section class="source" id="source-${id}"><h3><a href="#${id}">${bilingual(names?.vi, names?.en)}</a></h3><p class="meta">${str(s, 'publisher') ?? 'Publisher not named'} · published ${str(s, 'published') ?? '?'}${str(s, 'published_basis') === 'inferred' ? ' (inferred)' : ''}</p><h4>Quotes cited (${entries.length})</h4>${items.length ? html`<ol class="quotes">${items}</ol>` : html`<p class="empty">No facts cite this source.</p>`}${marked ? html`<details class="source-text"><summary>Full text, quotes highlighted</summary><div class="text" lang="vi">${marked.markup}</div></details>` : ''}</section>`;
  });
  return html`<h2 id="quotes">Quotes by source</h2>${sections.length ? sections : html`<p class="empty">No sources.</p>`}`;
}

function datasetPage(ctx: Context, d: DatasetData): Page {
  const def = datasets[d.name];
  let extra: Extra | undefined;
  if (d.name === 'officials') {
    extra = { header: 'timeline', cell: (r) => html`<a href="#timeline-${str(r, 'id') ?? ''}">positions</a>` };
  } else if (d.name === 'sources') {
    extra = { header: 'quotes', cell: (r) => html`<a href="#source-${str(r, 'id') ?? ''}">quotes and text</a>` };
  } else if (d.name === 'places') {
    const withMetrics = new Set(rowsOf(ctx, 'metrics').map((m) => str(m, 'place')));
    extra = {
      header: 'metrics',
      cell: (r) =>
        withMetrics.has(str(r, 'id')) ? html`<a href="metrics.html#place-${str(r, 'id') ?? ''}">chart</a>` : html``,
    };
  }
  const sections = def.tables.map((t, i) => {
    const rows = d.tables[t.name] ?? [];
    return html`<section class="table-section" id="table-${t.name}"><h2>${i === 0 ? 'Records' : t.name} <small>(${rows.length})</small></h2><p class="file"><code>${t.name}.csv</code> · <code>${t.name}.ndjson</code>${t.parent ? html` · rows belong to <code>${t.parent.column}</code>, filling its <code>${t.parent.into}</code>` : ''}</p>${recordTable(ctx, d.name, t, rows, i === 0 ? extra : undefined)}</section>`;
  });
  const notBuilt = d.built
    ? ''
    : html`<p class="not-built">This dataset has not been built: run <code>npm run build</code> at the repository root.</p>`;
  const more =
    d.name === 'officials'
      ? officialsTimelines(ctx)
      : d.name === 'metrics'
        ? metricsCharts(ctx)
        : d.name === 'sources'
          ? sourcesSections(ctx)
          : html``;
  const body = html`<h1>${def.title}</h1><p class="lead">${def.description}</p><p class="package">npm: <code>@vnsti/${d.name}</code>${d.version ? html` v${d.version}` : ''}</p>${notBuilt}${sections}${more}`;
  return { path: `${d.name}.html`, content: layout(ctx, def.title, body, d.name) };
}

/**
 * Generates the catalogue: an index page, one page per dataset (records in tables, with English and
 * Vietnamese names, each fact linked to its source quote), officials' positions on timelines, the
 * metrics of each place as bar charts, and the sources with their quotes highlighted. Given the
 * graph, also a page per record with its references followed and a name search on the index page. The output
 * depends only on the data (sorted, no timestamps), so two runs give the same bytes.
 */
export function generateCatalogue(data: CatalogueData, options: CatalogueOptions = {}): Page[] {
  const ctx = buildContext(data, options.nav ?? [], options.graph !== undefined);
  const records = options.graph
    ? recordPages(options.graph).map((page) =>
        page.title === undefined
          ? { path: page.path, content: page.content }
          : { path: page.path, content: layout(ctx, page.title, raw(page.content), page.path) },
      )
    : [];
  return [
    indexPage(ctx),
    ...data.datasets.map((d) => datasetPage(ctx, d)),
    ...records,
    { path: 'catalogue.css', content: CATALOGUE_CSS },
  ];
}
