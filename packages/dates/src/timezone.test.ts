import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from './corpus/expressions.js';
import { SEEDS, seedText } from './corpus/seeds.js';
import { extractDates } from './extract.js';
import { parseDate } from './parse.js';
import { bundleProbe, type Probe, SRC } from './testing/probe.js';

// The probe: the package source and the corpus, run by a plain \`node\` with another TZ.
const PROBE = `
import { parseDate, extractDates, formatDate } from ${JSON.stringify(join(SRC, 'index.ts'))};
import { CORPUS } from ${JSON.stringify(join(SRC, 'corpus/expressions.ts'))};
import { readFileSync } from 'node:fs';
const seeds = JSON.parse(process.argv[2]);
const parsed = CORPUS.map((c) => { const v = parseDate(c.text, { reference: c.reference }); return v && [v, formatDate(v), formatDate(v, { locale: 'en' })]; });
const extracted = seeds.map((s) => extractDates(readFileSync(s.path, 'utf8'), { reference: s.reference }));
process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, parsed, extracted }));
`;

let probe: Probe | undefined;
beforeAll(async () => {
  probe = await bundleProbe(PROBE);
}, 60_000);
afterAll(() => probe?.dispose());

const seedArgs = JSON.stringify(
  SEEDS.map((s) => ({ path: join(SRC, '../test/fixtures', s.file), reference: s.reference })),
);

function runIn(tz: string): { tz: string; parsed: unknown; extracted: unknown } {
  return JSON.parse(probe!.run([seedArgs], { TZ: tz }));
}

describe('time-zone safety', () => {
  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC'])(
    'gives identical results with TZ=%s',
    (tz) => {
      const out = runIn(tz);
      expect(out.tz).toBe(tz);
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
