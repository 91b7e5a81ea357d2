import { tsupConfig } from '../../tsup.shared.js';

// The dataset packages stay imports of their own: the graph does not copy their records.
export default tsupConfig({ external: [/^@vnsti\//] });
