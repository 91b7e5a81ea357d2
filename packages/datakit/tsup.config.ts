import { tsupConfig } from '../../tsup.shared.js';

export default tsupConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', scale: 'bench/scale.ts' },
});
