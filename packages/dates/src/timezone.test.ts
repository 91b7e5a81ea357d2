import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from './corpus/expressions.js';
import { SEEDS, seedText } from './corpus/seeds.js';
import { extractDates } from './extract.js';
import { parseDate } from './parse.js';

const here = fileURLToPath(new URL('.', import.meta.url));
let dir = '';
let script = '';

// The probe: the package source and the corpus bundled into one plain script for `node`.
const PROBE = `
import { parseDate, extractDates, formatDate } from ${JSON.stringify(join(here, 'index.ts'))};
import { CORPUS } from ${JSON.stringify(join(here, 'corpus/expressions.ts'))};
import { readFileSync } from 'node:fs';
const seeds = JSON.parse(process.argv[2]);
const parsed = CORPUS.map((c) => { const v = parseDate(c.text, { reference: c.reference }); return v && [v, formatDate(v), formatDate(v, { locale: 'en' })]; });
const extracted = seeds.map((s) => extractDates(readFileSync(s.path, 'utf8'), { reference: s.reference }));
process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, parsed, extracted }));
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnsti-dates-tz-'));
  writeFileSync(join(dir, 'probe.ts'), PROBE);
  script = join(dir, 'probe.mjs');
  await build({
    entryPoints: [join(dir, 'probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const seedArgs = JSON.stringify(
  SEEDS.map((s) => ({ path: join(here, '../test/fixtures', s.file), reference: s.reference })),
);

function runIn(tz: string): { tz: string; parsed: unknown; extracted: unknown } {
  const r = spawnSync(process.execPath, [script, seedArgs], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('time-zone safety', () => {
  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC'])(
    'gives identical results with TZ=%s',
    (tz) => {
      const out = runIn(tz);
      expect(out.tz).toBe(tz);
      const { formatDate } = { formatDate: (v: never) => v };
      void formatDate;
      const here = runIn('Asia/Ho_Chi_Minh');
      expect(out.parsed).toEqual(here.parsed);
      expect(out.extracted).toEqual(here.extracted);
      // and the same as in this process
      const local = CORPUS.map((c) => parseDate(c.text, { reference: c.reference }));
      expect((out.parsed as Array<[unknown] | null>).map((x) => (x === null ? null : x[0]))).toEqual(local);
      expect(out.extracted).toEqual(SEEDS.map((s) => extractDates(seedText(s), { reference: s.reference })));
    },
    30_000,
  );
});
