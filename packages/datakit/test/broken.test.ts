import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { build, formatProblem, validate } from '../src/index.js';
import { copyFixture, fixtures, snapshot } from './helpers.js';

const brokenDir = join(fixtures, 'broken');
const cases = readdirSync(brokenDir).sort();

describe('broken inputs', () => {
  it('has a corpus of at least 55 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(55);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = readFileSync(join(brokenDir, name, 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n');
      const root = copyFixture(join(brokenDir, name));
      try {
        const before = snapshot(root);
        const validated = await validate({ dir: root });
        expect(validated.problems.map(formatProblem)).toEqual(expected);
        const built = await build({ dir: root });
        expect(built.problems.map(formatProblem)).toEqual(expected);
        expect(built.written).toEqual([]);
        expect(snapshot(root)).toEqual(before);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('vnsti CLI on broken input', () => {
  it('prints every problem and a summary, exits 1 and writes nothing', async () => {
    const root = copyFixture(join(brokenDir, 'several-problems-sorted'));
    try {
      const before = snapshot(root);
      const out: string[] = [];
      const code = await main(
        ['build', root],
        (line) => out.push(line),
        (line) => out.push(line),
      );
      const expected = readFileSync(join(brokenDir, 'several-problems-sorted', 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n');
      expect(code).toBe(1);
      expect(out).toEqual([...expected, 'Found 6 problems in 2 files. Nothing was written.']);
      expect(snapshot(root)).toEqual(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
