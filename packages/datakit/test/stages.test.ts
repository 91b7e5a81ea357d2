import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** The stages in data order, and the shared leaves every stage may use. */
const STAGES = ['io', 'rows', 'records', 'checks'] as const;
const SHARED = new Set(['problems', 'collector', 'order', 'normalise', 'load']);

/** The top-level folders or modules of `src` a file of `stage` imports (`../rows/x.js` → `rows`). */
function importsOf(stage: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(join(src, stage))) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(src, stage, file), 'utf8');
    const targets = [...text.matchAll(/from '\.\.\/([a-z-]+)/g)].map((m) => m[1]!);
    found.set(`${stage}/${file}`, targets);
  }
  return found;
}

describe('the pipeline stages', () => {
  for (const [index, stage] of STAGES.entries()) {
    it(`${stage} imports only earlier stages and shared modules (no step reaches back)`, () => {
      const allowed = new Set([...STAGES.slice(0, index), ...SHARED]);
      // The I/O layer is the bottom: it imports no stage and nothing that reads datasets.
      if (stage === 'io') allowed.delete('load');
      const wrong: string[] = [];
      for (const [file, targets] of importsOf(stage)) {
        for (const target of targets) if (!allowed.has(target)) wrong.push(`${file} → ${target}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('finds the imports it checks (the scan is not vacuous)', () => {
    expect(importsOf('checks').get('checks/references.ts')).toContain('rows');
  });
});
