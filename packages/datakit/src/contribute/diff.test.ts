import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, METRICS_HEADER, run, writeFiles } from '../../test/contribute/fixture.js';
import { checkChangesets, parseChangeset } from './changesets.js';
import { main } from '../cli/main.js';
import { CONTRIBUTE_USAGE, contributeCommands } from './cli.js';
import { classifyField, type DiffResult, diff, recordLabel } from './diff.js';
import { tables } from '@vnsti/schema';

const S = 'src-a';
const metricsCsv = (rows: string[]) => `${METRICS_HEADER}\n${rows.join('\n')}\n`;
const growth = `hai-phong-grdp-growth-2025-q2,grdp-growth,hai-phong,quý 2,"11,2%",actual,,,,${S},"GRDP quý 2 tăng 11,2%"`;
const population = `hai-phong-population-2025,population,hai-phong,từ 1.7,"gần 4,7 triệu người",actual,,,,${S},"dân số gần 4,7 triệu người"`;
const baseFiles = {
  'datasets/metrics/data/metrics.csv': metricsCsv([growth, population]),
  'datasets/metrics/data/metric-sources.csv': `metric,source,quote\nhai-phong-population-2025,${S},dân số\n`,
  'datasets/places/data/places.csv':
    'id,name_vi,name_en,kind,parent,valid_from,valid_until,source,quote\nhai-phong,Hải Phòng,Hai Phong,centrally-run-city,,,,,\n',
  'datasets/officials/data/officials.csv': 'id,name_vi,name_en\nle-ngoc-chau,Lê Ngọc Châu,Le Ngoc Chau\n',
};

function repo(): string {
  return makeRepo(baseFiles, { git: true });
}

function of(result: DiffResult, dataset: string) {
  const d = result.datasets.find((x) => x.dataset === dataset);
  if (!d) throw new Error(dataset);
  return d;
}

describe('diff', () => {
  it('reports nothing for an unchanged tree', () => {
    const r = diff({ repoRoot: repo() });
    expect(r.base).toBe('main');
    expect(r.datasets.every((d) => d.bump === null && d.changes.length === 0)).toBe(true);
  });

  it('a correction is a patch', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([growth.replace('"11,2%"', '"11,3%"'), population]),
    });
    const m = of(diff({ repoRoot: root }), 'metrics');
    expect(m.bump).toBe('patch');
    expect(m.changes).toMatchObject([
      {
        kind: 'changed',
        id: 'metrics/hai-phong-grdp-growth-2025-q2',
        bump: 'patch',
        fields: [{ column: 'value', from: '11,2%', to: '11,3%', reason: 'correction' }],
      },
    ]);
  });

  it('a new record is a minor, with the package name', () => {
    const root = repo();
    const q3 = `hai-phong-grdp-growth-2025-q3,grdp-growth,hai-phong,quý 3,"13,92%",estimate,,,,${S},"quý 3 ước đạt 13,92%"`;
    writeFiles(root, { 'datasets/metrics/data/metrics.csv': metricsCsv([growth, population, q3]) });
    const m = of(diff({ repoRoot: root }), 'metrics');
    expect(m).toMatchObject({ packageName: '@vnsti/metrics', bump: 'minor' });
    expect(m.changes.map((c) => [c.kind, c.id])).toEqual([['added', 'metrics/hai-phong-grdp-growth-2025-q3']]);
  });

  it('a filled optional field is a minor; a new child fact is a minor; a new column is a minor', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([
        growth.replace(',actual,,,,', ',actual,year-on-year,,,'),
        population,
      ]),
      'datasets/officials/data/positions.csv':
        'official,title_vi,title_en,organization,as_of,start,end,source,quote\nle-ngoc-chau,Chủ tịch UBND TP.Hải Phòng,Chairman,,,,,src-a,Chủ tịch\n',
      'datasets/places/data/places.csv':
        'id,name_vi,name_en,kind,parent,valid_from,valid_until,source,quote,extra\nhai-phong,Hải Phòng,Hai Phong,centrally-run-city,,,,,,\n',
    });
    const r = diff({ repoRoot: root });
    expect(of(r, 'metrics').changes).toMatchObject([
      { kind: 'changed', bump: 'minor', fields: [{ column: 'basis', reason: 'filled optional field' }] },
    ]);
    expect(of(r, 'officials')).toMatchObject({
      bump: 'minor',
      changes: [{ kind: 'added', id: 'positions/le-ngoc-chau (Chủ tịch UBND TP.Hải Phòng, src-a)' }],
    });
    expect(of(r, 'places')).toMatchObject({ bump: 'minor', changes: [{ kind: 'column-added', id: 'places.extra' }] });
  });

  it('a removed record is a major; a removed citation is a patch', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([growth]),
      'datasets/metrics/data/metric-sources.csv': 'metric,source,quote\n',
    });
    const m = of(diff({ repoRoot: root }), 'metrics');
    expect(m.bump).toBe('major');
    expect(m.changes.map((c) => [c.kind, c.bump, c.summary])).toEqual([
      ['removed', 'major', 'removed metrics/hai-phong-population-2025'],
      ['removed', 'patch', 'removed citation metric-sources/hai-phong-population-2025 (src-a, dân số)'],
    ]);
  });

  it('an added citation alone is a patch', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metric-sources.csv': `metric,source,quote\nhai-phong-population-2025,${S},dân số\nhai-phong-grdp-growth-2025-q2,${S},GRDP\n`,
    });
    expect(of(diff({ repoRoot: root }), 'metrics')).toMatchObject({
      bump: 'patch',
      changes: [{ kind: 'added', bump: 'patch' }],
    });
  });

  it('a changed id is a major', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([
        growth.replace('hai-phong-grdp-growth-2025-q2', 'hp-grdp-q2'),
        population,
      ]),
    });
    const m = of(diff({ repoRoot: root }), 'metrics');
    expect(m.bump).toBe('major');
    expect(m.changes.map((c) => [c.kind, c.summary])).toEqual([
      ['changed-id', 'changed id metrics/hai-phong-grdp-growth-2025-q2 → hp-grdp-q2'],
    ]);
  });

  it('a changed indicator, a changed unit or an emptied cell is a major', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([
        growth.replace(',grdp-growth,', ',budget-revenue,'),
        population.replace('"gần 4,7 triệu người"', '"gần 4,7 triệu hộ"'),
      ]),
      'datasets/places/data/places.csv':
        'id,name_vi,name_en,kind,parent,valid_from,valid_until,source,quote\nhai-phong,Hải Phòng,,centrally-run-city,,,,,\n',
    });
    const r = diff({ repoRoot: root });
    const m = of(r, 'metrics');
    expect(m.bump).toBe('major');
    expect(m.changes.map((c) => c.summary)).toEqual([
      'changed meaning metrics/hai-phong-grdp-growth-2025-q2 indicator grdp-growth → budget-revenue',
      'changed meaning (unit) metrics/hai-phong-population-2025 value gần 4,7 triệu người → gần 4,7 triệu hộ',
    ]);
    expect(of(r, 'places').changes).toMatchObject([
      { bump: 'major', fields: [{ column: 'name_en', reason: 'emptied field' }] },
    ]);
  });

  it('labels a child row without empty key parts', () => {
    const table = tables['event-participants'];
    expect(recordLabel(table, { event: 'e', official: 'a', role: '', source: 's', quote: '' })).toBe(
      'event-participants/e (a, s)',
    );
    expect(recordLabel(tables['metric-sources'], { metric: 'm', source: '', quote: '' })).toBe('metric-sources/m');
    expect(recordLabel(tables.indicators, { id: 'jobs' })).toBe('indicators/jobs');
    expect(recordLabel(tables.metrics, { id: 'm' })).toBe('metrics/m');
  });

  it('classifies single cells', () => {
    expect(classifyField(tables.projects, 'investment', 'hơn 138 tỷ đồng', 'hơn 139 tỷ đồng').bump).toBe('patch');
    expect(classifyField(tables.projects, 'investment', 'hơn 138 tỷ đồng', 'hơn 138 triệu USD').bump).toBe('major');
    expect(classifyField(tables.positions, 'organization', 'a', 'b').bump).toBe('major');
    expect(classifyField(tables.events, 'name_vi', 'Hội nghị', 'Hội nghị A').bump).toBe('patch');
    // The unit as the build reads it: "người" and "đại biểu" both count people; "hộ" counts households.
    expect(classifyField(tables.events, 'attendance', 'hơn 450 người', 'hơn 450 đại biểu').bump).toBe('patch');
    expect(classifyField(tables.events, 'attendance', 'hơn 450 người', 'hơn 450 hộ').bump).toBe('major');
    // A metric's figure: another number is a correction, another currency or unit a changed meaning.
    expect(classifyField(tables.metrics, 'value', '40.678 tỷ đồng', '40.687 tỷ đồng').bump).toBe('patch');
    expect(classifyField(tables.metrics, 'value', 'trên 9.400 USD', 'trên 9.400 EUR')).toEqual({
      bump: 'major',
      reason: 'changed meaning (unit)',
    });
    expect(classifyField(tables.metrics, 'value', '11,2%', '11,2 tỷ đồng').bump).toBe('major');
  });

  it('reads CRLF and BOM files at both sides alike', () => {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': `\uFEFF${metricsCsv([growth, population]).replaceAll('\n', '\r\n')}`,
    });
    expect(of(diff({ repoRoot: root }), 'metrics').bump).toBeNull();
  });

  it('uses the last @vnsti/* release tag as the default base, and refuses an unknown base', () => {
    const root = repo();
    run(root, ['tag', '@vnsti/metrics@1.0.0']);
    writeFiles(root, { 'datasets/metrics/data/metrics.csv': metricsCsv([growth]) });
    run(root, ['commit', '-q', '-am', 'remove population']);
    expect(diff({ repoRoot: root }).base).toBe('@vnsti/metrics@1.0.0');
    expect(of(diff({ repoRoot: root }), 'metrics').bump).toBe('major');
    expect(of(diff({ repoRoot: root, base: 'HEAD' }), 'metrics').bump).toBeNull();
    expect(() => diff({ repoRoot: root, base: 'no-such-ref' })).toThrow(/does not exist/);
    // A base that looks like an option never reaches git, and the message quotes it on one line.
    expect(() => diff({ repoRoot: root, base: '--output=x\ny' })).toThrow('base ref "--output=x\\ny" does not exist');
  });
});

describe('checkChangesets', () => {
  function changed(): string {
    const root = repo();
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([growth.replace(',grdp-growth,', ',budget-revenue,')]),
    });
    return root;
  }

  it('refuses an under-declared bump, naming the records and the reasons', () => {
    const root = changed();
    writeFiles(root, {
      '.changeset/metrics-fix.md': '---\n"@vnsti/metrics": minor\n---\n\nFix.\n',
      '.changeset/README.md': '---\n"@vnsti/metrics": major\n---\n',
    });
    const check = checkChangesets({ repoRoot: root, base: 'main' });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      '@vnsti/metrics needs major (declared minor): removed metrics/hai-phong-population-2025; changed meaning metrics/hai-phong-grdp-growth-2025-q2 indicator grdp-growth → budget-revenue',
    ]);
  });

  it('refuses a changed dataset with no changeset', () => {
    const root = changed();
    const check = checkChangesets({ repoRoot: root, base: 'main' });
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatch(
      /^@vnsti\/metrics needs major \(no changeset names it\): removed metrics\/hai-phong-population-2025/,
    );
  });

  it('accepts an adequate (or larger) bump, also split over several changesets', () => {
    const root = changed();
    writeFiles(root, {
      '.changeset/a.md': "---\n'@vnsti/metrics': patch\n---\n",
      '.changeset/b.md': '---\n"@vnsti/metrics": major\n"@vnsti/places": patch\n---\n',
    });
    const check = checkChangesets({ repoRoot: root, base: 'main' });
    expect(check).toMatchObject({
      ok: true,
      problems: [],
      packages: [{ packageName: '@vnsti/metrics', needed: 'major', declared: 'major', ok: true }],
    });
  });

  it('counts only the changesets added since the base, not those already pending there', () => {
    const root = makeRepo(
      { ...baseFiles, '.changeset/old-release.md': '---\n"@vnsti/metrics": major\n---\n\nOlder change.\n' },
      { git: true },
    );
    writeFiles(root, {
      'datasets/metrics/data/metrics.csv': metricsCsv([growth.replace(',grdp-growth,', ',budget-revenue,')]),
    });
    const before = checkChangesets({ repoRoot: root, base: 'main' });
    expect(before.ok).toBe(false);
    expect(before.ignored).toEqual(['old-release.md']);
    expect(before.packages[0]).toMatchObject({ packageName: '@vnsti/metrics', needed: 'major', declared: null });
    writeFiles(root, { '.changeset/new.md': '---\n"@vnsti/metrics": patch\n---\n' });
    expect(checkChangesets({ repoRoot: root, base: 'main' }).packages[0]?.declared).toBe('patch');
    writeFiles(root, { '.changeset/new.md': '---\n"@vnsti/metrics": major\n---\n' });
    expect(checkChangesets({ repoRoot: root, base: 'main' }).ok).toBe(true);
  });

  it('parses changeset front matter', () => {
    expect(parseChangeset('---\n"@vnsti/metrics": minor\n@vnsti/places: patch\n---\n\n"@vnsti/x": major\n')).toEqual({
      '@vnsti/metrics': 'minor',
      '@vnsti/places': 'patch',
    });
    expect(parseChangeset('no front matter')).toEqual({});
  });
});

describe('contributeCommands', () => {
  const io = (cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { cwd, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
  };

  it('vnsti diff --check exits 1 on an under-declared bump and 0 once declared', async () => {
    const root = repo();
    writeFiles(root, { 'datasets/metrics/data/metrics.csv': metricsCsv([growth]) });
    const first = io(join(root, 'datasets'));
    expect(await contributeCommands['diff']!(['--base', 'main', '--check'], first.io)).toBe(1);
    expect(first.out.join('')).toContain('@vnsti/metrics: major');
    expect(first.err.join('')).toContain(
      '@vnsti/metrics needs major (no changeset names it): removed metrics/hai-phong-population-2025',
    );
    writeFiles(root, { '.changeset/drop.md': '---\n"@vnsti/metrics": major\n---\n\nDrop a figure.\n' });
    const second = io(root);
    expect(await contributeCommands['diff']!(['--check'], second.io)).toBe(0);
    expect(await contributeCommands['diff']!(['--bogus'], second.io)).toBe(2);
  });

  it('every subcommand answers --help with its own usage, and exit 0', async () => {
    for (const name of ['add-source', 'extract', 'diff']) {
      for (const flag of ['--help', '-h']) {
        const t = io(makeRepo({}));
        expect(await contributeCommands[name]!([flag], t.io)).toBe(0);
        expect(t.out.join('')).toBe(`${CONTRIBUTE_USAGE[name]}\n`);
        expect(t.out.join('')).toMatch(new RegExp(`^usage: vnsti ${name} `));
        expect(t.err).toEqual([]);
      }
    }
  });

  it('the top-level help lists every option of every subcommand', async () => {
    const out: string[] = [];
    expect(await main(['--help'], (l) => void out.push(l))).toBe(0);
    const help = out.join('\n');
    for (const usage of Object.values(CONTRIBUTE_USAGE)) {
      for (const option of usage.match(/--[a-z-]+/g) ?? []) expect(help).toContain(option);
    }
  });

  it('the guide states the same default diff base as the CLI', () => {
    const guide = readFileSync(resolve(import.meta.dirname, '../../../../docs/contributing.md'), 'utf8');
    const base = /default: (the last @vnsti\/\* release tag, else origin\/main, else main)/.exec(
      CONTRIBUTE_USAGE['diff'] ?? '',
    )?.[1];
    expect(base).toBeDefined();
    expect(guide).toContain(base?.replace(/^the /, '') ?? '');
  });

  it('vnsti add-source refuses --inferred without --note (exit 2) and accepts it with one', async () => {
    const root = makeRepo({});
    writeFileSync(join(root, 'a.txt'), 'Ngày 21.8, tại Hải Phòng, hội nghị.\n');
    const args = ['a.txt', '--published', '2025-08-21', '--title-en', 'Conference', '--inferred'];
    const t = io(root);
    expect(await contributeCommands['add-source']!(args, t.io)).toBe(2);
    expect(t.err.join('')).toContain('--inferred needs --note');
    expect(await contributeCommands['add-source']!([...args, '--note', '  '], t.io)).toBe(2);
    expect(await contributeCommands['add-source']!([...args, '--note', 'dated by the event day'], t.io)).toBe(0);
  });

  it('vnsti add-source refuses a duplicate with exit 1 and reports usage errors with exit 2', async () => {
    const root = makeRepo({});
    writeFileSync(join(root, 'a.txt'), 'Ngày 21.8, tại Hải Phòng, hội nghị.\n');
    const args = ['a.txt', '--published', '2025-08-21', '--title-en', 'Conference'];
    const t = io(root);
    expect(await contributeCommands['add-source']!(args, t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/registered source 2025-08-21-ngay-21-8-tai-hai-phong-hoi-nghi/);
    expect(await contributeCommands['add-source']!(args, t.io)).toBe(1);
    expect(t.err.join('')).toContain('refused (duplicate)');
    expect(await contributeCommands['add-source']!(['a.txt'], t.io)).toBe(2);
    const e = io(root);
    expect(await contributeCommands['extract']!(['2025-08-21-ngay-21-8-tai-hai-phong-hoi-nghi'], e.io)).toBe(0);
    expect(e.out.join('')).toContain('review file: review/2025-08-21-ngay-21-8-tai-hai-phong-hoi-nghi.md');
  });
});
