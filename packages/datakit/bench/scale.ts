import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { build } from '../src/build/build.js';
import { validate } from '../src/validate.js';

/**
 * One size of the scale benchmark: medians of several runs, and peak memory of single runs.
 *
 * @example
 * ```ts
 * const { results } = await runScaleBenchmark({ sizes: [10_000] });
 * results[0]?.ratio; // validate + build time over bare csv-parse time
 * ```
 */
export interface ScaleResult {
  /** Synthetic metric rows (the main table; places and sources come on top). */
  rows: number;
  /** Median time of bare csv-parse over the same CSV files, in ms. */
  parseMs: number;
  /** Median time of `vnsti validate` of the metrics dataset (and what it references), in ms. */
  validateMs: number;
  /** Median time of `vnsti build` (validate + build) of the metrics dataset, in ms. */
  pipelineMs: number;
  /**
   * Median over the runs of each run's pipeline time over its own bare-parse time (measured back
   * to back, so a machine that speeds up or slows down between runs does not skew it).
   */
  ratio: number;
  /** Peak resident memory of a process that only parses, in MB. */
  parseRssMb: number;
  /** Peak resident memory of a process that validates and builds, in MB. */
  pipelineRssMb: number;
}

/**
 * Options of {@link runScaleBenchmark}.
 *
 * @example
 * ```ts
 * const options: ScaleOptions = { sizes: [10_000, 100_000], runs: 5 };
 * ```
 */
export interface ScaleOptions {
  /** Row counts to measure; default 10 000 and 100 000. */
  sizes?: number[];
  /**
   * Timed runs per size (the median is kept); default 7, 15 below 20 000 rows (short runs are
   * noisier) and 1 from 500 000 rows (a run takes tens of seconds).
   */
  runs?: number;
}

const INDICATORS: Array<[string, (i: number) => string]> = [
  ['grdp-growth', (i) => `${(i % 90) / 10 + 1},${i % 10}%`.replace(/\.\d+,/, ',')],
  ['population', (i) => `gần ${1 + (i % 9)},${i % 10} triệu người`],
  ['budget-revenue', (i) => `hơn ${10 + (i % 90)}.${String(i % 1000).padStart(3, '0')} tỷ đồng`],
  ['enterprise-count', (i) => `${1 + (i % 9)}.${String(i % 1000).padStart(3, '0')} doanh nghiệp`],
  ['innovation-index-rank', (i) => `thứ ${1 + (i % 63)}`],
];
const PERIODS = ['2024', 'quý 2', '9 tháng đầu năm', '2025-01-01..2025-06-30', '6 tháng đầu năm 2025'];
const ROWS_PER_SOURCE = 100;

/**
 * Writes a synthetic, valid repository: 63 places, one source per 100 metrics (with a text that
 * holds each row's quote), and `rows` metrics whose cells use the articles' wording ("hơn 56.000 tỷ
 * đồng", "gần 4,7 triệu người", "quý 2") as well as canonical forms.
 *
 * @example
 * ```ts
 * generateRepo(mkdtempSync(join(tmpdir(), 'scale-')), 10_000); // then: vnsti validate <that dir>
 * ```
 */
export function generateRepo(root: string, rows: number): void {
  const data = (name: string) => {
    const dir = join(root, 'datasets', name, 'data');
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  writeFileSync(
    join(root, 'package.json'),
    '{"name":"scale","private":true,"type":"module","workspaces":["datasets/*"]}\n',
  );
  const places = [
    'id,name_vi,name_en,kind,parent,valid_from,valid_until,source,quote',
    'viet-nam,Việt Nam,Viet Nam,country,,,,,',
  ];
  for (let p = 0; p < 62; p++) places.push(`place-${p},Tỉnh số ${p},Province ${p},province,viet-nam,,,,`);
  writeFileSync(join(data('places'), 'places.csv'), `${places.join('\n')}\n`);
  const sourceCount = Math.ceil(rows / ROWS_PER_SOURCE);
  const textDir = join(root, 'datasets', 'sources', 'text');
  mkdirSync(textDir, { recursive: true });
  const sources = [
    'id,kind,title_vi,title_en,publisher,url,published,published_basis,published_note,language,text_file,sha256',
  ];
  const metrics = ['id,indicator,place,period,value,status,basis,note_vi,note_en,source,quote'];
  for (let s = 0; s < sourceCount; s++) {
    const lines = [`Bản tin thống kê số ${s}`];
    for (let i = s * ROWS_PER_SOURCE; i < Math.min(rows, (s + 1) * ROWS_PER_SOURCE); i++) {
      const [indicator, value] = INDICATORS[i % INDICATORS.length]!;
      const written = value(i);
      lines.push(`Theo báo cáo, chỉ tiêu số ${i} của tỉnh đạt ${written}, cao hơn cùng kỳ.`);
      const note = i % 3 === 0 ? `"Ghi chú, số ${i}",Note ${i}` : ',';
      metrics.push(
        `metric-${i},${indicator},place-${i % 62},${PERIODS[i % PERIODS.length]},"${written}",actual,${i % 2 ? 'year-on-year' : ''},${note},src-${s},"chỉ tiêu số ${i} của tỉnh đạt ${written}"`,
      );
    }
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(textDir, `src-${s}.txt`), text);
    const sha = createHash('sha256').update(text).digest('hex');
    sources.push(
      `src-${s},news-article,Bản tin số ${s},Bulletin ${s},,,2025-11-25,stated,,vi,text/src-${s}.txt,${sha}`,
    );
  }
  writeFileSync(join(data('sources'), 'sources.csv'), `${sources.join('\n')}\n`);
  writeFileSync(join(data('metrics'), 'metrics.csv'), `${metrics.join('\n')}\n`);
  // The indicator registry the metrics refer to.
  writeFileSync(
    join(data('metrics'), 'indicators.csv'),
    `id,name_vi,name_en,unit_kind,units,phrases_vi,definition\n${INDICATORS.map(([id]) => `${id},${id},${id},count,,,${id}`).join('\n')}\n`,
  );
}

/** Every CSV file the pipeline reads for the metrics dataset. */
function csvFiles(root: string): string[] {
  return ['sources', 'places', 'metrics'].flatMap((name) => {
    const dir = join(root, 'datasets', name, 'data');
    return readdirSync(dir).map((f) => join(dir, f));
  });
}

/** Bare csv-parse over the files, streaming, counting records: the floor. */
async function parseOnly(root: string): Promise<number> {
  let records = 0;
  for (const file of csvFiles(root)) {
    for await (const _ of createReadStream(file).pipe(parse())) records++;
  }
  return records;
}

async function validateOnly(root: string): Promise<void> {
  const result = await validate({ dir: join(root, 'datasets', 'metrics') });
  if (result.problems.length > 0) throw new Error('synthetic data has problems');
}

async function pipeline(root: string): Promise<void> {
  const result = await build({ dir: join(root, 'datasets', 'metrics') });
  if (result.problems.length > 0)
    throw new Error(`synthetic data has problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times one call. (Forcing a collection before each was tried: it slowed every call after it, the bare parse most, by up to 2×.) */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Child process entry: one kind of measurement, printed as JSON. */
async function child(mode: string, root: string, runs: number): Promise<void> {
  if (mode === 'time') {
    await pipeline(root); // warm-up: JIT and file cache
    await parseOnly(root);
    const parse: number[] = [];
    const check: number[] = [];
    const full: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      parse.push(await timed(() => parseOnly(root)));
      check.push(await timed(() => validateOnly(root)));
      full.push(await timed(() => pipeline(root)));
      ratios.push(full[i]! / parse[i]!);
    }
    process.stdout.write(
      JSON.stringify({
        parseMs: median(parse),
        validateMs: median(check),
        pipelineMs: median(full),
        ratio: median(ratios),
      }),
    );
    return;
  }
  if (mode === 'rss-parse') await parseOnly(root);
  else await pipeline(root);
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The built benchmark entry the child processes run: `dist/scale.js`, from source or from dist. */
function script(): string {
  const self = fileURLToPath(import.meta.url);
  return self.endsWith('.ts') ? join(dirname(self), '..', 'dist', 'scale.js') : join(dirname(self), 'scale.js');
}

function runChild(mode: string, root: string, runs: number): Record<string, number> {
  const out = execFileSync(process.execPath, [script(), '--child', mode, root, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Record<string, number>;
}

/**
 * Runs the pipeline scale benchmark: for each size, generates a synthetic valid repository, then in
 * separate child processes times `vnsti build` (validate + build) of the metrics dataset against
 * bare csv-parse over the same CSV files (each run times both back to back in the same process;
 * the ratio is the median of the runs' ratios), and records peak
 * memory (`process.resourceUsage().maxRSS`) of one pipeline run and one bare parse. Needs the
 * package built (`dist/scale.js`).
 *
 * @param options - Sizes and runs.
 * @returns One result per size, and the table as Markdown.
 * @example
 * ```ts
 * const { results, table } = await runScaleBenchmark({ sizes: [10_000], runs: 3 });
 * console.log(table); // | rows | csv-parse | validate + build | ratio | … |
 * ```
 */
export async function runScaleBenchmark(
  options: ScaleOptions = {},
): Promise<{ results: ScaleResult[]; table: string }> {
  const sizes = options.sizes ?? [10_000, 100_000];
  const results: ScaleResult[] = [];
  for (const rows of sizes) {
    const runs = options.runs ?? (rows < 20_000 ? 15 : rows < 500_000 ? 7 : 1);
    const root = mkdtempSync(join(tmpdir(), `vnsti-scale-${rows}-`));
    try {
      generateRepo(root, rows);
      const time = runChild('time', root, runs);
      const parseRss = runChild('rss-parse', root, 1);
      const pipelineRss = runChild('rss-pipeline', root, 1);
      results.push({
        rows,
        parseMs: time['parseMs']!,
        validateMs: time['validateMs']!,
        pipelineMs: time['pipelineMs']!,
        ratio: time['ratio']!,
        parseRssMb: parseRss['maxRssMb']!,
        pipelineRssMb: pipelineRss['maxRssMb']!,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const lines = [
    '| rows | csv-parse (median) | validate (median) | validate + build (median) | ratio, median of runs (target ≤ 3×) | peak RSS, parse | peak RSS, pipeline |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.rows.toLocaleString('en')} | ${r.parseMs.toFixed(0)} ms | ${r.validateMs.toFixed(0)} ms (${(r.validateMs / r.parseMs).toFixed(2)}×) | ${r.pipelineMs.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.parseRssMb.toFixed(0)} MB | ${r.pipelineRssMb.toFixed(0)} MB |`,
    ),
  ];
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last && last !== first) {
    const rowGrowth = last.rows / first.rows;
    lines.push(
      '',
      `From ${first.rows.toLocaleString('en')} to ${last.rows.toLocaleString('en')} rows (${rowGrowth}×): pipeline time ×${(last.pipelineMs / first.pipelineMs).toFixed(2)}, peak memory ×${(last.pipelineRssMb / first.pipelineRssMb).toFixed(2)} (sub-linear when below ${rowGrowth}).`,
    );
  }
  return { results, table: lines.join('\n') };
}

/**
 * The command line of `dist/scale.js`: `--child <mode> <dir> <runs>` runs one measurement (what
 * {@link runScaleBenchmark} spawns); otherwise runs the benchmark (sizes as `10000,100000`) and
 * prints the table.
 * @internal
 */
export async function scaleCli(args: readonly string[]): Promise<void> {
  const [flag, mode, root, runs] = args;
  if (flag === '--child' && mode && root) {
    await child(mode, root, Number(runs ?? 1));
    return;
  }
  const sizes = flag ? flag.split(',').map(Number) : undefined;
  const { table } = await runScaleBenchmark(sizes ? { sizes } : {});
  console.log(table);
}
