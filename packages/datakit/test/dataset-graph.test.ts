import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { datasetPackageGraph } from '../src/workspace.js';

/** The repository this package sits in: its real datasets, not a fixture. */
const root = join(import.meta.dirname, '..', '..', '..');

const names = Object.keys(datasets) as DatasetName[];

describe('the dataset graph, from the schema references', () => {
  it('derives declarations that follow the references (metrics reads sources, places and documents)', () => {
    expect(datasetPackageGraph('metrics')).toEqual({
      devDependencies: ['@vnsti/datakit', '@vnsti/sources', '@vnsti/places', '@vnsti/documents'],
      buildInputs: [
        'package.json',
        'data/**',
        '$TURBO_ROOT$/datasets/sources/data/**',
        '$TURBO_ROOT$/datasets/places/data/**',
        // documents name their issuer, an organization: read for the references, not depended on
        '$TURBO_ROOT$/datasets/organizations/data/**',
        '$TURBO_ROOT$/datasets/documents/data/**',
        '$TURBO_ROOT$/datasets/sources/text/**',
      ],
    });
    expect(datasetPackageGraph('sources').buildInputs).toEqual(['package.json', 'data/**', 'text/**']);
  });

  for (const name of names) {
    describe(name, () => {
      const dir = join(root, 'datasets', name);
      it('has a dataset folder', () => {
        expect(existsSync(dir), `datasets/${name} is in the schema but not in the repository`).toBe(true);
      });
      const graph = datasetPackageGraph(name);
      it('declares exactly the datasets it references as devDependencies (npm run graph:datasets -w @vnsti/datakit)', () => {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name: string;
          devDependencies?: Record<string, string>;
        };
        expect(manifest.name).toBe(`@vnsti/${name}`);
        expect(Object.keys(manifest.devDependencies ?? {}).sort()).toEqual([...graph.devDependencies].sort());
      });
      it('rebuilds when any dataset it reads changes (turbo.json build inputs)', () => {
        const turbo = JSON.parse(readFileSync(join(dir, 'turbo.json'), 'utf8')) as {
          tasks: { build?: { inputs?: string[] } };
        };
        expect(turbo.tasks.build?.inputs).toEqual(graph.buildInputs);
      });
    });
  }
});
