// `npm run graph:datasets -w @vnsti/datakit` (after `npm run build`): writes each dataset package's
// devDependencies and turbo build inputs from the schema's references (`datasetPackageGraph`),
// so the three copies of the dataset graph cannot drift; test/dataset-graph.test.ts checks them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasets } from '@vnsti/schema';
import { datasetPackageGraph } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const written = [];
for (const name of Object.keys(datasets)) {
  const dir = join(root, 'datasets', name);
  if (!existsSync(dir)) {
    console.error(`datasets/${name}: the schema has this dataset but the folder is missing`);
    process.exitCode = 1;
    continue;
  }
  const graph = datasetPackageGraph(name);
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.devDependencies = Object.fromEntries(
    graph.devDependencies.map((dep) => [dep, manifest.devDependencies?.[dep] ?? '*']),
  );
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const turboPath = join(dir, 'turbo.json');
  const turbo = existsSync(turboPath)
    ? JSON.parse(readFileSync(turboPath, 'utf8'))
    : { $schema: 'https://turborepo.com/schema.json', extends: ['//'], tasks: {} };
  turbo.tasks.build = { ...turbo.tasks.build, inputs: [...graph.buildInputs], outputs: ['dist/**'] };
  writeFileSync(turboPath, `${JSON.stringify(turbo, null, 2)}\n`);
  written.push(manifestPath, turboPath);
}
execFileSync('npx', ['biome', 'format', '--write', ...written], { cwd: root, stdio: 'inherit' });
