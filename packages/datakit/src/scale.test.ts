import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../bench/scale.js';
import { formatProblem, validate } from './index.js';

describe('scale benchmark data', () => {
  it('generateRepo writes a valid repository whose wording the pipeline reads', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vnsti-scale-test-'));
    try {
      generateRepo(root, 250);
      const result = await validate({ dir: join(root, 'datasets', 'metrics') });
      expect(result.problems.map(formatProblem)).toEqual([]);
      const metrics = result.loaded?.datasets.get('metrics')?.records ?? [];
      expect(metrics).toHaveLength(250);
      expect(metrics.find((m) => m['id'] === 'metric-2')?.['value']).toMatchObject({ currency: 'VND', bound: 'lower' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
