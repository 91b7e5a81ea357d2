// Bundles the bench runner into dist/run.mjs. Workspace packages stay external, so the runner
// measures their built dist/ exactly as users get it.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/run.ts'],
  outfile: 'dist/run.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
