#!/usr/bin/env node
// Builds the documentation site into docs/site/: bundles src/build.ts with esbuild (workspace
// packages stay external and resolve to their built dist/) and runs it. Arguments pass through.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const docsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outfile = join(docsDir, '.cache', 'build.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(docsDir, 'src', 'build.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
