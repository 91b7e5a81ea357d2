import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;

/** The files that put bytes into a minified ESM bundle of `entry`, as an app importing it would get. */
const bundledInputs = async (entry: string): Promise<string[]> => (await measureBundle(packageDir, entry)).bundled;

/** Names of the dataset packages whose records a bundle holds. */
const datasetsIn = (inputs: string[]) =>
  [...new Set(inputs.flatMap((path) => /datasets\/([a-z]+)\/dist\/records\.json$/.exec(path)?.[1] ?? []))].sort();

describe('bundles', () => {
  it('an app importing one dataset package bundles that one only, and nothing of the graph', async () => {
    const inputs = await bundledInputs("export { events } from '@vnsti/events';");
    expect(datasetsIn(inputs)).toEqual(['events']);
    expect(inputs.some((path) => path.includes('packages/data/'))).toBe(false);
  });

  it('buildGraph alone bundles no dataset and no zod', async () => {
    const inputs = await bundledInputs("export { buildGraph } from '@vnsti/data';");
    expect(datasetsIn(inputs)).toEqual([]);
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
  });

  it('loadGraph bundles every dataset', async () => {
    const inputs = await bundledInputs("export { loadGraph } from '@vnsti/data';");
    expect(datasetsIn(inputs)).toEqual([
      'events',
      'metrics',
      'officials',
      'organizations',
      'places',
      'projects',
      'sources',
    ]);
  });
});
