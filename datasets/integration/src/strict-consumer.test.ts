// Compiles strict/consumer.ts, a consumer using the built packages as installed, with
// exactOptionalPropertyTypes and noUncheckedIndexedAccess on: dataset money values go into
// formatMoney and convertMoney without a cast, and the @ts-expect-error lines prove the flags bite.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const strictDir = fileURLToPath(new URL('../strict/', import.meta.url));

describe('a consumer with exactOptionalPropertyTypes and noUncheckedIndexedAccess', () => {
  it('type-checks formatMoney(project.investment), and convertMoney on dataset records and on metric money narrowed by its currency', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
        cwd: strictDir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim()).toBe('');
  }, 60_000);
});
