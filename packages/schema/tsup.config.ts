import { tsupConfig } from '../../tsup.shared.js';

export default tsupConfig({ entry: ['src/index.ts', 'src/resolve.ts'] });
