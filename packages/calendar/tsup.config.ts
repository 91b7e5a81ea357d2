import { moduleTsupConfig } from '../../tsup.shared.js';

export default moduleTsupConfig();
