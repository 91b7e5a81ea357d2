import { runScaleBenchmark } from '@vnsti/datakit/bench';
import { formatRatio } from '../stats.js';
import type { Row } from '../table.js';

/**
 * The pipeline's time at most this many times bare csv-parse's over the same files, at
 * {@link RATIO_ROWS} rows (issue #16: "`vnsti build` of 100 000 rows at most 3× bare csv-parse").
 */
const MAX_RATIO = 3;
/** The size the time target is set at; the other sizes' ratios are shown without one. */
const RATIO_ROWS = 100_000;
/** Peak memory of the largest run, in MB (issue #16: "linear to 1 000 000 rows with a peak under 1 GB"). */
const MAX_PEAK_MB = 1024;

/**
 * `vnsti validate` + `build` on 10 000, 100 000 and 1 000 000 synthetic rows against bare
 * csv-parse over the same files (datakit's scale benchmark), with peak memory of each size in a
 * fresh process; growth from the smallest to the largest size.
 */
export async function pipelineRows(sizes = [10_000, 100_000, 1_000_000]): Promise<Row[]> {
  const { results } = await runScaleBenchmark({ sizes });
  const largest = results[results.length - 1];
  const rows: Row[] = results.map((r) => {
    const timed = r.rows === RATIO_ROWS;
    const peak = r === largest && results.length > 1;
    const targets = [
      ...(timed ? [`within ${MAX_RATIO}× of bare parsing`] : []),
      ...(peak ? [`peak under ${MAX_PEAK_MB} MB`] : []),
    ];
    return {
      group: 'pipeline scale',
      name: `validate + build, ${r.rows.toLocaleString('en')} rows`,
      value: `${r.pipelineMs.toFixed(0)} ms, peak ${r.pipelineRssMb.toFixed(0)} MB`,
      versus: `csv-parse alone: ${r.parseMs.toFixed(0)} ms, peak ${r.parseRssMb.toFixed(0)} MB`,
      ratio: formatRatio(r.ratio),
      target:
        targets.length > 0
          ? targets.join(', ')
          : `none at this size (${MAX_RATIO}× is set at ${RATIO_ROWS.toLocaleString('en')} rows)`,
      pass: targets.length === 0 ? null : (!timed || r.ratio <= MAX_RATIO) && (!peak || r.pipelineRssMb < MAX_PEAK_MB),
    };
  });
  const small = results[0];
  const large = largest;
  if (small && large && large !== small) {
    const timeGrowth = large.pipelineMs / small.pipelineMs;
    const rowGrowth = large.rows / small.rows;
    const memoryGrowth = large.pipelineRssMb / small.pipelineRssMb;
    rows.push({
      group: 'pipeline scale',
      name: `growth from ${small.rows.toLocaleString('en')} to ${large.rows.toLocaleString('en')} rows`,
      value: `time ${formatRatio(timeGrowth)}, memory ${formatRatio(memoryGrowth)}`,
      versus: `rows ${formatRatio(rowGrowth)}`,
      ratio: `time/rows ${(timeGrowth / rowGrowth).toFixed(2)}`,
      target: 'linear time (≤ 1.5), sub-linear memory',
      pass: timeGrowth / rowGrowth <= 1.5 && memoryGrowth < rowGrowth,
    });
  }
  return rows;
}
