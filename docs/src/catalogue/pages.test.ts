import { datasets, type DatasetName } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import type { CatalogueData, Row } from './load.js';
import { generateCatalogue } from './pages.js';

const SRC = 'tbtco-2025-11-24-quang-ninh';
const QUOTE = 'Ngày 24/11/2025, tỉnh Quảng Ninh đã tổ chức <Hội nghị> & "xúc tiến"';

function data(tables: Partial<Record<string, Row[]>>, built = true): CatalogueData {
  return {
    datasets: (Object.keys(datasets) as DatasetName[]).map((name) => ({
      name,
      built,
      version: '1.2.3',
      files: built ? [`${datasets[name].tables[0]!.name}.csv`] : [],
      tables: Object.fromEntries(datasets[name].tables.map((t) => [t.name, tables[t.name] ?? []])),
    })),
    sourceTexts: new Map([[SRC, `Tiêu đề\n\n${QUOTE.replace(' tỉnh', '\n tỉnh')}. Hết.`]]),
  };
}

const fixture = data({
  sources: [
    {
      id: SRC,
      kind: 'news-article',
      title_vi: 'Quảng Ninh <tổ chức>',
      title_en: 'Quang Ninh holds',
      published: '2025-11-24',
      published_basis: 'stated',
      language: 'vi',
      text_file: `text/${SRC}.txt`,
      sha256: 'a'.repeat(64),
      publisher: 'TBTCO',
      url: null,
    },
  ],
  places: [{ id: 'quang-ninh', name_vi: 'Quảng Ninh', name_en: 'Quang Ninh', kind: 'province', parent: null }],
  officials: [{ id: 'bui-van-khang', name_vi: 'Bùi Văn Khắng', name_en: 'Bui Van Khang' }],
  positions: [
    {
      official: 'bui-van-khang',
      title_vi: 'Chủ tịch UBND tỉnh',
      title_en: 'Chairman',
      organization: null,
      as_of: null,
      start: null,
      end: null,
      source: SRC,
      quote: QUOTE,
    },
    {
      official: 'bui-van-khang',
      title_vi: 'Phó Bí thư',
      title_en: 'Deputy Secretary',
      as_of: '2024-03-01',
      source: SRC,
      quote: QUOTE,
    },
  ],
  events: [
    {
      id: 'hoi-nghi',
      name_vi: 'Hội nghị <b>Xúc tiến</b>',
      name_en: 'Investment & promotion conference',
      kind: 'conference',
      date_start: '2025-11-24',
      date_end: '2025-11-24',
      date_precision: 'day',
      date_part_of_day: 'morning',
      date_text: 'sáng 24/11',
      place: 'quang-ninh',
      attendance_value: 450,
      attendance_unit: 'person',
      attendance_bound: 'lower',
      attendance_text: 'hơn 450 đại biểu',
      source: SRC,
      quote: QUOTE,
    },
  ],
  'event-outcomes': [
    {
      event: 'hoi-nghi',
      kind: 'investment-approval',
      description_vi: 'Trao quyết định',
      description_en: 'Approvals',
      money_amount: 16e12,
      money_currency: 'VND',
      money_bound: 'lower',
      money_text: 'hơn 16.000 tỷ đồng',
      source: SRC,
      quote: QUOTE,
    },
  ],
  metrics: [
    {
      id: 'qn-growth-2025-q2',
      indicator: 'grdp-growth',
      place: 'quang-ninh',
      period_start: '2025-04-01',
      period_end: '2025-06-30',
      period_precision: 'quarter',
      value_value: 11.2,
      value_unit: 'percent',
      value_bound: 'exact',
      value_text: '11,2%',
      status: 'actual',
      source: SRC,
      quote: QUOTE,
    },
    {
      id: 'qn-growth-2025-target',
      indicator: 'grdp-growth',
      place: 'quang-ninh',
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      period_precision: 'year',
      value_value: 12,
      value_unit: 'percent',
      value_bound: 'lower',
      value_text: 'trên 12%',
      status: 'target',
      source: SRC,
      quote: QUOTE,
    },
    {
      id: 'qn-budget-revenue-2023-9m',
      indicator: 'budget-revenue',
      place: 'quang-ninh',
      period_start: '2023-01-01',
      period_end: '2023-09-30',
      period_precision: 'span',
      value_amount: 40_678_000_000_000,
      value_currency: 'VND',
      value_bound: 'exact',
      value_text: '40.678 tỷ đồng',
      status: 'actual',
      source: SRC,
      quote: QUOTE,
    },
  ],
});

const page = (pages: ReturnType<typeof generateCatalogue>, path: string) => pages.find((p) => p.path === path)!.content;

describe('generateCatalogue', () => {
  const pages = generateCatalogue(fixture, { nav: [{ label: 'Home & API', href: '../api/index.html' }] });

  it('writes an index, a page per dataset and a stylesheet', () => {
    expect(pages.map((p) => p.path)).toEqual([
      'index.html',
      'sources.html',
      'places.html',
      'organizations.html',
      'documents.html',
      'officials.html',
      'events.html',
      'projects.html',
      'metrics.html',
      'catalogue.css',
    ]);
    expect(page(pages, 'index.html')).toContain('Home &amp; API');
    expect(page(pages, 'index.html')).toContain('href="downloads/events/events.csv"');
  });

  it('escapes every value from the data', () => {
    const events = page(pages, 'events.html');
    expect(events).toContain('Hội nghị &lt;b&gt;Xúc tiến&lt;/b&gt;');
    expect(events).not.toContain('<b>Xúc tiến</b>');
    expect(events).toContain('Investment &amp; promotion conference');
    expect(events).toContain('&lt;Hội nghị&gt; &amp; &quot;xúc tiến&quot;');
    expect(page(pages, 'sources.html')).toContain('Quảng Ninh &lt;tổ chức&gt;');
  });

  it('shows each record in a row with its id as anchor, both names, and normalised values beside the wording', () => {
    const events = page(pages, 'events.html');
    expect(events).toMatch(/<tr id="hoi-nghi">/);
    expect(events).toContain(
      '<span class="vi" lang="vi">Quảng Ninh</span><span class="en" lang="en">Quang Ninh</span>',
    );
    expect(events).toContain('href="places.html#quang-ninh"');
    expect(events).toContain('2025-11-24 (morning)');
    expect(events).toContain('sáng 24/11');
    expect(events).toContain('more than 450 person');
    expect(events).toContain('more than 16,000,000,000,000 VND');
    expect(events).toContain('hơn 16.000 tỷ đồng');
  });

  it('links each fact to its quote, which the sources page lists and marks in the text', () => {
    const events = page(pages, 'events.html');
    const anchor = /<a class="cite" href="sources\.html#(q-[a-z0-9-]+)">/.exec(events)?.[1];
    expect(anchor).toBe(`q-${SRC}-1`);
    const sources = page(pages, 'sources.html');
    expect(sources).toContain(`<li id="${anchor}">`);
    expect(sources).toContain(`id="${anchor}-text"`);
    expect(sources).toMatch(/<mark>.*Ngày 24\/11\/2025,\n tỉnh Quảng Ninh/s);
    expect(sources).toContain('href="events.html#hoi-nghi"');
    expect(sources).toContain('href="officials.html#bui-van-khang"');
  });

  it('puts officials on a timeline, falling back to the source date when as_of is empty', () => {
    const officials = page(pages, 'officials.html');
    expect(officials).toContain('id="timeline-bui-van-khang"');
    expect(officials).toContain('<svg class="timeline"');
    expect(officials).toContain('observed 2025-11-24');
    expect(officials).toContain('observed 2024-03-01');
  });

  it('charts the metrics of each place, marking targets', () => {
    const metrics = page(pages, 'metrics.html');
    expect(metrics).toContain('id="place-quang-ninh"');
    expect(metrics).toContain('<svg class="chart"');
    expect(metrics).toContain('2025 Q2');
    expect(metrics).toContain('2025 (target)');
    expect(metrics).toContain('class="bar status-target"');
    expect(page(pages, 'places.html')).toContain('href="metrics.html#place-quang-ninh"');
  });

  it('charts and lists a money figure by its amount and currency', () => {
    const metrics = page(pages, 'metrics.html');
    expect(metrics).toContain('<figcaption>budget-revenue (VND)</figcaption>');
    expect(metrics).toContain('40.678 tỷ đồng');
    expect(metrics).toMatch(/class="normalised">[^<]*VND/);
  });

  it('is deterministic', () => {
    expect(generateCatalogue(fixture, { nav: [{ label: 'Home & API', href: '../api/index.html' }] })).toEqual(pages);
  });
});

describe('an empty catalogue', () => {
  it('renders every page for unbuilt datasets and says so', () => {
    const pages = generateCatalogue(data({}, false));
    expect(pages).toHaveLength(10);
    expect(page(pages, 'index.html')).toContain('0 records in 8 datasets');
    expect(page(pages, 'events.html')).toContain('has not been built');
    expect(page(pages, 'officials.html')).toContain('No officials.');
    expect(page(pages, 'metrics.html')).toContain('No metrics.');
    for (const p of pages) expect(p.content).not.toContain('undefined');
  });

  it('renders a built dataset with no rows', () => {
    const events = page(generateCatalogue(data({})), 'events.html');
    expect(events).not.toContain('has not been built');
    expect(events).toContain('No rows in <code>events</code>');
  });
});
