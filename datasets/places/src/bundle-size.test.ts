import { describe, expect, it } from 'vitest';
import { measureDatasetBundle } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;
const measure = (entry: string, external: boolean) => measureDatasetBundle(packageDir, entry, external);

describe('bundle budget', () => {
  it('resolvePlace and placeByCode pull in no other dataset and no zod', async () => {
    const { inputs } = await measure(
      "export { resolvePlace, provincesAsOf, placeByCode } from './src/index.ts';",
      false,
    );
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
    const datasets = inputs.filter((path) => path.includes('/datasets/'));
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.every((path) => path.includes('/datasets/places/'))).toBe(true);
  });

  it('the resolver code, without the records, stays under 3 kB min+gzip', async () => {
    const { gzip, inputs } = await measure(
      "export { resolvePlace, provincesAsOf, placeByCode } from './src/index.ts';",
      true,
    );
    console.log(`resolvePlace + provincesAsOf + placeByCode (code, no records) min+gzip: ${gzip} bytes`);
    expect(gzip).toBeLessThan(3 * 1024);
    expect(inputs.some((path) => path.includes('packages/schema/src/records'))).toBe(false);
  });
});
