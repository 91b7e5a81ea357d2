import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';
import { repoPath } from '../io/paths.js';
import type { ReadContext } from './context.js';

/**
 * Reports the files in `data/` (a folder already checked) that are not a table of the dataset: a
 * misspelt name would be silently ignored.
 * @internal
 */
export function reportUnknownFiles(ctx: ReadContext, dir: string, name: DatasetName): void {
  const data = join(dir, 'data');
  const known = new Set(datasets[name].tables.map((t) => `${t.name}.csv`));
  for (const entry of readdirSync(data).sort()) {
    if (known.has(entry) || entry.startsWith('.') || !entry.endsWith('.csv')) continue;
    ctx.collector.add(
      'unknown-file',
      repoPath(ctx.root, join(data, entry)),
      1,
      1,
      `unknown table file ${entry} (the tables of ${name} are: ${[...known].join(', ')})`,
    );
  }
}
