import { extractDates } from '@vnsti/dates';
import { extractMoney } from '@vnsti/money';
import * as chrono from 'chrono-node';
import { compare, formatRatio, mbPerSecond } from '../stats.js';
import type { Row } from '../table.js';

/** One digit-run regex scan: the floor any scanner of numbers must pay. */
export function digitScan(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\d+/g)) count++;
  return count;
}

/**
 * extractMoney + extractDates over the seed texts, against chrono-node's Vietnamese parser
 * (dates only) and against one digit-run regex scan, all on the same text in the same run.
 */
export function extractionRows(text: string): Row[] {
  const bytes = Buffer.byteLength(text);
  const reference = '2025-11-24';
  const ours = () => [extractMoney(text, { defaultCurrency: 'VND' }), extractDates(text, { reference })];
  const floor = compare(ours, () => digitScan(text), 7, 50);
  const peer = compare(() => chrono.vi.parse(text, new Date(Date.UTC(2025, 10, 24, 5))), ours, 7, 50);
  const mb = (bytes / 1e6).toFixed(2);
  return [
    {
      group: 'extraction',
      name: `extractMoney + extractDates, ${mb} MB of seed text`,
      value: `${mbPerSecond(bytes, floor.subjectMs).toFixed(1)} MB/s`,
      versus: 'digit-run regex scan (floor)',
      ratio: `${formatRatio(floor.ratio)} the floor's time`,
      target: 'within 10× of the floor',
      pass: floor.ratio <= 10,
    },
    {
      group: 'extraction',
      name: 'chrono.vi.parse (dates only), same text',
      value: `${mbPerSecond(bytes, peer.subjectMs).toFixed(1)} MB/s`,
      versus: 'extractMoney + extractDates',
      ratio: `ours is ${formatRatio(peer.ratio)} faster`,
      target: 'at least 5× faster than chrono.vi',
      pass: peer.ratio >= 5,
    },
  ];
}
