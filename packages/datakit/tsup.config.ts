import { tsupConfig } from '../../tsup.shared.js';

export default tsupConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', scale: 'bench/main.ts', bench: 'bench/index.ts' },
  // bench/scale.ts finds its own file to run child processes: import.meta.url in the CJS build too.
  shims: true,
});
