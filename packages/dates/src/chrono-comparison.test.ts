import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractThroughput } from '../bench/extract-throughput.js';
import { CORPUS } from './corpus/expressions.js';
import { NEGATIVES } from './corpus/negatives.js';
import { extractDates } from './extract.js';
import { parseDate } from './parse.js';
import { bundleProbe, type Probe, SRC } from './testing/probe.js';

const THROUGHPUT = `
import { readdirSync, readFileSync } from 'node:fs';
import { measureExtractDates } from ${JSON.stringify(join(SRC, '../bench/extract-throughput.ts'))};
const dir = ${JSON.stringify(join(SRC, '../test/fixtures/'))};
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8')).join('\\n\\n');
const text = seeds.repeat(Math.ceil(1500000 / seeds.length));
process.stdout.write(JSON.stringify(measureExtractDates(text, '2025-11-24', { time: 1000 })));
`;

let throughput: Probe | undefined;
beforeAll(async () => {
  throughput = await bundleProbe(THROUGHPUT);
}, 60_000);
afterAll(() => throughput?.dispose());

function refDate(reference: string): Date {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

function iso(c: chrono.ParsedComponents): string {
  const p = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${String(c.get('year')).padStart(4, '0')}-${p(c.get('month'))}-${p(c.get('day'))}`;
}

/** chrono's reading of an expression: the first result's start and end (end = start when absent). */
function chronoRead(text: string, reference: string): { start: string; end: string } | null {
  const [r] = chrono.vi.parse(text, refDate(reference));
  if (r === undefined) return null;
  const start = iso(r.start);
  return { start, end: r.end ? iso(r.end) : start };
}

interface Row {
  name: string;
  right: number;
  total: number;
  falsePositives: number;
  negatives: number;
}

function score(): { ours: Row; peer: Row } {
  const ours: Row = {
    name: '@vnsti/dates',
    right: 0,
    total: CORPUS.length,
    falsePositives: 0,
    negatives: NEGATIVES.length,
  };
  const peer: Row = {
    name: 'chrono.vi',
    right: 0,
    total: CORPUS.length,
    falsePositives: 0,
    negatives: NEGATIVES.length,
  };
  for (const c of CORPUS) {
    const v = parseDate(c.text, { reference: c.reference });
    if (v?.start === c.expected.start && v.end === c.expected.end) ours.right++;
    const p = chronoRead(c.text, c.reference);
    if (p?.start === c.expected.start && p.end === c.expected.end) peer.right++;
  }
  for (const n of NEGATIVES) {
    if (extractDates(n, { reference: '2025-08-21' }).length > 0) ours.falsePositives++;
    if (chrono.vi.parse(n, refDate('2025-08-21')).length > 0) peer.falsePositives++;
  }
  return { ours, peer };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

describe('side by side with chrono-node (chrono.vi)', () => {
  it('is more accurate on the corpus and has no more false positives on the negatives', () => {
    const { ours, peer } = score();
    console.table(
      [ours, peer].map((r) => ({
        library: r.name,
        'right start and end': `${r.right}/${r.total} (${pct(r.right, r.total)})`,
        'false positives': `${r.falsePositives}/${r.negatives} (${pct(r.falsePositives, r.negatives)})`,
      })),
    );
    expect(ours.right).toBeGreaterThan(peer.right);
    expect(ours.right / ours.total).toBeGreaterThan(0.95);
    expect(ours.falsePositives).toBeLessThanOrEqual(peer.falsePositives);
    expect(ours.falsePositives).toBe(0);
  });

  it('is faster than chrono.vi and close to a digit scan (loose bounds here; npm run bench checks the targets)', () => {
    // Measured in a fresh node process (see testing/probe.ts): a busy test worker's heap would
    // make the garbage collector, not the code, set the figures.
    const out = JSON.parse(throughput!.run([])) as ExtractThroughput;
    console.table([
      {
        'extractDates MB/s': out.mbPerSecond.toFixed(1),
        'time vs digit scan': `${out.ratioToDigitScan.toFixed(1)}×`,
        'chrono.vi time vs ours': `${out.ratioToChrono.toFixed(1)}×`,
      },
    ]);
    expect(out.mbPerSecond).toBeGreaterThan(0);
    // Bounds with room for a busy machine; README figures come from `npm run bench`.
    expect(out.ratioToChrono).toBeGreaterThan(2);
    expect(out.ratioToDigitScan).toBeLessThan(20);
  }, 120_000);
});
