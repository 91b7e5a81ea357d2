// Writes the declarations of a dataset package's hand-written entry (src/index.ts): `tsc` emits
// dist/index.d.ts (importing the generated ./data.js), then dist/index.d.cts is the same text
// importing ./data.cjs, so that each module format's types point at that format's data module.
// tsup's own declaration bundler does not follow `rootDirs` to dist/data.d.ts, hence this step.
// Run from the dataset folder, after `vnsti build && tsup`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(
  process.execPath,
  [
    tsc,
    '-p',
    'tsconfig.build.json',
    '--noEmit',
    'false',
    '--emitDeclarationOnly',
    '--outDir',
    'dist',
    '--rootDir',
    'src',
  ],
  { stdio: 'inherit' },
);
const esm = readFileSync('dist/index.d.ts', 'utf8');
writeFileSync('dist/index.d.cts', esm.replaceAll("'./data.js'", "'./data.cjs'"));
