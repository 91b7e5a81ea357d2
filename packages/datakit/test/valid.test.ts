import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasets as layout } from '@vnsti/schema';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { build, formatProblem, validate } from '../src/index.js';
import { checkDatapackageInDuckDB } from './duckdb.js';
import { copyFixture, fixtures, snapshot } from './helpers.js';

const valid = join(fixtures, 'valid');
const roots: string[] = [];
const fixture = () => {
  const root = copyFixture(valid);
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Rewrites every CSV file of a fixture copy. */
function rewriteCsv(root: string, change: (text: string) => string | Buffer): void {
  for (const name of readdirSync(join(root, 'datasets'))) {
    const data = join(root, 'datasets', name, 'data');
    for (const file of readdirSync(data))
      writeFileSync(join(data, file), change(readFileSync(join(data, file), 'utf8')));
  }
}

/** The header, then the data rows last to first, each cell quoted. */
function reverseRows(text: string): string {
  const [header, ...rows] = parse(text) as string[][];
  const line = (cells: string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
  return `${[header!, ...rows.reverse()].map(line).join('\n')}\n`;
}

/** Quotes every cell of a simple CSV text (cells may already be quoted). */
function quoteAll(text: string): string {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  let row: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      out.push(row.map((v) => `"${v.replaceAll('"', '""')}"`).join(','));
      row = [];
      cell = '';
    } else cell += c;
  }
  return `${out.join('\n')}\n`;
}

const distOf = (root: string) => {
  const all = new Map<string, string>();
  for (const name of Object.keys(layout)) {
    const dist = join(root, 'datasets', name, 'dist');
    if (existsSync(dist)) for (const [file, bytes] of snapshot(dist)) all.set(`${name}/${file}`, bytes);
  }
  return all;
};

describe('valid datasets', () => {
  const plain = fixture();
  let plainDist: Map<string, string>;

  it('validate finds no problem and build writes every dataset', async () => {
    expect((await validate({ dir: plain })).problems.map(formatProblem)).toEqual([]);
    const built = await build({ dir: plain });
    expect(built.problems).toEqual([]);
    expect(built.written).toEqual(Object.keys(layout).map((name) => `datasets/${name}/dist`));
    plainDist = distOf(plain);
    expect([...plainDist.keys()].filter((f) => f.startsWith('events/')).sort()).toEqual(
      [
        'datapackage.json',
        'index.cjs',
        'index.d.cts',
        'index.d.ts',
        'index.js',
        'records.json',
        ...layout.events.tables.flatMap((t) => [`${t.name}.csv`, `${t.name}.ndjson`, `${t.name}.parquet`]),
      ]
        .map((f) => `events/${f}`)
        .sort(),
    );
  });

  it('gives byte-identical output on a second build and in another folder', async () => {
    await build({ dir: plain });
    expect(distOf(plain)).toEqual(plainDist);
    const other = fixture();
    await build({ dir: other });
    expect(distOf(other)).toEqual(plainDist);
  });

  it.each([
    ['UTF-8 with BOM', (t: string) => `\ufeff${t}`],
    ['CRLF line ends', (t: string) => t.replaceAll('\n', '\r\n')],
    ['trailing blank lines', (t: string) => `${t}\n\n\r\n`],
    ['every cell quoted', quoteAll],
    ['BOM, CRLF and quotes together', (t: string) => `\ufeff${quoteAll(t).replaceAll('\n', '\r\n')}\r\n`],
  ])('%s: passes and builds exactly the same outputs', async (_, change) => {
    const root = fixture();
    rewriteCsv(root, change);
    const built = await build({ dir: root });
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(distOf(root)).toEqual(plainDist);
  });

  it('writes the same outputs whatever the order of the rows of each main table (records and rows by id)', async () => {
    const root = fixture();
    for (const name of Object.keys(layout)) {
      const file = join(root, 'datasets', name, 'data', `${name}.csv`);
      if (existsSync(file)) writeFileSync(file, reverseRows(readFileSync(file, 'utf8')));
    }
    const built = await build({ dir: root });
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(distOf(root)).toEqual(plainDist);
  });

  it('keeps line numbers right after quoted fields holding commas, quotes and newlines', async () => {
    const root = fixture();
    const file = join(root, 'datasets', 'places', 'data', 'places.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    lines.push(
      '"thanh-pho-cang","Hải\nPhòng, ""thành phố cảng""","Hai Phong",centrally-run-city,,viet-nam,2025-07-01,,,,',
      'bad-row,Xã,Commune,xa,,,,,,,',
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { problems } = await validate({ dir: root });
    expect(problems.map(formatProblem)).toEqual([
      'datasets/places/data/places.csv:10:20: kind: expected one of country, region, province, centrally-run-city, city, district, ward, commune, special-zone, economic-zone, venue, found "xa"',
    ]);
    const fixed = readFileSync(file, 'utf8').replace(',xa,', ',commune,');
    writeFileSync(file, fixed);
    expect((await build({ dir: root })).problems).toEqual([]);
    const csv = readFileSync(join(root, 'datasets', 'places', 'dist', 'places.csv'), 'utf8');
    expect(csv).toContain(
      'thanh-pho-cang,"Hải\nPhòng, ""thành phố cảng""",Hai Phong,centrally-run-city,,viet-nam,2025-07-01,,,,\n',
    );
  });

  it('leaves the previous outputs intact when a later build fails', async () => {
    const root = fixture();
    await build({ dir: root });
    const before = snapshot(join(root, 'datasets'));
    const file = join(root, 'datasets', 'events', 'data', 'events.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',quang-ninh,', ',quang-nin,'));
    const after = snapshot(join(root, 'datasets'));
    const built = await build({ dir: root });
    expect(built.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^datasets\/events\/data\/events\.csv:2:\d+: place: no places record has id "quang-nin"/),
    ]);
    expect(built.written).toEqual([]);
    expect(snapshot(join(root, 'datasets'))).toEqual(after);
    expect(after.size).toBe(before.size);
  });

  it('from a dataset folder validates that dataset and what it references, and builds only it', async () => {
    const root = fixture();
    const events = join(root, 'datasets', 'events', 'data', 'events.csv');
    writeFileSync(events, 'not,a,valid\nevents,file\n');
    const metrics = await build({ dir: join(root, 'datasets', 'metrics') });
    expect(metrics.problems).toEqual([]);
    expect(metrics.written).toEqual(['datasets/metrics/dist']);
    expect(existsSync(join(root, 'datasets', 'places', 'dist'))).toBe(false);
    const projects = await validate({ dir: join(root, 'datasets', 'projects', 'data') });
    expect(projects.targets).toEqual(['projects']);
    expect(projects.problems.map((p) => p.file)).toContain('datasets/events/data/events.csv');
  });

  it('builds valid empty outputs for a dataset whose data folder is empty', async () => {
    const root = fixture();
    for (const file of readdirSync(join(root, 'datasets', 'metrics', 'data')))
      rmSync(join(root, 'datasets', 'metrics', 'data', file));
    expect((await build({ dir: root })).problems).toEqual([]);
    const dist = join(root, 'datasets', 'metrics', 'dist');
    const { metrics, metricById } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as {
      metrics: unknown[];
      metricById: (id: string) => unknown;
    };
    expect(metrics).toEqual([]);
    expect(metricById('x')).toBeUndefined();
    expect(readFileSync(join(dist, 'metrics.csv'), 'utf8')).toMatch(/^id,indicator,place,period_start,[^\n]*\n$/);
    expect(readFileSync(join(dist, 'metrics.ndjson'), 'utf8')).toBe('');
    const check = await checkDatapackageInDuckDB(dist);
    expect(check.counts.every((c) => c.csvRows === 0 && c.parquetRows === 0 && c.expectedRows === 0)).toBe(true);
  });

  it('exports deeply frozen, typed records with an id lookup, as ESM and CJS', async () => {
    const dist = join(plain, 'datasets', 'events', 'dist');
    const esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as {
      events: Array<Record<string, unknown>>;
      eventById: (id: string) => unknown;
    };
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof esm;
    expect(cjs.events).toEqual(esm.events);
    const event = esm.eventById('hoi-nghi-xuc-tien-dau-tu-quang-ninh-2025') as Record<string, unknown>;
    expect(event).toBe(esm.events[0]);
    expect(event['date']).toEqual({
      start: '2025-11-24',
      end: '2025-11-24',
      precision: 'day',
      partOfDay: 'morning',
      text: 'Sáng 24/11',
    });
    expect(event['participants']).toEqual([
      {
        official: 'bui-van-khang',
        role: 'spoke',
        sources: [
          { source: 'tpo-2025-11-25-quang-ninh', quote: 'phát biểu khai mạc hội nghị' },
          { source: 'baoqn-2025-01-10-kinh-te', quote: 'Bùi Văn Khắng phát biểu' },
        ],
      },
      {
        official: 'bui-van-khang',
        role: 'presented',
        sources: [{ source: 'tpo-2025-11-25-quang-ninh', quote: 'Ông Bùi Văn Khắng cũng trao quyết định' }],
      },
    ]);
    expect(Object.isFrozen(esm.events)).toBe(true);
    expect(Object.isFrozen((event['participants'] as Array<{ sources: object[] }>)[0]!.sources[0])).toBe(true);
    expect(() => (esm.events as unknown[]).push({})).toThrow(TypeError);
    const dts = readFileSync(join(dist, 'index.d.ts'), 'utf8');
    expect(dts).toContain("import type { EventRecord } from '@vnsti/schema';");
    expect(dts).toContain('export declare const events: readonly EventRecord[];');
    expect(dts).toContain('export declare function eventById(id: string): EventRecord | undefined;');
    expect(readFileSync(join(dist, 'index.d.cts'), 'utf8')).toBe(dts);
  });

  it('writes a Frictionless datapackage.json with licence, sources, schemas and foreign keys', () => {
    const pkg = JSON.parse(readFileSync(join(plain, 'datasets', 'projects', 'dist', 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({
      profile: 'tabular-data-package',
      name: 'vnsti-projects',
      version: '0.0.0',
      licenses: [{ name: 'CC-BY-4.0' }],
    });
    expect(pkg.sources).toEqual([
      { title: 'Quảng Ninh trao quyết định chủ trương đầu tư cho 7 dự án', path: 'https://tienphong.vn/example' },
    ]);
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual([
      'projects',
      'project-investors',
      'project-sectors',
      'project-sources',
    ]);
    const investors = pkg.resources[1];
    expect(investors).toMatchObject({
      path: 'project-investors.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
    });
    expect(investors.schema.foreignKeys).toEqual([
      { fields: ['project'], reference: { resource: 'projects', fields: ['id'] } },
    ]);
    expect(investors.schema.externalForeignKeys).toEqual([
      {
        fields: ['organization'],
        reference: {
          package: '@vnsti/organizations',
          datapackage: '../../organizations/dist/datapackage.json',
          resource: 'organizations',
          fields: ['id'],
        },
      },
    ]);
  });
});

describe('DuckDB integration', () => {
  it('loads every resource of every built datapackage.json: counts match the JS exports, no orphan rows', async () => {
    const root = fixture();
    expect((await build({ dir: root })).problems).toEqual([]);
    let foreignKeys = 0;
    for (const name of Object.keys(layout)) {
      const check = await checkDatapackageInDuckDB(join(root, 'datasets', name, 'dist'));
      for (const count of check.counts) {
        expect(count, `${name}/${count.resource}`).toEqual({
          resource: count.resource,
          csvRows: count.expectedRows,
          ndjsonRows: count.expectedRows,
          parquetRows: count.expectedRows,
          parquetMismatches: 0,
          expectedRows: count.expectedRows,
        });
      }
      expect(check.counts[0]!.csvRows).toBeGreaterThan(0);
      expect(check.duplicateKeys.every((d) => d.duplicates === 0)).toBe(true);
      for (const key of check.foreignKeys) expect(key.orphans, `${name}: ${key.fields} → ${key.references}`).toBe(0);
      foreignKeys += check.foreignKeys.length;
    }
    expect(foreignKeys).toBeGreaterThan(20);
  });

  it('finds orphan rows when a referenced package lacks the key', async () => {
    const root = fixture();
    await build({ dir: root });
    const places = join(root, 'datasets', 'places', 'dist', 'places.csv');
    writeFileSync(
      places,
      readFileSync(places, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('quang-ninh,'))
        .join('\n'),
    );
    const check = await checkDatapackageInDuckDB(join(root, 'datasets', 'metrics', 'dist'));
    expect(check.foreignKeys.find((k) => k.references === '@vnsti/places:places')?.orphans).toBe(2);
  });
});

describe('vnsti CLI', () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      args,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out, err };
  };
  it('prints usage for --help (exit 0) and for an unknown or missing command (exit 2)', async () => {
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^Usage: vnsti <command> \[dir\]/)],
    });
    expect(await run('frobnicate')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^vnsti: unknown command frobnicate\n\nUsage:/)],
    });
    expect(await run()).toMatchObject({ code: 2, err: [expect.stringMatching(/^vnsti: missing command/)] });
    expect(await run('validate', '--strict')).toMatchObject({ code: 2 });
  });
  it('validates and builds a valid repository (exit 0)', async () => {
    const root = fixture();
    expect(await run('validate', root)).toEqual({
      code: 0,
      out: ['No problems found. (sources, places, organizations, documents, officials, events, projects, metrics)'],
      err: [],
    });
    const built = await run('build', join(root, 'datasets', 'sources'));
    expect(built).toEqual({ code: 0, out: ['Built datasets/sources/dist.'], err: [] });
  });
  it('routes the contributor commands, with their own usage errors (exit 2)', async () => {
    expect((await run('--help')).out[0]).toMatch(
      /add-source <article\.txt>[\s\S]*extract <source-id>[\s\S]*diff \[--base <ref>\] \[--check\]/,
    );
    const missing = await run('add-source');
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toMatch(/usage: vnsti add-source <article\.txt> --published YYYY-MM-DD/);
    expect((await run('extract')).code).toBe(2);
  });
});
