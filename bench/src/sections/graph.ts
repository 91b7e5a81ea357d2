import { execFileSync } from 'node:child_process';
import { buildGraph, type GraphData } from '@vnsti/data';
import { addDays } from '@vnsti/dates';
import type { Indicator, OfficialId, PlaceId } from '@vnsti/schema';
import { compare, formatRatio, median } from '../stats.js';
import type { Row } from '../table.js';

// Runs in a fresh node process: the module loader is warmed up on @vnsti/dates, then the seven
// dataset packages are imported cold, then @vnsti/data (which finds them loaded) builds the graph.
const childScript = `
await import('@vnsti/dates');
let t = performance.now();
const names = ['sources', 'places', 'organizations', 'officials', 'events', 'projects', 'metrics'];
const arrays = await Promise.all(names.map(async (name) => (await import('@vnsti/' + name))[name]));
const importMs = performance.now() - t;
const { buildGraph } = await import('@vnsti/data');
t = performance.now();
const graph = buildGraph(Object.fromEntries(names.map((name, i) => [name, arrays[i]])));
const buildMs = performance.now() - t;
console.log(JSON.stringify({ importMs, buildMs, events: graph.events.length }));
`;

/** Deep-freezes fresh JSON, as the dataset modules do on import. */
function freeze<T>(value: T): T {
  for (const key in value) {
    const child = value[key];
    if (typeof child === 'object' && child !== null) freeze(child);
  }
  return Object.freeze(value);
}

const day = (n: number) => addDays('2020-01-01', n);
const cite = (i: number) => [{ source: `s-${i % 100}`, quote: 'q' }];
const name = (prefix: string, i: number) => ({ vi: `${prefix} số ${i}`, en: `${prefix} number ${i}` });

/**
 * Synthetic records that reference each other like the real ones: `n` officials with three
 * positions each (the same post observed twice), `n` events with three participant rows each,
 * `n` projects and `n` figures over 100 places.
 */
export function syntheticData(n: number): unknown {
  const places = Array.from({ length: 100 }, (_, i) => ({
    id: `p-${i}`,
    name: name('Tỉnh', i),
    kind: 'province',
    sources: [],
  }));
  const organizations = Array.from({ length: 1000 }, (_, i) => ({
    id: `o-${i}`,
    name: name('Sở', i),
    kind: 'department',
    place: `p-${i % 100}`,
    sources: [],
  }));
  const sources = Array.from({ length: 100 }, (_, i) => ({
    id: `s-${i}`,
    title: name('Bài', i),
    published: day(i * 20),
  }));
  const officials = Array.from({ length: n }, (_, i) => ({
    id: `x-${i}`,
    name: name('Ông', i),
    positions: [0, 1, 2].map((k) => ({
      title: name(k === 2 ? 'Bí thư' : 'Giám đốc', i),
      organization: `o-${(i + k) % 1000}`,
      asOf: day((i + k * 30) % 2000),
      sources: cite(i + k),
    })),
  }));
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e-${i}`,
    name: name('Hội nghị', i),
    kind: 'conference',
    date: { start: day(i % 2000), end: day(i % 2000), precision: 'day' },
    place: `p-${i % 100}`,
    organisers: [{ organization: `o-${i % 1000}`, role: 'organiser' }],
    participants: [0, 1, 1].map((k) => ({ official: `x-${(i + k) % n}`, role: 'spoke', sources: cite(i + k) })),
    outcomes: [],
    sources: cite(i),
  }));
  const projects = Array.from({ length: n }, (_, i) => ({
    id: `d-${i}`,
    name: name('Dự án', i),
    kind: 'project',
    investors: [`o-${i % 1000}`],
    sectors: [],
    status: 'approved',
    ...(i % 2 ? { event: `e-${i}` } : {}),
    sources: cite(i),
  }));
  const metrics = Array.from({ length: n }, (_, i) => ({
    id: `m-${i}`,
    indicator: i % 2 ? 'grdp-growth' : 'population',
    place: `p-${i % 100}`,
    period: { start: day(i % 2000), end: day(i % 2000), precision: 'day' },
    value: { value: i, unit: 'percent', bound: 'exact' },
    status: i % 3 ? 'actual' : 'target',
    sources: cite(i),
  }));
  return { sources, places, organizations, officials, events, projects, metrics };
}

/** One official observed on `count` distinct days in three posts, among 100 others: for timing `postsAt`. */
function officialWithObservations(count: number): GraphData {
  const data = syntheticData(100) as { officials: Array<{ positions: unknown[] }> };
  data.officials[0]!.positions = Array.from({ length: count }, (_, i) => ({
    title: name('Giám đốc', i % 3),
    organization: `o-${i % 3}`,
    asOf: day(i),
    sources: cite(i),
  }));
  return freeze(data) as unknown as GraphData;
}

/**
 * The graph's costs, each against a baseline of the same run: building it over the dataset packages
 * against importing them (fresh processes), building it over synthetic data against the
 * JSON.parse + deep freeze that importing that data costs, and `postsAt` / `metricSeries` on 100×
 * more data against the same call on less.
 */
export function graphRows(repoRoot: string, runs = 5): Row[] {
  const rows: Row[] = [];
  const results = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', childScript], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').at(-1) as string) as { importMs: number; buildMs: number };
  });
  const importMs = median(results.map((r) => r.importMs));
  const buildMs = median(results.map((r) => r.buildMs));
  rows.push({
    group: 'graph',
    name: 'buildGraph over the seven dataset packages',
    value: `${buildMs.toFixed(2)} ms`,
    versus: `importing the seven packages: ${importMs.toFixed(2)} ms`,
    ratio: formatRatio(buildMs / importMs),
    target: 'at most 2× importing them',
    pass: buildMs / importMs <= 2,
  });

  const n = 20_000;
  const json = JSON.stringify(syntheticData(n));
  const parsed = freeze(JSON.parse(json)) as GraphData;
  const scale = compare(
    () => buildGraph(parsed),
    () => freeze(JSON.parse(json)),
    5,
    50,
  );
  rows.push({
    group: 'graph',
    name: `buildGraph over ${n.toLocaleString('en')} officials, events, projects and figures (${(json.length / 1e6).toFixed(1)} MB JSON)`,
    value: `${scale.subjectMs.toFixed(1)} ms`,
    versus: `JSON.parse + deep freeze of the same records (what importing them costs): ${scale.baselineMs.toFixed(1)} ms`,
    ratio: formatRatio(scale.ratio),
    target: 'at most 2× importing them',
    pass: scale.ratio <= 2,
  });

  const small = buildGraph(officialWithObservations(1_000));
  const large = buildGraph(officialWithObservations(100_000));
  const official = 'x-0' as OfficialId;
  let k = 0;
  const posts = compare(
    () => large.postsAt(official, day(k++ % 100_000)),
    () => small.postsAt(official, day(k++ % 1_000)),
    7,
    20,
  );
  rows.push({
    group: 'graph',
    name: 'postsAt, one official observed on 100,000 days',
    value: `${(posts.subjectMs * 1000).toFixed(2)} µs a call`,
    versus: `postsAt, observed on 1,000 days: ${(posts.baselineMs * 1000).toFixed(2)} µs`,
    ratio: formatRatio(posts.ratio),
    target: 'O(log n): at most 3× for 100× the data',
    pass: posts.ratio <= 3,
  });

  const fewer = buildGraph(freeze(syntheticData(500)) as GraphData);
  const more = buildGraph(freeze(syntheticData(50_000)) as GraphData);
  const query = (i: number) => ({
    indicator: (i % 2 ? 'grdp-growth' : 'population') as Indicator,
    place: `p-${i % 100}` as PlaceId,
  });
  const series = compare(
    () => more.metricSeries(query(k++)),
    () => fewer.metricSeries(query(k++)),
    7,
    20,
  );
  rows.push({
    group: 'graph',
    name: 'metricSeries over 50,000 figures',
    value: `${(series.subjectMs * 1000).toFixed(3)} µs a call`,
    versus: `metricSeries over 500 figures: ${(series.baselineMs * 1000).toFixed(3)} µs`,
    ratio: formatRatio(series.ratio),
    target: 'O(log n): at most 3× for 100× the data',
    pass: series.ratio <= 3,
  });
  return rows;
}
