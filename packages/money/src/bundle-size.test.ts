import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../../bundle.shared.js';

const packageDir = new URL('..', import.meta.url).pathname;

/**
 * Bundles `entry` the way an app importing only it would ({@link measureBundle}); checks that no
 * file read is zod or a dataset, and returns the gzip size and the files that put bytes into it.
 */
async function measure(entry: string): Promise<{ gzip: number; inputs: string[] }> {
  const { gzip, inputs, bundled } = await measureBundle(packageDir, entry);
  expect(inputs.some((path) => path.includes('zod') || path.includes('datasets/'))).toBe(false);
  return { gzip, inputs: bundled };
}

describe('bundle budget', () => {
  // 5 kB until negative amounts were read (a minus sign glued to the number, issue 16): 5 183 bytes then.
  it('parseMoney alone stays under 5.25 kB min+gzip and pulls in no dataset and no zod', async () => {
    const { gzip, inputs } = await measure("export { parseMoney } from './src/index.ts';");
    console.log(`parseMoney min+gzip: ${gzip} bytes`);
    expect(gzip).toBeLessThan(5.25 * 1024);
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
    expect(inputs.some((path) => path.includes('datasets/'))).toBe(false);
    expect(inputs.some((path) => path.includes('rates.generated'))).toBe(false); // conversion data only when converting
  });

  // 12 kB until the lexicon, parseQuantity and the cited 2022–2025 rate rows joined (13 590 bytes then);
  // 14 kB until six more cited rows (2023-09-15, 2023-09-25, 2024-03-11, three of September 2025) took it
  // from 14 194 to about 14 700 bytes: the rate rows are data a converting app needs; parseMoney alone
  // stays under its own budget above.
  it('the whole package stays small too', async () => {
    const { gzip, inputs } = await measure("export * from './src/index.ts';");
    console.log(`@vnsti/money (everything) min+gzip: ${gzip} bytes`);
    expect(gzip).toBeLessThan(15 * 1024);
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
  });
});
