import { moduleTsupConfig } from '../../tsup.shared.js';

export default moduleTsupConfig(['src/index.ts', 'src/lexicon/index.ts'], ['src/corpus/**']);
