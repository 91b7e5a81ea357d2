import { moduleTsupConfig } from '../../tsup.shared.js';

export default moduleTsupConfig(['src/index.ts'], ['src/corpus/**', 'src/testing/**']);
