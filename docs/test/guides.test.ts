import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { findGuides } from '../src/build.js';
import { codeBlocks, toCheckedModule } from '../src/guides.js';

const docsDir = join(import.meta.dirname, '..');
const outDir = join(docsDir, '.cache', 'guide-tests');

/** Bundles a block (workspace packages from source via the `@vnsti/source` condition) and runs it in node. */
async function runBlock(code: string, name: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: docsDir, loader: 'ts', sourcefile: name },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@vnsti/source'],
    logLevel: 'silent',
  });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
  writeFileSync(file, result.outputFiles[0]!.text);
  const mod = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { checks: number };
  return mod.checks;
}

const guides = findGuides(docsDir).filter((g) => g !== 'contributing.md');
const TS = ['ts', 'typescript', 'js'];

describe('guides', () => {
  it('exist and have runnable TypeScript', () => {
    for (const g of ['getting-started.md', 'data-model.md', 'using-the-exports.md', 'versioning.md']) {
      expect(guides).toContain(g);
    }
    const runnable = guides.flatMap((g) => codeBlocks(readFileSync(join(docsDir, g), 'utf8')).filter((b) => b.run));
    expect(runnable.filter((b) => TS.includes(b.lang)).length).toBeGreaterThanOrEqual(4);
    // Runnable SQL is run by exports.test.ts; nothing else is marked runnable.
    for (const b of runnable) expect([...TS, 'sql']).toContain(b.lang);
  });

  for (const guide of guides) {
    const blocks = codeBlocks(readFileSync(join(docsDir, guide), 'utf8')).filter((b) => b.run && TS.includes(b.lang));
    for (const block of blocks) {
      it(`${guide}:${block.line} runs and shows what the code returns`, async () => {
        const { code, expected } = toCheckedModule(block, guide);
        expect(expected).toBeGreaterThan(0);
        expect(await runBlock(code, `${guide}-${block.line}`)).toBe(expected);
      });
    }
  }
});
