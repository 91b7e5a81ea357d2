/**
 * Test helper: bundles a small script that imports the package source into one plain ESM file
 * (esbuild), so that tests can run it in a fresh `node` process: with another TZ, or with a small,
 * quiet heap for timing. Test support only: not part of the published package.
 *
 * @internal
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Absolute path of the package's `src` folder, for imports in probe code. */
export const SRC = fileURLToPath(new URL('..', import.meta.url));

/** A bundled probe script and a way to run and remove it. */
export interface Probe {
  run(args: string[], env?: Record<string, string>): string;
  dispose(): void;
}

/** Bundles `code` (TypeScript/ESM; may import files under {@link SRC} by absolute path). */
export async function bundleProbe(code: string): Promise<Probe> {
  const dir = mkdtempSync(join(tmpdir(), 'vnsti-dates-probe-'));
  writeFileSync(join(dir, 'probe.ts'), code);
  const script = join(dir, 'probe.mjs');
  await build({
    entryPoints: [join(dir, 'probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
  return {
    run(args, env = {}) {
      const r = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stdout;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
