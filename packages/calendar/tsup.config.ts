import { tsupConfig } from '../../tsup.shared.js';

export default tsupConfig();
