/**
 * `npm run bench`: every benchmark of vnsti, each figure a ratio against a baseline measured in the
 * same process run (medians of several runs). Prints one table and writes it to bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join } from 'node:path';
import { bundleRows } from './sections/bundle-size.js';
import { extractionRows } from './sections/extraction.js';
import { graphRows } from './sections/graph.js';
import { importCostAtScaleRows, importCostRows } from './sections/import-cost.js';
import { pipelineRows } from './sections/pipeline.js';
import { seedText } from './seeds.js';
import { type Row, toMarkdown } from './table.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const only = process.argv.slice(2);
const wanted = (section: string) => only.length === 0 || only.includes(section);

const rows: Row[] = [];
const step = async (section: string, run: () => Row[] | Promise<Row[]>) => {
  if (!wanted(section)) return;
  const started = performance.now();
  process.stderr.write(`bench: ${section}…`);
  rows.push(...(await run()));
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
};

await step('extraction', () => extractionRows(seedText(repoRoot, 1_500_000)));
await step('import', async () => [...(await importCostRows(repoRoot)), ...(await importCostAtScaleRows(repoRoot))]);
await step('bundle', () => bundleRows(repoRoot));
await step('pipeline', () => pipelineRows());
await step('graph', () => graphRows(repoRoot));

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${platform()} ${arch()}, Node ${process.version}`;
const table = toMarkdown(rows);
const missed = rows.filter((r) => r.pass === false);
const report = `# Benchmark results

Produced by \`npm run bench\` (bench/src/run.ts). Every figure is compared with a baseline measured
in the same process run; timings are medians of several interleaved runs. Machine: ${machine}.

${table}

${missed.length ? `Targets missed: ${missed.map((r) => r.name).join('; ')}.` : 'Every target met.'}
`;
console.log(table);
if (only.length === 0) writeFileSync(join(repoRoot, 'bench', 'RESULTS.md'), report);
if (missed.length) console.log(`\n${missed.length} target(s) missed.`);
