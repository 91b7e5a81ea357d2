// Times `draftRecords` on a 10 kB article (the evaluation corpus joined) with the repository's
// datasets as known names, steady state, against reading the same text's dates and money in the
// same run. Run from packages/datakit after `npm run build`: `node eval/speed.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDates } from '@vnsti/dates';
import { extractMoney } from '@vnsti/money';
import { draftRecords, parseCsvTable } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = join(here, '../../../datasets');
const data = {};
for (const d of readdirSync(datasets, { withFileTypes: true })) {
  if (!d.isDirectory()) continue;
  const dir = join(datasets, d.name, 'data');
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  } catch {
    continue;
  }
  for (const f of files) data[f.slice(0, -4)] = parseCsvTable(readFileSync(join(dir, f), 'utf8'));
}
let text = '';
for (const half of ['test', 'tune']) {
  for (const f of readdirSync(join(here, 'articles', half)).sort()) {
    const body = readFileSync(join(here, 'articles', half, f), 'utf8')
      .split('\n---\n')[1]
      ?.split('\n=== expected ===')[0];
    text += `${body}\n\n`;
  }
}
text = text.slice(0, 10_000);
const time = (run) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};
const extract = () => draftRecords('s', text, '2025-01-01', data);
const baseline = () => {
  extractDates(text, { reference: '2025-01-01' });
  extractMoney(text, { defaultCurrency: 'VND' });
};
for (let i = 0; i < 20; i++) {
  extract();
  baseline();
}
const runs = Array.from({ length: 30 }, () => {
  const b = time(baseline);
  const e = time(extract);
  return { b, e, r: e / b };
});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `extract of a ${text.length}-character article: ${median(runs.map((x) => x.e)).toFixed(1)} ms median ` +
    `(min ${Math.min(...runs.map((x) => x.e)).toFixed(1)} ms); dates+money alone ${median(runs.map((x) => x.b)).toFixed(1)} ms; ` +
    `median ratio ${median(runs.map((x) => x.r)).toFixed(1)}x`,
);
