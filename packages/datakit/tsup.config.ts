import { tsupConfig } from '../../tsup.shared.js';

export default tsupConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    scale: 'bench/main.ts',
    bench: 'bench/index.ts',
    // The source texts' reader thread (src/rows/text-reader.ts finds it beside itself).
    'text-reader-worker': 'src/rows/text-reader-worker.ts',
  },
  // bench/scale.ts finds its own file to run child processes: import.meta.url in the CJS build too.
  shims: true,
});
